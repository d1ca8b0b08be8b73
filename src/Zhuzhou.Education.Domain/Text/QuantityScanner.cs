using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// A quantity found in text: where its number starts, where the bound words before it start, where it ends (after
/// its measure word and any 以上/左右), its value and the upper bound of a range (multipliers applied), its measure
/// word, the bound its words give, whether it was written in Chinese numerals and whether a bound word (不少于, 以上,
/// 左右 …) was written.
/// </summary>
internal readonly record struct ScannedQuantity(
    int Start, int PrefixStart, int End, decimal Value, decimal? Maximum, MeasureWord Unit, ComparisonKind Bound, bool Chinese, bool Bounded);

/// <summary>
/// Reads quantities: a number (Arabic, full-width or Chinese, with 万 亿 and, after digits, 千 百 as multipliers), an
/// optional range (3-5, 3—5, 3~5, 三至五, 3到5, 1-2万, 一两, 0.15%-0.2%), 余/多, a measure word
/// (<see cref="MeasureWords"/>), and the bound words around it (<see cref="PlanLexicon.BoundPrefixes"/>,
/// <see cref="PlanLexicon.BoundSuffixes"/>). Spaces between them are skipped, as text from a PDF has them ("超过 50 项").
/// Numbers that are not amounts are not read: ordinals (第3), codes (5G, WP29), decimals' tails, words such as 统一.
/// </summary>
internal static class QuantityScanner
{
    /// <summary>Whether a (normalised) character may start a number.</summary>
    internal static bool MayStartNumber(char c) => IsDigit(c) || c == '百' || IsChineseDigit(c);

    /// <summary>Whether a character is one of <see cref="PlanLexicon.ChineseDigits"/> (a pattern: this runs for every character read).</summary>
    private static bool IsChineseDigit(char c) => c is '〇' or '零' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>
    /// Reads a quantity starting at <paramref name="position"/> within the sentence [<paramref name="start"/>,
    /// <paramref name="end"/>).
    /// </summary>
    /// <returns>Whether there is a quantity there; <paramref name="next"/> is where scanning resumes (past the whole
    /// number either way).</returns>
    internal static bool TryScan(string text, int position, int start, int end, out ScannedQuantity quantity, out int next)
    {
        quantity = default;
        next = position + 1;
        var p = position;
        var percent = false;
        if (At(text, p, end, "百分之"))
        {
            percent = true;
            p += 3;
        }

        if (!TryReadNumber(text, p, start, end, out var value, out var factor, out var afterNumber, out var chinese))
        {
            next = percent ? p : Math.Max(next, afterNumber);
            return false;
        }

        next = afterNumber;
        var before = position > start ? Normalize(text[position - 1]) : ' ';
        if (before == '第' || IsAsciiLetter(before) || before == '.' || (afterNumber < end && IsAsciiLetter(Normalize(text[afterNumber])) && !IsBandwidth(text, afterNumber, end, value)))
        {
            return false;
        }

        if (chinese && PlanLexicon.WordBeforeChineseNumeral.Contains(before, StringComparison.Ordinal))
        {
            return false;
        }

        var j = afterNumber;
        decimal? maximum = null;
        if (j < end && IsRangeSeparator(Normalize(text[j])) && !percent)
        {
            var k = j + 1;
            while (k < end && Normalize(text[k]) is '\u2014' or '-')
            {
                k++;
            }

            if (TryReadNumber(text, k, start, end, out var second, out var secondFactor, out var afterSecond, out _))
            {
                maximum = second;
                if (factor == 1 && secondFactor != 1)
                {
                    // "1-2万": the multiplier written once applies to both bounds.
                    value *= secondFactor;
                }

                j = afterSecond;
                next = afterSecond;
            }
        }
        else if (chinese && value is >= 1 and <= 8 && j < end && ChineseNumerals.TryParse(text.AsSpan(j, 1), out var upper) && upper > value && upper <= value + 2)
        {
            // 一两项, 两三个, 三五年: two Chinese digits side by side are a range.
            maximum = upper;
            j++;
            next = j;
        }

        if (j < end && Normalize(text[j]) is '余' or '多')
        {
            j++;
        }

        j = SkipWhite(text, j, end);

        MeasureWord unit;
        if (percent)
        {
            unit = MeasureWord.Percent;
        }
        else
        {
            if (!MeasureWords.TryReadPrefix(text.AsSpan(j, Math.Min(end - j, 4)), out unit, out var unitLength) || IsFalseMeasure(text, j, unitLength, end, chinese)
                || (unit is MeasureWord.Megabits or MeasureWord.Gigabits && IsAsciiLetter(Normalize(text[j])) && !IsBandwidth(text, j, end, value)))
            {
                return false;
            }

            j += unitLength;
        }

        if (unit == MeasureWord.Percent && maximum is null && TryReadPercentRange(text, j, start, end, out var percentMaximum, out var afterRange))
        {
            // "0.15%-0.2%": one range, the % written on both bounds.
            maximum = percentMaximum;
            j = afterRange;
        }

        var bound = ComparisonKind.AtLeast;
        var bounded = false;
        var suffixAt = SkipWhite(text, j, end);
        foreach (var (word, kind) in PlanLexicon.BoundSuffixes)
        {
            if (At(text, suffixAt, end, word))
            {
                bound = kind;
                bounded = true;
                j = suffixAt + word.Length;
                break;
            }
        }

        var prefixStart = position;
        var beforeNumber = TrimEndWhite(text, start, position);
        foreach (var (word, kind) in PlanLexicon.BoundPrefixes)
        {
            if (EndsAt(text, start, beforeNumber, word))
            {
                prefixStart = beforeNumber - word.Length;
                bounded |= kind != ComparisonKind.Milestone && word is not ("突破" or "超" or "达");
                if (kind == ComparisonKind.AtMost && bound == ComparisonKind.AtLeast)
                {
                    bound = ComparisonKind.AtMost;
                }

                break;
            }
        }

        next = Math.Max(next, j);
        quantity = new ScannedQuantity(position, prefixStart, j, value, maximum, unit, bound, chinese, bounded);
        return true;
    }

    /// <summary>After "0.15%": "-0.2%", the upper bound of a percentage range.</summary>
    private static bool TryReadPercentRange(string text, int position, int start, int end, out decimal maximum, out int next)
    {
        maximum = 0;
        next = position;
        var i = SkipWhite(text, position, end);
        if (i >= end || !IsRangeSeparator(Normalize(text[i])))
        {
            return false;
        }

        i = SkipWhite(text, i + 1, end);
        if (!TryReadNumber(text, i, start, end, out maximum, out var factor, out var after, out var chinese) || chinese || factor != 1)
        {
            return false;
        }

        after = SkipWhite(text, after, end);
        if (!MeasureWords.TryReadPrefix(text.AsSpan(after, Math.Min(end - after, 1)), out var unit, out var length) || unit != MeasureWord.Percent)
        {
            return false;
        }

        next = after + length;
        return true;
    }

    /// <summary>
    /// Whether letters after a number are a bandwidth (100M, 1000Mbps, 10G): M or G, or Mbps, Gbps, ending the word,
    /// after 10 or more, or with bps. 5G and 4G are mobile networks, not amounts.
    /// </summary>
    private static bool IsBandwidth(string text, int position, int end, decimal value)
    {
        var unit = Normalize(text[position]);
        if (unit is not ('M' or 'G'))
        {
            return false;
        }

        var bps = At(text, position + 1, end, "bps");
        var after = position + (bps ? 4 : 1);
        return (after >= end || !IsAsciiLetter(Normalize(text[after])) && !IsDigit(Normalize(text[after]))) && (bps || value >= 10);
    }

    /// <summary>Reads an Arabic or Chinese number with its multipliers (万 亿, and 千 百 after Arabic digits).</summary>
    internal static bool TryReadNumber(string text, int position, int start, int end, out decimal value, out decimal factor, out int next, out bool chinese)
    {
        value = 0;
        factor = 1;
        next = position;
        chinese = false;
        if (position >= end)
        {
            return false;
        }

        var c = Normalize(text[position]);
        if (IsDigit(c))
        {
            if (position > start && IsDigit(Normalize(text[position - 1])))
            {
                return false;
            }

            if (!TryReadDigits(text, position, end, out value, out next))
            {
                return false;
            }
        }
        else if (IsChineseDigit(c))
        {
            if (!ChineseNumerals.TryParsePrefix(text.AsSpan(position, Math.Min(end - position, 12)), out var number, out var length))
            {
                next = position + 1;
                return false;
            }

            chinese = true;
            value = number;
            next = position + length;
        }
        else
        {
            return false;
        }

        for (var m = 0; m < 2 && next < end; m++)
        {
            var multiplier = Normalize(text[next]) switch
            {
                '万' => 10_000m,
                '亿' => 100_000_000m,
                '千' when !chinese => 1_000m,
                '百' when !chinese && !At(text, next, end, "百分") => 100m,
                _ => 0m,
            };
            if (multiplier == 0)
            {
                break;
            }

            value *= multiplier;
            factor *= multiplier;
            next++;
        }

        // 2.3万 is 23000, not 23000.0: the scale of the decimal is what the amount needs.
        value /= 1.000000000000000000000000000000000m;
        return true;
    }

    /// <summary>Reads digits and a decimal part (at most 18 digits before the point, 10 after).</summary>
    private static bool TryReadDigits(string text, int position, int end, out decimal value, out int next)
    {
        value = 0;
        var i = position;
        while (i < end && IsDigit(Normalize(text[i])))
        {
            i++;
        }

        next = i;
        if (i - position > 18)
        {
            return false;
        }

        for (var k = position; k < i; k++)
        {
            value = (value * 10) + (Normalize(text[k]) - '0');
        }

        if (i + 1 < end && Normalize(text[i]) == '.' && IsDigit(Normalize(text[i + 1])))
        {
            var f = i + 1;
            var scale = 0.1m;
            while (f < end && IsDigit(Normalize(text[f])))
            {
                if (f - i <= 10)
                {
                    value += (Normalize(text[f]) - '0') * scale;
                    scale /= 10;
                }

                f++;
            }

            next = f;
        }

        return true;
    }

    private static bool IsFalseMeasure(string text, int position, int length, int end, bool chinese)
    {
        var unit = Normalize(text[position]);
        if (unit == '次')
        {
            return chinese; // 一次性, 二次开发, 考评一次: with Chinese numerals 次 is an adverb, not a count
        }

        var after = position + length;
        foreach (var (word, followers) in PlanLexicon.FalseMeasureFollowers)
        {
            if (word != unit)
            {
                continue;
            }

            foreach (var follower in followers)
            {
                if (At(text, after, end, follower))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

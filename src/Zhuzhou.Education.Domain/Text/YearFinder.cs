using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>Finds the years a plan covers where the genre writes them.</summary>
internal static class YearFinder
{
    /// <summary>
    /// The years of a title: the first year (2017年, 2017年度) or year range (2021-2023年, 2018—2020年) with 年; else
    /// a range or a year written without 年 (…2021行动方案, outside quotation marks); else a five-year plan
    /// (“十四五” → 2021-2025). <paramref name="at"/> is where the year starts (-1 for a five-year plan).
    /// </summary>
    internal static bool InTitle(string title, out int from, out int to, out int at)
        => Find(title, withYearWord: true, out from, out to, out at)
            || Find(title, withYearWord: false, out from, out to, out at)
            || FiveYearPlan(title, out from, out to, out at);

    /// <summary>Whether a line names a year with 年 (2017年, 2021-2023年), as a title does.</summary>
    internal static bool HasYearWithWord(string line) => Find(line, withYearWord: true, out _, out _, out _);

    private static bool Find(string title, bool withYearWord, out int from, out int to, out int at)
    {
        from = to = 0;
        at = -1;
        var quoted = 0;
        for (var i = 0; i < title.Length; i++)
        {
            var c = Normalize(title[i]);
            quoted += c is '“' or '《' ? 1 : c is '”' or '》' ? -1 : 0;
            if ((!withYearWord && quoted > 0)
                || !TryReadInt(title, i, title.Length, 4, out var year, out var next) || next - i != 4 || !DateReader.IsYear(year)
                || (i > 0 && (IsDigit(Normalize(title[i - 1])) || IsAsciiLetter(Normalize(title[i - 1]))))
                || (next < title.Length && (IsDigit(Normalize(title[next])) || IsAsciiLetter(Normalize(title[next])))))
            {
                continue;
            }

            var j = next;
            if (j < title.Length && IsRangeSeparator(Normalize(title[j]))
                && TryReadInt(title, j + 1, title.Length, 4, out var last, out var afterLast) && afterLast - j - 1 == 4 && last >= year && last <= year + 20
                && (!withYearWord || At(title, afterLast, title.Length, "年")))
            {
                (from, to, at) = (year, last, i);
                return true;
            }

            if (!withYearWord || At(title, next, title.Length, "年") || At(title, next, title.Length, "年度"))
            {
                (from, to, at) = (year, year, i);
                return true;
            }
        }

        return false;
    }

    /// <summary>“十三五”, “十四五”, …: the Nth five-year plan, which since the third (1966-1970) runs 1966 + 5(N − 3).</summary>
    private static bool FiveYearPlan(string title, out int from, out int to, out int at)
    {
        from = to = 0;
        at = -1;
        for (var i = 0; i + 2 < title.Length; i++)
        {
            if (Normalize(title[i]) == '十' && ChineseNumerals.TryParse(title.AsSpan(i, 2), out var n) && n is >= 11 and <= 19
                && Normalize(title[i + 2]) == '五' && (i + 3 >= title.Length || Normalize(title[i + 3]) is not '年' and not '万' and not '个'))
            {
                from = 1966 + (5 * (n - 3));
                to = from + 4;
                return true;
            }
        }

        return false;
    }

    /// <summary>Multi-year plans date their paragraphs: "2020年，…；2021年，…". Returns the first and last such year.</summary>
    internal static bool InDatedParagraphs(TextDocument document, out int from, out int to)
    {
        var text = document.Text;
        from = to = 0;
        foreach (var line in document.Lines)
        {
            if (line.Kind is not (LineKind.Text or LineKind.Heading))
            {
                continue;
            }

            for (var i = line.Start; i + 6 <= line.End; i++)
            {
                if ((i == line.Start || Normalize(text[i - 1]) is ';' or '。' or ' ')
                    && TryReadInt(text, i, line.End, 4, out var year, out var next) && next - i == 4 && DateReader.IsYear(year)
                    && At(text, next, line.End, "年") && next + 1 < line.End && Normalize(text[next + 1]) == ',')
                {
                    from = from == 0 ? year : Math.Min(from, year);
                    to = Math.Max(to, year);
                }
            }
        }

        if (from != 0 && to - from > 20)
        {
            to = from;
        }

        return from != 0;
    }
}

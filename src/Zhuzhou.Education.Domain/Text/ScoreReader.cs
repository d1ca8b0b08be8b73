using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Scores in assessment lists, which the model reads as weights: "一、政务服务“一网通办”（25分）" weighs its section
/// 25, a note "（0.5分）" its item 0.5.
/// </summary>
internal static class ScoreReader
{
    /// <summary>The longest score read: "(0.25分)" and longer decimals.</summary>
    private const int MaxLength = 12;

    /// <summary>Reads a score "(N分)" that opens at <paramref name="open"/>.</summary>
    /// <returns>Whether a positive score was read; <paramref name="next"/> is just after its closing bracket.</returns>
    internal static bool TryRead(string text, int open, int end, out decimal score, out int next)
    {
        score = 0;
        next = open;
        if (open >= end || Normalize(text[open]) != '(')
        {
            return false;
        }

        var i = open + 1;
        var scale = 0m;
        var digits = 0;
        for (; i < end && i - open < MaxLength; i++)
        {
            var c = Normalize(text[i]);
            if (IsDigit(c))
            {
                digits++;
                if (scale == 0)
                {
                    score = (score * 10) + (c - '0');
                }
                else
                {
                    score += (c - '0') * scale;
                    scale /= 10;
                }
            }
            else if (c == '.' && scale == 0 && digits > 0)
            {
                scale = 0.1m;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || score <= 0 || !At(text, i, end, "分)"))
        {
            score = 0;
            return false;
        }

        next = i + 2;
        return true;
    }

    /// <summary>
    /// A score that ends a heading's title, "政务服务“一网通办”（25分）": returns it and moves <paramref name="end"/>
    /// back to where the title ends without it.
    /// </summary>
    internal static decimal? TakeTrailing(string text, int start, ref int end)
    {
        if (end - start < 4 || Normalize(text[end - 1]) != ')' || Normalize(text[end - 2]) != '分')
        {
            return null;
        }

        var open = end - 3;
        while (open > start && (IsDigit(Normalize(text[open])) || Normalize(text[open]) == '.'))
        {
            open--;
        }

        if (!TryRead(text, open, end, out var score, out var next) || next != end)
        {
            return null;
        }

        end = TrimEndWhite(text, start, open);
        return score;
    }
}

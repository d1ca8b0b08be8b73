using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>Finds the years a plan covers where the genre writes them.</summary>
internal static class YearFinder
{
    /// <summary>
    /// The first year (2017年, 2017年度) or year range (2021-2023年, 2018—2020年) of a title; <paramref name="at"/> is
    /// where it starts.
    /// </summary>
    internal static bool InTitle(string title, out int from, out int to, out int at)
    {
        from = to = 0;
        at = -1;
        for (var i = 0; i < title.Length; i++)
        {
            if (!TryReadInt(title, i, title.Length, 4, out var year, out var next) || next - i != 4 || !DateReader.IsYear(year)
                || (i > 0 && IsDigit(Normalize(title[i - 1]))) || (next < title.Length && IsDigit(Normalize(title[next]))))
            {
                continue;
            }

            var j = next;
            if (j < title.Length && IsRangeSeparator(Normalize(title[j]))
                && TryReadInt(title, j + 1, title.Length, 4, out var last, out var afterLast) && afterLast - j - 1 == 4 && last >= year && last <= year + 20
                && At(title, afterLast, title.Length, "年"))
            {
                (from, to, at) = (year, last, i);
                return true;
            }

            if (At(title, next, title.Length, "年") || At(title, next, title.Length, "年度"))
            {
                (from, to, at) = (year, year, i);
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

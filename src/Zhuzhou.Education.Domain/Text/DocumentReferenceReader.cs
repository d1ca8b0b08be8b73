using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the documents a sentence cites in 《》, with the year range a title states (2016-2018, 2021—2023, 2016至2020,
/// or the defect 20162020), and warns about the two defects of the seed: (20162020) and 《36岁儿童…》.
/// </summary>
internal sealed class DocumentReferenceReader(Paragraph paragraph)
{
    private int nextTitle;

    /// <summary>Starts on a new paragraph (after <see cref="Paragraph.Begin"/>).</summary>
    internal void Reset() => nextTitle = 0;

    /// <summary>Adds the outermost 《》 titles of the sentence [start, end) to <paramref name="commitment"/>.</summary>
    internal void Read(int start, int end, CommitmentBuilder commitment)
    {
        var text = paragraph.Text;
        var titles = paragraph.Brackets.Titles;

        // Titles are found in order and sentences are read in order: one pointer walks both.
        for (; nextTitle < titles.Count && titles[nextTitle].Open < end; nextTitle++)
        {
            var (open, close) = titles[nextTitle];
            if (open < start || close >= end)
            {
                continue;
            }

            var a = SkipWhite(text, open + 1, close);
            var b = TrimEndWhite(text, a, close);
            if (b <= a)
            {
                continue;
            }

            var (from, to) = YearRange(a, b);
            commitment.Documents.Add(new DocumentReference(paragraph.Slice(a, b), from, to));
        }
    }

    /// <summary>Warns about the seed's two kinds of defect in [start, end): (20162020) and 《36岁儿童…》.</summary>
    internal void ReadDefects(int start, int end)
    {
        var text = paragraph.Text;
        for (var i = start; i < end; i++)
        {
            if (!IsDigit(Normalize(text[i])) || (i > start && IsDigit(Normalize(text[i - 1]))))
            {
                continue;
            }

            TryReadInt(text, i, end, 9, out var value, out var next);
            var digits = next - i;
            if (digits == 8 && IsYearRange(value))
            {
                paragraph.Report(PlanTextCodes.YearRangeWithoutSeparator, DiagnosticSeverity.Warning, PlanTextCodes.YearRangeWithoutSeparator, [$"{value / 10000}", $"{value % 10000}", paragraph.Slice(i, next)], i);
            }
            else if (digits == 2 && next < end && Normalize(text[next]) == '岁' && value / 10 < value % 10 && value > 18
                && (i == start || !IsRangeSeparator(Normalize(text[i - 1]))) && paragraph.StartsWithAny(next + 1, end, PlanLexicon.ChildWords) >= 0)
            {
                paragraph.Report(PlanTextCodes.AgeRangeWithoutSeparator, DiagnosticSeverity.Warning, PlanTextCodes.AgeRangeWithoutSeparator, [paragraph.Slice(i, next + 1), $"{value / 10}", $"{value % 10}"], i);
            }

            i = Math.Max(i, next - 1);
        }
    }

    /// <summary>Eight digits that are two rising years: 20162020.</summary>
    private static bool IsYearRange(int value)
        => DateReader.IsYear(value / 10000) && DateReader.IsYear(value % 10000) && value / 10000 < value % 10000;

    /// <summary>The first year range in a document title: 2016-2018, 2021—2023, 2016至2020, or the defect 20162020.</summary>
    private (int? From, int? To) YearRange(int start, int end)
    {
        var text = paragraph.Text;
        for (var i = start; i < end; i++)
        {
            if (!IsDigit(Normalize(text[i])) || (i > start && IsDigit(Normalize(text[i - 1]))))
            {
                continue;
            }

            if (!TryReadInt(text, i, end, 8, out var value, out var next))
            {
                continue;
            }

            var digits = next - i;
            if (digits == 8 && IsYearRange(value))
            {
                return (value / 10000, value % 10000);
            }

            if (digits != 4 || !DateReader.IsYear(value))
            {
                continue;
            }

            var j = SkipWhite(text, next, end);
            if (j < end && IsRangeSeparator(Normalize(text[j])))
            {
                j++;
                while (j < end && Normalize(text[j]) is '\u2014' or '-')
                {
                    j++;
                }

                j = SkipWhite(text, j, end);
                if (TryReadInt(text, j, end, 4, out var to, out var after) && after - j == 4 && DateReader.IsYear(to) && to >= value
                    && (after >= end || !IsDigit(Normalize(text[after]))))
                {
                    return (value, to);
                }
            }
        }

        return (null, null);
    }
}

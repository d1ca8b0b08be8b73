using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Numbering, in one place: the number a heading is written with (第一部分, 一、, （一）, 1., （1）), how numbers that
/// restart, repeat or skip become the unique numbers of the model, and how a number is shown in a message.
/// </summary>
internal static class Numbering
{
    /// <summary>
    /// Reads a heading's number at the start of [<paramref name="start"/>, <paramref name="end"/>): 第一部分 and 第一章
    /// (<see cref="HeadingStyle.Part"/>), 第一条 (<see cref="HeadingStyle.Article"/>), （一） (<see cref="HeadingStyle.ChineseParen"/>), （1）
    /// (<see cref="HeadingStyle.ArabicParen"/>), 一、 or 一. (<see cref="HeadingStyle.Dun"/>), and 1. or 1、
    /// (<see cref="HeadingStyle.ArabicDot"/>; not 1.5, a decimal).
    /// </summary>
    /// <returns>Whether the text starts with a heading number; <paramref name="contentStart"/> is where the heading's
    /// text starts, after the number.</returns>
    internal static bool TryReadHeading(string text, int start, int end, out HeadingStyle style, out int value, out int contentStart)
    {
        style = HeadingStyle.None;
        value = 0;
        contentStart = start;
        var s = start;
        var e = end;
        var c = Normalize(text[s]);
        if (c == '第' && ChineseNumerals.TryParsePrefix(text.AsSpan(s + 1, Math.Min(e - s - 1, 8)), out var part, out var partLength))
        {
            var after = s + 1 + partLength;
            if (At(text, after, e, "部分") || At(text, after, e, "章"))
            {
                return Found(HeadingStyle.Part, part, after + (At(text, after, e, "部分") ? 2 : 1), out style, out value, out contentStart);
            }

            // 第一条　… : an article, its number followed by white space (第一条规定 is a sentence).
            if (At(text, after, e, "条") && (after + 1 >= e || IsWhite(Normalize(text[after + 1]))))
            {
                return Found(HeadingStyle.Article, part, after + 1, out style, out value, out contentStart);
            }

            return false;
        }

        if (c == '(' && s + 1 < e)
        {
            if (ChineseNumerals.TryParsePrefix(text.AsSpan(s + 1, Math.Min(e - s - 1, 8)), out var chineseValue, out var length)
                && s + 1 + length < e && Normalize(text[s + 1 + length]) == ')')
            {
                return Found(HeadingStyle.ChineseParen, chineseValue, s + 2 + length, out style, out value, out contentStart);
            }

            if (TryReadInt(text, s + 1, e, 4, out var arabic, out var next) && next < e && Normalize(text[next]) == ')')
            {
                return Found(HeadingStyle.ArabicParen, arabic, next + 1, out style, out value, out contentStart);
            }

            return false;
        }

        if (ChineseNumerals.TryParsePrefix(text.AsSpan(s, Math.Min(e - s, 8)), out var chinese, out var chineseLength)
            && s + chineseLength < e && Normalize(text[s + chineseLength]) is '、' or '.'
            && (s + chineseLength + 1 >= e || !IsDigit(Normalize(text[s + chineseLength + 1]))))
        {
            return Found(HeadingStyle.Dun, chinese, s + chineseLength + 1, out style, out value, out contentStart);
        }

        if (TryReadInt(text, s, e, 5, out var number, out var afterNumber) && afterNumber < e && Normalize(text[afterNumber]) is '.' or '、'
            && (afterNumber + 1 >= e || !IsDigit(Normalize(text[afterNumber + 1]))))
        {
            return Found(HeadingStyle.ArabicDot, number, afterNumber + 1, out style, out value, out contentStart);
        }

        return false;
    }

    /// <summary>A number as a message shows a section's: in Chinese numerals where they reach, else in digits.</summary>
    internal static string Chinese(int value)
        => value is >= 0 and <= ChineseNumerals.MaxValue ? ChineseNumerals.Format(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool Found(HeadingStyle found, int number, int content, out HeadingStyle style, out int value, out int contentStart)
    {
        style = found;
        value = number;
        contentStart = content;
        return true;
    }
}

/// <summary>What happened to a written number when it became a number of the model.</summary>
internal enum NumberChange
{
    /// <summary>The number follows the one before.</summary>
    None,

    /// <summary>The number skips one or more (3 after 1); it is kept.</summary>
    Skipped,

    /// <summary>The number repeats, goes back or is 0; it was renumbered to follow the one before.</summary>
    Renumbered,
}

/// <summary>
/// Turns the numbers written on a run of headings (sections, or items) into unique, rising numbers: a number that
/// repeats or goes back is renumbered to follow the last one, and the numbers written after it follow on with the same
/// offset (items 1. 2. 1. 2. under two headings become 1 2 3 4); a number that skips is kept.
/// </summary>
internal sealed class NumberSequence
{
    private int offset;
    private int lastWritten;

    /// <summary>The last number assigned; 0 before the first.</summary>
    internal int Last { get; private set; }

    /// <summary>The last number written in the text; 0 before the first.</summary>
    internal int LastWritten => lastWritten;

    /// <summary>Assigns the number of a heading written as <paramref name="written"/>.</summary>
    /// <returns>The number in the model.</returns>
    internal int Assign(int written, out NumberChange change)
    {
        var assigned = written + offset;
        change = NumberChange.None;
        if (assigned <= Last || written < 1)
        {
            assigned = Last + 1;
            offset = assigned - written;
            change = NumberChange.Renumbered;
        }
        else if (assigned > Last + 1 && lastWritten > 0)
        {
            change = NumberChange.Skipped;
        }

        lastWritten = written;
        Last = assigned;
        return assigned;
    }

    /// <summary>Takes a number that was not written (an untitled section made for items before any heading).</summary>
    internal void Claim(int number) => Last = number;
}

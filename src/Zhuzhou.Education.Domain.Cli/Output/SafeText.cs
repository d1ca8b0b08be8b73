using System.Globalization;
using System.Text;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// Text from plan and progress files made harmless to the reader of an output: control characters (ESC, BEL, NUL,
/// C1, bidirectional overrides) shown as \uXXXX instead of reaching a terminal, a page or a workbook; and, for a
/// spreadsheet cell, a leading = + - @ TAB or CR neutralised with an apostrophe, as OWASP advises against CSV injection.
/// </summary>
internal static class SafeText
{
    /// <summary>
    /// The text with every control character and every lone surrogate written as \uXXXX (line breaks too, unless
    /// kept: one value, one line).
    /// </summary>
    public static string Clean(string text, bool keepWhiteSpace = false)
    {
        var first = text.AsSpan().IndexOfAny(Harmful);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (Harmful.Contains(c) && !(keepWhiteSpace && c is '\n' or '\t' or '\r'))
            {
                clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>A spreadsheet cell (CSV, xlsx): cleaned, and a text a spreadsheet would read as a formula starts with an apostrophe.</summary>
    public static string Cell(string text)
    {
        var clean = Clean(text);
        return clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + clean : clean;
    }

    private static readonly System.Buffers.SearchValues<char> Harmful = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i))
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}

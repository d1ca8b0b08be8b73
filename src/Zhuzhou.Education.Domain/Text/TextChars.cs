namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Character classes of plan text, always applied to the normalised form of a character, so that
/// full-width forms (，（）：；１２３．) match their ASCII counterparts while positions stay those of the original.
/// </summary>
internal static class TextChars
{
    /// <summary>
    /// The normalised form of one character: full-width ASCII forms (U+FF01…U+FF5E) become ASCII, ideographic and
    /// typographic spaces become a space, the half-width ideographic full stop becomes 。, small forms (﹒﹐﹑) their
    /// plain forms. Every other white-space character but the line breaks (a vertical tab, U+2028, U+0085…) is a space
    /// too, as the model counts white space (a title of only such characters is blank). One character maps to one
    /// character, so a normalised position is an original position.
    /// </summary>
    internal static char Normalize(char c) => c switch
    {
        // Most characters of a plan are ideographs or ASCII letters and digits, which stay as they are: tested first.
        (>= '\u4E00' and <= '\u9FFF') or (>= '0' and <= '9') or (>= 'A' and <= 'z') => c,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' or '\uFEFF' or '\u200B' or '\u202F' or '\u205F' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        '\uFF61' => '。',
        '\uFE52' => '.', // ﹒ small full stop, as in "1﹒"
        '\uFE50' => ',', // ﹐ small comma
        '\uFE51' => '、', // ﹑ small ideographic comma
        '\u2236' => ':', // ∶ ratio sign, written for a colon
        '\n' or '\r' => c,

        // The rest of char.IsWhiteSpace, listed so that the common characters (CJK) are not looked up.
        '\u0085' or '\u1680' or '\u2028' or '\u2029' => ' ',
        < ' ' when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    internal static bool IsWhite(char normalized) => normalized == ' ';

    internal static bool IsDigit(char normalized) => normalized is >= '0' and <= '9';

    internal static bool IsAsciiLetter(char normalized) => normalized is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>Ends a sentence (a commitment): 。 ； ; ！ ？.</summary>
    internal static bool IsSentenceEnd(char normalized) => normalized is '。' or ';' or '!' or '?';

    /// <summary>Ends a clause within a sentence: a sentence end, a comma or a colon (not 、).</summary>
    internal static bool IsClauseEnd(char normalized) => IsSentenceEnd(normalized) || normalized is ',' or ':';

    /// <summary>Ends a phrase: a clause end or the enumeration comma 、.</summary>
    internal static bool IsPhraseEnd(char normalized) => IsClauseEnd(normalized) || normalized == '、';

    /// <summary>A range separator between two numbers: - – — ~ 至 到.</summary>
    internal static bool IsRangeSeparator(char normalized) => normalized is '-' or '\u2013' or '\u2014' or '~' or '\u301C' or '至' or '到';

    /// <summary>Ends a paragraph: a sentence end, a colon, or a closing bracket (a note such as "（责任单位：…）").</summary>
    internal static bool IsParagraphEnd(char normalized) => IsSentenceEnd(normalized) || normalized is ':' or ')' or ']' or '〕' or '】';

    /// <summary>The width of a character on a page: 2 for East Asian wide and full-width characters, else 1.</summary>
    internal static int DisplayWidth(char c) => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1;

    /// <summary>Whether the normalised text at <paramref name="position"/> starts with <paramref name="literal"/> (given normalised).</summary>
    internal static bool At(string text, int position, int end, string literal)
    {
        if (position < 0 || end - position < literal.Length)
        {
            return false;
        }

        for (var k = 0; k < literal.Length; k++)
        {
            if (Normalize(text[position + k]) != literal[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the normalised text just before <paramref name="position"/> ends with <paramref name="literal"/>.</summary>
    internal static bool EndsAt(string text, int start, int position, string literal)
        => position - literal.Length >= start && At(text, position - literal.Length, position, literal);

    /// <summary>Finds <paramref name="literal"/> in [start, end), or -1.</summary>
    internal static int IndexOf(string text, int start, int end, string literal)
    {
        for (var i = start; i + literal.Length <= end; i++)
        {
            if (At(text, i, end, literal))
            {
                return i;
            }
        }

        return -1;
    }

    internal static int SkipWhite(string text, int position, int end)
    {
        while (position < end && IsWhite(Normalize(text[position])))
        {
            position++;
        }

        return position;
    }

    internal static int TrimEndWhite(string text, int start, int end)
    {
        while (end > start && IsWhite(Normalize(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>Reads an unsigned ASCII (or full-width) integer of at most <paramref name="maxDigits"/> digits.</summary>
    internal static bool TryReadInt(string text, int position, int end, int maxDigits, out int value, out int next)
    {
        value = 0;
        next = position;
        while (next < end && IsDigit(Normalize(text[next])))
        {
            if (next - position == maxDigits)
            {
                return false;
            }

            value = (value * 10) + (Normalize(text[next]) - '0');
            next++;
        }

        return next > position;
    }
}

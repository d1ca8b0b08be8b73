using System.Diagnostics.CodeAnalysis;

namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// Chinese numerals (一, 二, … 九十九, 一百, … 九千九百九十九) to and from integers, for section numbers
/// (一、) and for amounts written in words (一百名, 两所).
/// </summary>
/// <remarks>
/// <para>The number words live with the quantities, below <c>Plans</c>: a section shows its number with them
/// (<c>Section.Numeral</c>), and the plan-text parser reads them.</para>
/// <para>Formatting writes the standard form: 十 for 10, 十一 for 11, 二十 for 20, 一百零一 for 101, 一百一十 for 110;
/// zero is 〇.</para>
/// <para>Parsing accepts the standard form and common variants: 两 for 2, 零 or 〇 for 0 and for a gap, 一十 for 10,
/// and 壹贰叁… capital forms are not accepted. The range is 0 to 9999.</para>
/// </remarks>
public static class ChineseNumerals
{
    /// <summary>The greatest number this type formats and parses.</summary>
    public const int MaxValue = 9999;

    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Formats a number in Chinese numerals.</summary>
    /// <param name="value">A number from 0 to <see cref="MaxValue"/>.</param>
    /// <returns>The numeral, e.g. "十一" for 11.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0 to <see cref="MaxValue"/>.</exception>
    public static string Format(int value)
    {
        if (value is < 0 or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Value must be between 0 and {MaxValue}.");
        }

        if (value == 0)
        {
            return "〇";
        }

        Span<char> buffer = stackalloc char[8];
        var length = 0;
        var pendingZero = false;
        ReadOnlySpan<char> units = "千百十";
        ReadOnlySpan<int> powers = [1000, 100, 10];
        var remainder = value;
        for (var i = 0; i < powers.Length; i++)
        {
            var digit = remainder / powers[i];
            remainder %= powers[i];
            if (digit == 0)
            {
                pendingZero = length > 0;
                continue;
            }

            if (pendingZero)
            {
                buffer[length++] = '零';
                pendingZero = false;
            }

            // 十 stands alone for 10-19 when it leads: 十一, not 一十一.
            if (!(powers[i] == 10 && digit == 1 && length == 0))
            {
                buffer[length++] = Digits[digit];
            }

            buffer[length++] = units[i];
        }

        if (remainder > 0)
        {
            if (pendingZero)
            {
                buffer[length++] = '零';
            }

            buffer[length++] = Digits[remainder];
        }

        return new string(buffer[..length]);
    }

    /// <summary>Parses a whole Chinese numeral such as "十一", "两", "一百零五".</summary>
    /// <param name="text">The numeral alone.</param>
    /// <param name="value">The number, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a numeral from 0 to <see cref="MaxValue"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
        => TryParsePrefix(text, out value, out var length) && length == text.Length;

    /// <summary>Parses a whole Chinese numeral.</summary>
    /// <param name="text">The numeral alone.</param>
    /// <param name="value">The number, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a numeral from 0 to <see cref="MaxValue"/>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out int value)
    {
        if (text is null)
        {
            value = 0;
            return false;
        }

        return TryParse(text.AsSpan(), out value);
    }

    /// <summary>
    /// Reads the longest Chinese numeral at the start of <paramref name="text"/>, as in "一百名" or "十一、".
    /// </summary>
    /// <param name="text">Text that may start with a numeral.</param>
    /// <param name="value">The number read.</param>
    /// <param name="length">How many characters the numeral takes; 0 when there is none.</param>
    /// <returns><see langword="true"/> when a numeral was read.</returns>
    public static bool TryParsePrefix(ReadOnlySpan<char> text, out int value, out int length)
    {
        value = 0;
        length = 0;
        var total = 0;
        var digit = -1;          // a digit read but not yet placed by a unit
        var lastUnit = 10_000;   // units must fall: 千 > 百 > 十
        var i = 0;
        var lastGood = 0;
        var lastGoodValue = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit >= 0)
                {
                    break;       // two digits in a row ("一二") is not one numeral
                }

                digit = d;
                i++;
                if (d == 0)
                {
                    // 零 marks a gap ("一百零五"); it places nothing by itself.
                    digit = total > 0 ? -1 : 0;
                    if (total == 0)
                    {
                        lastGood = i;
                        lastGoodValue = 0;
                        if (i < text.Length && (DigitOf(text[i]) >= 0 || UnitOf(text[i]) > 0))
                        {
                            break;   // a leading zero followed by more is not a numeral we accept
                        }
                    }

                    continue;
                }

                lastGood = i;
                lastGoodValue = total + d;
                continue;
            }

            var unit = UnitOf(c);
            if (unit <= 0 || unit >= lastUnit)
            {
                break;
            }

            if (digit < 0)
            {
                if (unit != 10 || total != 0)
                {
                    break;       // only 十 may stand without a digit, and only at the start
                }

                digit = 1;
            }

            total += digit * unit;
            digit = -1;
            lastUnit = unit;
            i++;
            lastGood = i;
            lastGoodValue = total;
        }

        if (lastGood == 0)
        {
            return false;
        }

        value = lastGoodValue;
        length = lastGood;
        return true;
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitOf(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}

using NodaTime;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>Reads a calendar date as plans and web pages write it: 2017-02-22, 2017/2/22, 2017.2.22, 2017年2月22日.</summary>
internal static class DateReader
{
    /// <summary>Reads a date at <paramref name="position"/>; only dates that exist are read.</summary>
    /// <returns>Whether a date was read; <paramref name="next"/> is where the text after it starts.</returns>
    internal static bool TryRead(string text, int position, int end, out LocalDate date, out int next)
    {
        date = default;
        next = position;
        if (!TryReadInt(text, position, end, 4, out var year, out var i) || i - position != 4 || !IsYear(year)
            || (position > 0 && IsDigit(Normalize(text[position - 1]))) || i >= end)
        {
            return false;
        }

        var separator = Normalize(text[i]);
        if (separator is not ('-' or '/' or '.' or '年'))
        {
            return false;
        }

        if (!TryReadInt(text, i + 1, end, 2, out var month, out i) || i >= end)
        {
            return false;
        }

        var monthSeparator = Normalize(text[i]);
        if (separator == '年' ? monthSeparator != '月' : monthSeparator != separator)
        {
            return false;
        }

        if (!TryReadInt(text, i + 1, end, 2, out var day, out i))
        {
            return false;
        }

        if (separator == '年')
        {
            if (!At(text, i, end, "日") && !At(text, i, end, "号"))
            {
                return false;
            }

            i++;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        next = i;
        return true;
    }

    /// <summary>Whether a four-digit number can be a year of a plan: 1900 to 2100.</summary>
    internal static bool IsYear(int value) => value is >= 1900 and <= 2100;
}

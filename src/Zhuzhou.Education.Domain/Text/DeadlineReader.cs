using NodaTime;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads when a sentence is due: 春季 → 03-01 and 秋季 → 09-01 (the starts of the spring and autumn terms), 暑期 →
/// 08-31, 上半年 → 06-30, 下半年, 年底, 年末, 年内 → 12-31, 第N季度 → the quarter's last day, N月, N月底, N月前 → the
/// month's last day, N月D日 → that day. The date is the first one on or after the start of the plan period (in a
/// school year 2018-09-01…2019-08-31, 6月底 is 2019-06-30), unless the sentence starts with a year of the period
/// (2021年，…); a sentence that only starts with such a year is due at that year's end. Without a plan period only a
/// sentence that names its year has a deadline.
/// </summary>
internal sealed class DeadlineReader(Paragraph paragraph)
{
    /// <summary>Finds the first season, month or year-end word of [start, end) outside quotation marks.</summary>
    /// <returns>The deadline, or null; <paramref name="position"/> is where the word was found.</returns>
    internal LocalDate? Find(int start, int end, out int position)
    {
        var text = paragraph.Text;
        position = start;
        var s = SkipWhite(text, start, end);
        if (s < end && Normalize(text[s]) == '(')
        {
            s++;
        }

        int? named = TryReadInt(text, s, end, 4, out var written, out var afterYear) && afterYear - s == 4 && At(text, afterYear, end, "年")
            && InPeriod(written) ? written : null;
        if (named is null && paragraph.Period is null)
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (paragraph.Quoted(i))
            {
                continue;
            }

            position = i;
            var c = Normalize(text[i]);
            if (c is '秋' or '春' or '暑' or '上' or '下' or '年')
            {
                foreach (var (word, month, day) in PlanLexicon.SeasonDeadlines)
                {
                    if (At(text, i, end, word))
                    {
                        return Date(named, month, day);
                    }
                }
            }

            if (c == '季' && At(text, i, end, "季度") && i > start)
            {
                var quarter = Normalize(text[i - 1]) switch { '一' or '1' => 1, '二' or '2' => 2, '三' or '3' => 3, '四' or '4' => 4, _ => 0 };
                if (quarter > 0)
                {
                    return Date(named, quarter * 3, quarter is 1 or 4 ? 31 : 30);
                }
            }
            else if (c == '月' && i > start && MonthBefore(start, i) is var month and > 0)
            {
                if (TryReadDay(i + 1, end, out var day) && day is >= 1 and <= 31)
                {
                    return Date(named, month, day);
                }

                return Date(named, month, 0);
            }
        }

        position = s;
        return named is { } year ? new LocalDate(year, 12, 31) : null;
    }

    /// <summary>Where the words after "2021年，" start, when the sentence starts with a year of the period; else -1.</summary>
    internal int DatedBody(int start, int end)
    {
        var text = paragraph.Text;
        if (TryReadInt(text, start, end, 4, out var year, out var next) && next - start == 4 && At(text, next, end, "年")
            && next + 1 < end && Normalize(text[next + 1]) is ',' or ':' && InPeriod(year))
        {
            return next + 2;
        }

        return -1;
    }

    /// <summary>Whether a year written at the start of a sentence is one of the plan's (any year, without a period).</summary>
    private bool InPeriod(int year)
        => paragraph.Period is { } period ? year >= period.Start.Year && year <= period.End.Year : DateReader.IsYear(year);

    /// <summary>
    /// The date of a month and day (day 0: the month's last day) in the <paramref name="named"/> year, or else the first
    /// such date on or after the start of the plan period; null for a day the month does not have.
    /// </summary>
    private LocalDate? Date(int? named, int month, int day)
    {
        var period = paragraph.Period;
        var year = named ?? period!.Start.Year;
        if (named is null && (month < period!.Start.Month || (month == period.Start.Month && day != 0 && day < period.Start.Day)))
        {
            year++;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day > days ? null : new LocalDate(year, month, day == 0 ? days : day);
    }

    /// <summary>A day of the month written after 月: 15日 or 十五日.</summary>
    private bool TryReadDay(int position, int end, out int day)
    {
        var text = paragraph.Text;
        if (TryReadInt(text, position, end, 2, out day, out var after) && At(text, after, end, "日"))
        {
            return true;
        }

        return ChineseNumerals.TryParsePrefix(text.AsSpan(position, Math.Min(end - position, 4)), out day, out var length) && At(text, position + length, end, "日");
    }

    /// <summary>The month number written just before 月 at <paramref name="position"/> (6月, 十二月), or 0.</summary>
    private int MonthBefore(int start, int position)
    {
        var text = paragraph.Text;
        var i = position;
        while (i > start && IsDigit(Normalize(text[i - 1])) && position - i < 2)
        {
            i--;
        }

        if (i < position)
        {
            if (i > start && (IsDigit(Normalize(text[i - 1])) || Normalize(text[i - 1]) == '-'))
            {
                return 0;
            }

            TryReadInt(text, i, position, 2, out var month, out _);
            return month is >= 1 and <= 12 ? month : 0;
        }

        for (var length = Math.Min(3, position - start); length >= 1; length--)
        {
            if (ChineseNumerals.TryParse(text.AsSpan(position - length, length), out var value) && value is >= 1 and <= 12
                && (position - length == start || !PlanLexicon.NotBeforeChineseMonth.Contains(Normalize(text[position - length - 1]), StringComparison.Ordinal)))
            {
                return value;
            }
        }

        return 0;
    }
}

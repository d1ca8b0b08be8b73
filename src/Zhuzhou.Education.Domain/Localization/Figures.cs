using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Localization;

/// <summary>
/// Numbers and dates as people write them, in Chinese or English: 58名, 3所, 1.1万个, 55.0%, 2017年6月30日; 58 people,
/// 3 institutions, 11,000, 55.0%, 30 June 2017 — never 11.1111 or 0.5003103493.
/// </summary>
/// <remarks>
/// <para>Amounts keep at most two decimal places (rounded half away from zero, trailing zeros dropped); percentages
/// one. In Chinese, an amount of ten thousand or more that is a whole number of hundreds is written with 万, as plans
/// write it (新增学位2万个); figures written side by side (what is achieved of what is required) share one style, with
/// 万 only when each is zero or a whole number of ten thousand or more (1.085万 / 2万个, 9880 / 40000人). In English,
/// thousands are grouped with commas.</para>
/// <para>Every member is culture-independent and thread-safe.</para>
/// </remarks>
public static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share as a percentage with one decimal: 0.55 → "55.0%".</summary>
    /// <param name="ratio">The share, 1 for 100%.</param>
    /// <returns>The percentage.</returns>
    public static string Percent(decimal ratio)
        => Math.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant) + "%";

    /// <summary>Percentage points, as a tolerance is written: 0.05 → "5" (个百分点 / percentage points follow).</summary>
    /// <param name="ratio">The difference of shares, 1 for 100 points.</param>
    /// <returns>The number of points, with at most one decimal.</returns>
    public static string Points(decimal ratio)
        => Math.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);

    /// <summary>A number with at most two decimals: in Chinese 11000 is "1.1万", in English "11,000".</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language.</param>
    /// <returns>The number as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Number(decimal value, Language language) => Number(value, language, null);

    /// <summary>
    /// A number written alone (<paramref name="tenThousands"/> null: 万 for a whole number of hundreds from ten thousand
    /// up), or as one of figures written side by side in one style (<see cref="InTenThousands"/>): true writes a whole
    /// number from ten thousand up with 万, exactly (1.085万), false writes digits (10850).
    /// </summary>
    internal static string Number(decimal value, Language language, bool? tenThousands)
    {
        Check(language);
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (language != Language.Chinese)
        {
            return rounded.ToString("#,0.##", Invariant);
        }

        var useTenThousands = tenThousands switch
        {
            null => Math.Abs(rounded) >= 10000m && rounded % 100m == 0m,
            true => Math.Abs(value) >= 10000m && value == Math.Truncate(value),
            false => false,
        };
        return useTenThousands ? (rounded / 10000m).ToString("0.####", Invariant) + "万" : rounded.ToString("0.##", Invariant);
    }

    /// <summary>
    /// Whether figures written side by side (what is achieved of what is required, a range's bounds) are written with
    /// 万 in Chinese: only when each is zero or a whole number of ten thousand or more (1.085万 / 2万个); otherwise all
    /// in digits (9880 / 40000人, never 9880 beside 4万).
    /// </summary>
    internal static bool InTenThousands(params ReadOnlySpan<decimal> values)
    {
        var any = false;
        foreach (var value in values)
        {
            if (value == 0m)
            {
                continue;
            }

            if (Math.Abs(value) < 10000m || value != Math.Truncate(value))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>An amount with its measure word: "58名", "3所", "2万个", "94%"; "58 people", "1 institution", "94%".</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">Its measure word (量词).</param>
    /// <param name="language">The language.</param>
    /// <returns>The amount as written.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string Amount(decimal value, MeasureWord unit, Language language) => Amount(value, unit, language, null);

    /// <summary>An amount with its measure word, its number written as <see cref="Number(decimal, Language, bool?)"/> says.</summary>
    internal static string Amount(decimal value, MeasureWord unit, Language language, bool? tenThousands)
    {
        var number = Number(value, language, tenThousands);
        if (unit == MeasureWord.Percent)
        {
            return number + "%";
        }

        if (language == Language.Chinese)
        {
            return number + MeasureWords.ToChinese(unit);
        }

        var noun = Noun(unit, Math.Round(value, 2, MidpointRounding.AwayFromZero) == 1m);
        return noun.Length == 0 ? number : number + " " + noun;
    }

    /// <summary>
    /// What is achieved of what is required, both in one style: "1.085万 / 2万个", "9880 / 40000人", "58 / 100名";
    /// "10,850 / 20,000", "58 / 100 people".
    /// </summary>
    /// <remarks>In Chinese, both are written with 万 only when each is zero or a whole number of ten thousand or more
    /// (1.085万 beside 2万); otherwise both in digits (9880 beside 40000, never beside 4万).</remarks>
    /// <param name="achieved">What is achieved.</param>
    /// <param name="required">What is required.</param>
    /// <param name="unit">The measure word of both.</param>
    /// <param name="language">The language.</param>
    /// <returns>The pair as written.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string OfRequired(decimal achieved, decimal required, MeasureWord unit, Language language)
    {
        var style = InTenThousands(achieved, required);
        return Number(achieved, language, style) + " / " + Amount(required, unit, language, style);
    }

    /// <summary>
    /// What is achieved of a range that is required, the range as plans write it, all in one style: "3 / 1至2所",
    /// "1 / 3至5所"; "3 / 1-2 institutions".
    /// </summary>
    /// <param name="achieved">What is achieved.</param>
    /// <param name="minimum">The range's lower bound.</param>
    /// <param name="maximum">The range's upper bound.</param>
    /// <param name="unit">The measure word of all three.</param>
    /// <param name="language">The language.</param>
    /// <returns>The pair as written.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string OfRange(decimal achieved, decimal minimum, decimal maximum, MeasureWord unit, Language language)
    {
        var style = InTenThousands(achieved, minimum, maximum);
        return Number(achieved, language, style) + " / " + Range(minimum, maximum, unit, language, style);
    }

    /// <summary>A range with its measure word, both bounds in one style: "1至2所", "1-2 institutions".</summary>
    internal static string Range(decimal minimum, decimal maximum, MeasureWord unit, Language language, bool? tenThousands)
    {
        var upper = Amount(maximum, unit, language, tenThousands);
        return Number(minimum, language, tenThousands) + (language == Language.Chinese ? "至" : "-") + upper;
    }

    /// <summary>How many of the units that owe something have done it: "6 / 9个单位" / "6 of 9 units".</summary>
    /// <param name="done">The units done.</param>
    /// <param name="total">The units that owe it.</param>
    /// <param name="language">The language.</param>
    /// <returns>The count as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string UnitsDone(int done, int total, Language language)
    {
        Check(language);
        return language == Language.Chinese
            ? string.Create(Invariant, $"{done} / {total}个单位")
            : string.Create(Invariant, $"{done} of {total} {(total == 1 ? "unit" : "units")}");
    }

    /// <summary>A count of things named by a noun: "49条报送" / "49 reports", "1 report".</summary>
    /// <param name="count">The count.</param>
    /// <param name="chinese">The Chinese measure word and noun, e.g. "条报送".</param>
    /// <param name="singular">The English noun for one, e.g. "report".</param>
    /// <param name="plural">The English noun for other counts, e.g. "reports".</param>
    /// <param name="language">The language.</param>
    /// <returns>The count as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Count(long count, string chinese, string singular, string plural, Language language)
    {
        Check(language);
        return language == Language.Chinese
            ? count.ToString(Invariant) + chinese
            : count.ToString("#,0", Invariant) + " " + (count == 1 ? singular : plural);
    }

    /// <summary>A date as written in a sentence: "2017年6月30日" / "30 June 2017".</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Date(LocalDate date, Language language)
    {
        Check(language);
        return language == Language.Chinese
            ? string.Create(Invariant, $"{date.Year}年{date.Month}月{date.Day}日")
            : date.ToString("d MMMM uuuu", Invariant);
    }

    /// <summary>The English noun of a measure word, empty where English needs none (个, a bare count).</summary>
    private static string Noun(MeasureWord unit, bool one) => unit switch
    {
        MeasureWord.Persons or MeasureWord.People => one ? "person" : "people",
        MeasureWord.Institutions => one ? "institution" : "institutions",
        MeasureWord.Items => one ? "item" : "items",
        MeasureWord.Sessions => one ? "session" : "sessions",
        MeasureWord.Households => one ? "household" : "households",
        MeasureWord.Structures => one ? "building" : "buildings",
        MeasureWord.Organisations => one ? "organisation" : "organisations",
        MeasureWord.Times => one ? "time" : "times",
        MeasureWord.Kinds => one ? "kind" : "kinds",
        MeasureWord.Cohorts => one ? "cohort" : "cohorts",
        MeasureWord.Courses => one ? "course" : "courses",
        MeasureWord.Lessons => one ? "lesson" : "lessons",
        _ => string.Empty,
    };

    internal static void Check(Language language)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentException($"Unknown language {language}.", nameof(language));
        }
    }
}

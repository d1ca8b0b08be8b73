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
/// write it (新增学位2万个); in English, thousands are grouped with commas.</para>
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
    public static string Number(decimal value, Language language)
    {
        Check(language);
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (language == Language.Chinese)
        {
            return Math.Abs(rounded) >= 10000m && rounded % 100m == 0m
                ? (rounded / 10000m).ToString("0.##", Invariant) + "万"
                : rounded.ToString("0.##", Invariant);
        }

        return rounded.ToString("#,0.##", Invariant);
    }

    /// <summary>An amount with its measure word: "58名", "3所", "2万个", "94%"; "58 people", "1 institution", "94%".</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">Its measure word (量词).</param>
    /// <param name="language">The language.</param>
    /// <returns>The amount as written.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string Amount(decimal value, MeasureWord unit, Language language)
    {
        var number = Number(value, language);
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
    /// What is achieved of what is required, both in one style: "1.1万 / 2万个", "1.085万 / 2万个", "58 / 100名";
    /// "11,000 / 20,000", "58 / 100 people".
    /// </summary>
    /// <remarks>In Chinese, where the required amount is written with 万, an achieved whole number of ten thousand or
    /// more is written with 万 too, exactly (1.085万 beside 2万, never 10850 beside 2万).</remarks>
    /// <param name="achieved">What is achieved.</param>
    /// <param name="required">What is required.</param>
    /// <param name="unit">The measure word of both.</param>
    /// <param name="language">The language.</param>
    /// <returns>The pair as written.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string OfRequired(decimal achieved, decimal required, MeasureWord unit, Language language)
    {
        var total = Amount(required, unit, language);
        var part = Number(achieved, language);
        if (language == Language.Chinese && Number(required, language).EndsWith('万') && !part.EndsWith('万')
            && Math.Abs(achieved) >= 10000m && achieved == Math.Truncate(achieved))
        {
            part = (achieved / 10000m).ToString("0.####", Invariant) + "万";
        }

        return part + " / " + total;
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

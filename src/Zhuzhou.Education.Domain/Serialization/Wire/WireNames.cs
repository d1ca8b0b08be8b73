using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// The stable wire names of the model's enums: camelCase, written out here by hand so that renaming a C# member
/// never changes the format. A name is never reused; new names are only added.
/// </summary>
internal static class WireNames
{
    public static readonly EnumNames<ComparisonKind> ComparisonKinds = new(
        "comparison kind",
        (ComparisonKind.AtLeast, "atLeast"),
        (ComparisonKind.AtMost, "atMost"),
        (ComparisonKind.Between, "between"),
        (ComparisonKind.Exactly, "exactly"),
        (ComparisonKind.Milestone, "milestone"),
        (ComparisonKind.Coverage, "coverage"));

    public static readonly EnumNames<MeasureWord> MeasureWords = new(
        "measure word",
        (MeasureWord.None, "none"),
        (MeasureWord.Persons, "persons"),
        (MeasureWord.People, "people"),
        (MeasureWord.Institutions, "institutions"),
        (MeasureWord.Units, "units"),
        (MeasureWord.Items, "items"),
        (MeasureWord.Percent, "percent"),
        (MeasureWord.Sessions, "sessions"),
        (MeasureWord.Households, "households"),
        (MeasureWord.Structures, "structures"),
        (MeasureWord.Organisations, "organisations"),
        (MeasureWord.Times, "times"),
        (MeasureWord.Kinds, "kinds"),
        (MeasureWord.Cohorts, "cohorts"),
        (MeasureWord.Courses, "courses"),
        (MeasureWord.Lessons, "lessons"),
        (MeasureWord.PersonTimes, "personTimes"),
        (MeasureWord.Models, "models"),
        (MeasureWord.Rooms, "rooms"),
        (MeasureWord.Machines, "machines"),
        (MeasureWord.Sets, "sets"),
        (MeasureWord.Articles, "articles"),
        (MeasureWord.Batches, "batches"),
        (MeasureWord.StudyHours, "studyHours"),
        (MeasureWord.Credits, "credits"),
        (MeasureWord.Kilometres, "kilometres"),
        (MeasureWord.Metres, "metres"),
        (MeasureWord.SquareMetres, "squareMetres"),
        (MeasureWord.Mu, "mu"),
        (MeasureWord.Yuan, "yuan"),
        (MeasureWord.Megabits, "megabits"),
        (MeasureWord.Gigabits, "gigabits"),
        (MeasureWord.Teams, "teams"),
        (MeasureWord.Minutes, "minutes"),
        (MeasureWord.Hours, "hours"));

    public static readonly EnumNames<TimeAggregation> TimeAggregations = new(
        "time aggregation",
        (TimeAggregation.Level, "level"),
        (TimeAggregation.Increment, "increment"),
        (TimeAggregation.Average, "average"),
        (TimeAggregation.Maximum, "maximum"),
        (TimeAggregation.Minimum, "minimum"));

    public static readonly EnumNames<OrgUnitAggregation> OrgUnitAggregations = new(
        "org unit aggregation",
        (OrgUnitAggregation.Sum, "sum"),
        (OrgUnitAggregation.Ratio, "ratio"));

    public static readonly EnumNames<Direction> Directions = new(
        "direction",
        (Direction.Ascending, "ascending"),
        (Direction.Descending, "descending"));

    public static readonly EnumNames<EvaluationStatus> Statuses = new(
        "status",
        (EvaluationStatus.NotStarted, "notStarted"),
        (EvaluationStatus.Behind, "behind"),
        (EvaluationStatus.OnTrack, "onTrack"),
        (EvaluationStatus.Achieved, "achieved"),
        (EvaluationStatus.Exceeded, "exceeded"),
        (EvaluationStatus.Overdue, "overdue"),
        (EvaluationStatus.NotAssigned, "notAssigned"));

    public static readonly EnumNames<AllocationMethod> AllocationMethods = new(
        "allocation method",
        (AllocationMethod.Explicit, "explicit"),
        (AllocationMethod.Proportional, "proportional"));

    public static readonly EnumNames<MilestoneScopeKind> ScopeKinds = new(
        "milestone scope",
        (MilestoneScopeKind.Issuer, "issuer"),
        (MilestoneScopeKind.EveryUnit, "everyUnit"));

    public static readonly EnumNames<OrgUnits.OrgUnitLevel> OrgUnitLevels = new(
        "org unit level",
        (OrgUnits.OrgUnitLevel.Province, "province"),
        (OrgUnits.OrgUnitLevel.City, "city"),
        (OrgUnits.OrgUnitLevel.County, "county"),
        (OrgUnits.OrgUnitLevel.School, "school"));

    public static readonly EnumNames<OrgUnitLevel> OrgUnitKinds = new(
        "kind of org unit",
        (OrgUnitLevel.Province, "province"),
        (OrgUnitLevel.City, "city"),
        (OrgUnitLevel.County, "county"),
        (OrgUnitLevel.School, "school"));

    public static readonly EnumNames<ReportingFrequency> ReportingFrequencies = new(
        "reporting frequency",
        (ReportingFrequency.Monthly, "monthly"),
        (ReportingFrequency.Weekly, "weekly"),
        (ReportingFrequency.Quarterly, "quarterly"),
        (ReportingFrequency.Yearly, "yearly"));
}

/// <summary>A two-way table between an enum's members and their wire names.</summary>
/// <remarks>
/// Two arrays searched in order rather than two dictionaries: a dozen or so names per enum, and no dictionary
/// instantiated per enum type (each one's code compiled at first use, some 15 methods apiece, when a plan is first read);
/// members are compared by their numbers, so no comparer is made per enum type either.
/// </remarks>
internal sealed class EnumNames<T>
    where T : struct, Enum
{
    private readonly T[] members;
    private readonly long[] numbers;
    private readonly string[] names;

    public EnumNames(string what, params (T Value, string Name)[] table)
    {
        What = what;
        members = new T[table.Length];
        numbers = new long[table.Length];
        names = new string[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            (members[i], names[i]) = table[i];
            numbers[i] = Number(members[i]);
            for (var j = 0; j < i; j++)
            {
                if (numbers[j] == numbers[i] || names[j] == names[i])
                {
                    throw new InvalidOperationException($"The {what} {members[i]} or the name {names[i]} is given twice.");
                }
            }
        }

        // A member added to the enum without a wire name would otherwise fail only when first written.
        if (table.Length != Enum.GetValues<T>().Length)
        {
            throw new InvalidOperationException($"Every {what} needs a wire name.");
        }

        Names = string.Join(", ", names);
    }

    /// <summary>What the enum is, in words: "measure word".</summary>
    public string What { get; }

    /// <summary>Every wire name, comma-separated, for messages.</summary>
    public string Names { get; }

    /// <exception cref="KeyNotFoundException">The value is no member of the enum.</exception>
    public string Name(T value)
    {
        var i = Array.IndexOf(numbers, Number(value));
        return i >= 0 ? names[i] : throw new KeyNotFoundException($"{value} is no {What}.");
    }

    public bool TryParse(string name, out T value)
    {
        var i = Array.IndexOf(names, name);
        value = i >= 0 ? members[i] : default;
        return i >= 0;
    }

    private static long Number(T value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

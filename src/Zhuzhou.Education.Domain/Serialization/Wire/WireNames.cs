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
internal sealed class EnumNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> names = [];
    private readonly Dictionary<string, T> values = new(StringComparer.Ordinal);

    public EnumNames(string what, params (T Value, string Name)[] table)
    {
        What = what;
        foreach (var (value, name) in table)
        {
            names.Add(value, name);
            values.Add(name, value);
        }

        // A member added to the enum without a wire name would otherwise fail only when first written.
        if (names.Count != Enum.GetValues<T>().Length)
        {
            throw new InvalidOperationException($"Every {what} needs a wire name.");
        }

        Names = string.Join(", ", table.Select(t => t.Name));
    }

    /// <summary>What the enum is, in words: "measure word".</summary>
    public string What { get; }

    /// <summary>Every wire name, comma-separated, for messages.</summary>
    public string Names { get; }

    public string Name(T value) => names[value];

    public bool TryParse(string name, out T value) => values.TryGetValue(name, out value);
}

using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>
/// A small plan with a target for every way reports combine, owed in every way (the city's, a proportional 任务分解 over
/// schools and a county, milestones of the issuer, of a responsible school and of every county), and a city of two
/// counties of two schools.
/// </summary>
internal static class AggregationFixtures
{
    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static readonly OrgUnitCode City = OrgUnitCode.Parse("430200");
    public static readonly OrgUnitCode Hetang = OrgUnitCode.Parse("430202");
    public static readonly OrgUnitCode Lusong = OrgUnitCode.Parse("430203");

    public static readonly OrgUnitCode[] Schools = [.. new[] { "H1", "H2", "L1", "L2" }.Select(OrgUnitCode.Parse)];

    public static readonly OrgUnitTree Tree = OrgUnitTree.Create(
    [
        new OrgUnit(City, "株洲市", OrgUnitLevel.City, null),
        new OrgUnit(Hetang, "荷塘区", OrgUnitLevel.County, City),
        new OrgUnit(Lusong, "芦淞区", OrgUnitLevel.County, City),
        new OrgUnit(Schools[0], "荷塘一中", OrgUnitLevel.School, Hetang),
        new OrgUnit(Schools[1], "荷塘二中", OrgUnitLevel.School, Hetang),
        new OrgUnit(Schools[2], "芦淞一中", OrgUnitLevel.School, Lusong),
        new OrgUnit(Schools[3], "芦淞二中", OrgUnitLevel.School, Lusong),
    ]);

    public static readonly OrgUnitCode[] AllUnits = [City, Hetang, Lusong, .. Schools];

    public static readonly Target[] Targets =
    [
        new(TargetId.Create(1, 1), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons) { TimeAggregation = TimeAggregation.Increment },
        new(TargetId.Create(1, 2), "学位", Comparison.AtLeast(40m), MeasureWord.Units) { Weight = 2m },
        new(TargetId.Create(2, 1), "试点校", Comparison.Between(3m, 5m), MeasureWord.Institutions) { TimeAggregation = TimeAggregation.Maximum },
        new(TargetId.Create(3, 1), "特殊教育学校入学", Comparison.Milestone(), MeasureWord.None) { Deadline = new LocalDate(2017, 9, 1) },
        new(TargetId.Create(4, 1), "艺术特长", Comparison.Coverage(0.9m), MeasureWord.Persons),
        new(TargetId.Create(4, 2), "培训课时", Comparison.AtLeast(30m), MeasureWord.Units) { TimeAggregation = TimeAggregation.Average },
        new(TargetId.Create(5, 1), "辍学人数", Comparison.AtMost(2m), MeasureWord.Persons) { Baseline = 40m, TimeAggregation = TimeAggregation.Minimum },
        new(TargetId.Create(5, 2), "增量", Comparison.AtLeast(10m), MeasureWord.Units) { Baseline = 5m, ReportingFrequency = ReportingFrequency.Quarterly },
        new(TargetId.Create(3, 2), "学前班整改", Comparison.Milestone(), MeasureWord.None) { Scope = MilestoneScope.EveryUnitAt(OrgUnitLevel.County) },
        new(TargetId.Create(5, 3), "课时", Comparison.Between(7m, 9m), MeasureWord.Units)
        {
            TimeAggregation = TimeAggregation.Increment,
            Allocation = Allocation.Proportional([new(Schools[0], 1m), new(Schools[1], 1m), new(Lusong, 2m)]),
        },
        new(TargetId.Create(3, 3), "特教学校招生", Comparison.Milestone(), MeasureWord.None) { Scope = MilestoneScope.ResponsibleUnit(Schools[3]) },
    ];

    public static Plan TestPlan { get; } = new(
        "株洲市教育局",
        "聚合测试",
        Year2017,
        null,
        string.Empty,
        [
            new Section(1, "一", [Item(1), Item(2)]),
            new Section(2, "二", [Item(3), new Item(9, "无指标", [new Commitment("开展工作")])]),
            new Section(3, "三", [Item(4), Item(5)]) { Weight = 3m },
        ]);

    /// <summary>A report of any target; shares get a numerator and denominator, milestones a value up to 1.</summary>
    public static ProgressReport Report(Target target, OrgUnitCode unit, LocalDate date, int value, int denominator)
    {
        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            var numerator = Math.Min(value, denominator);
            return new ProgressReport(target.Id, unit, date, (decimal)numerator / denominator) { Numerator = numerator, Denominator = denominator };
        }

        return new ProgressReport(target.Id, unit, date, target.Comparison.Kind == ComparisonKind.Milestone ? (value % 3) / 2m : value);
    }

    private static Item Item(int number)
        => new(number, "要点" + number, [new Commitment("举措" + number, Targets.Where(t => t.Id.Item == number))]);
}

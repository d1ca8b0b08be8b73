using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reporting;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

public partial class PlanReportTests
{
    private static readonly ReportSettings BySchool = new() { Breakdown = OrgUnitLevel.School };

    [Theory]
    [InlineData(0)]
    [InlineData(5_000)]
    public void Build_BySchool_EvaluatesNoSchool(int extraSchools)
    {
        var report = PlanReport.Build(TestPlan, WithSchools(extraSchools), Reports, June30, BySchool);

        report.UnitEvaluations.Should().Be(0);
        report.Breakdown.Should().HaveCount(Schools.Length + extraSchools);
    }

    [Fact]
    public void EnumerateByOrgUnit_FirstSchool_EvaluatesTheSameWhateverTheNumberOfSchools()
    {
        int FirstRow(int extraSchools, int target)
        {
            var report = PlanReport.Build(TestPlan, WithSchools(extraSchools), Reports, June30, BySchool);
            var first = report.Targets.Single(t => t.Target.Id == Targets[target].Id).EnumerateByOrgUnit().First();
            first.Should().NotBeNull();
            return report.UnitEvaluations;
        }

        // 学位 is reported from schools: its first school is evaluated once. 课时 has no report: whether any school owes
        // it is asked of the schools until one does (the first, 荷塘一中), then the first row is evaluated.
        FirstRow(0, 1).Should().Be(1);
        FirstRow(5_000, 1).Should().Be(1);
        FirstRow(0, 9).Should().Be(2);
        FirstRow(5_000, 9).Should().Be(2);
    }

    [Fact]
    public void EnumerateByOrgUnit_EveryTarget_GivesTheFiguresOfByOrgUnit()
    {
        var streamed = PlanReport.Build(TestPlan, WithSchools(20), Reports, June30, BySchool);
        var kept = PlanReport.Build(TestPlan, WithSchools(20), Reports, June30, BySchool);

        foreach (var (s, k) in streamed.Targets.Zip(kept.Targets))
        {
            s.EnumerateByOrgUnit().Select(e => e.Figure).Should().Equal(k.ByOrgUnit.Select(e => e.Figure), "target {0}", s.Target.Id);
        }

        kept.Targets.Should().Contain(t => t.ByOrgUnit.IsEmpty, "试点校 is the city's own: no school has a figure for it");
        kept.UnitEvaluations.Should().Be(TestPlan.Targets.Length * (Schools.Length + 20), "ByOrgUnit evaluates the whole plan for every school, once");
    }

    [Fact]
    public void EnumerateByOrgUnit_AfterByOrgUnit_GivesTheKeptFigures()
    {
        var report = PlanReport.Build(TestPlan, WithSchools(3), Reports, June30, BySchool);
        var target = report.Targets.Single(t => t.Target.Id == Targets[1].Id);
        var kept = target.ByOrgUnit;
        var evaluations = report.UnitEvaluations;

        target.EnumerateByOrgUnit().Should().Equal(kept);
        report.UnitEvaluations.Should().Be(evaluations);
    }

    /// <summary>The fixture's tree with as many more schools under 芦淞区 (X00001…), after its own in code order.</summary>
    private static OrgUnitTree WithSchools(int extra) => OrgUnitTree.Create(
    [
        .. Tree.Units,
        .. Enumerable.Range(1, extra).Select(i => new OrgUnit(OrgUnitCode.Parse($"X{i:00000}"), $"芦淞第{i}中学", OrgUnitLevel.School, Lusong)),
    ]);
}

using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

/// <content>What a target's row needs of the units (behind, units done) is found evaluating that target alone for each unit.</content>
public partial class PlanReportTests
{
    [Fact]
    public void UnitsDone_MilestoneEveryCountyOwes_EvaluatesThatTargetAloneForEachCounty()
    {
        // 荷塘区 has done it, 芦淞区 not.
        ProgressReport[] reports = [.. Reports, Report(Targets[8], Hetang, new LocalDate(2017, 5, 31), 2, 1)];
        var report = PlanReport.Build(TestPlan, Tree, reports, June30);
        var milestone = report.Targets.Single(t => t.Target.Id == Targets[8].Id);

        var (done, inScope) = (milestone.UnitsDone, milestone.UnitsInScope);

        report.UnitEvaluations.Should().Be(report.Breakdown.Length, "the units done are counted from each county's figure on the milestone alone, not from every county's whole plan");
        var kept = PlanReport.Build(TestPlan, Tree, reports, June30).Targets.Single(t => t.Target.Id == Targets[8].Id).ByOrgUnit;
        inScope.Should().Be(kept.Count(e => e.IsAssigned)).And.Be(2);
        done.Should().Be(kept.Count(e => e.IsAssigned && e.IsComplete)).And.Be(1);
    }

    [Fact]
    public void UnitsDone_TargetNotOwedByEveryUnit_IsNull()
    {
        var report = Build();

        report.Targets.Where(t => t.Target.Id != Targets[8].Id).Should().OnlyContain(t => t.UnitsDone == null && t.UnitsInScope == null);
    }

    [Fact]
    public void Behind_ManySchools_EvaluatesTheTargetOnceForEachSchoolAndKeepsNoFigure()
    {
        // 学位 allocated to two schools: 荷塘一中 has 25 of its 20, 芦淞一中 2 of its 20 — behind at the end of June.
        var plan = TestPlan.WithTargets([Targets[1] with { Allocation = Allocation.Explicit([new(Schools[0], 20m), new(Schools[2], 20m)]) }]);
        var report = PlanReport.Build(plan, WithSchools(200), Reports, June30, BySchool);
        var kept = PlanReport.Build(plan, WithSchools(200), Reports, June30, BySchool);

        foreach (var (target, i) in report.Targets.Select((t, i) => (t, i)))
        {
            var before = report.UnitEvaluations;
            var (behind, notAssigned, noneAllocated) = (target.Behind, target.NotAssigned, target.NoneAllocated);
            report.UnitEvaluations.Should().Be(before + report.Breakdown.Length, "target {0}", target.Target.Id);

            var figures = kept.Targets[i].ByOrgUnit;
            behind.Should().Equal(kept.Breakdown.Where((_, u) => !figures.IsEmpty && figures[u].Status is EvaluationStatus.Behind or EvaluationStatus.Overdue), "target {0}", target.Target.Id);
            notAssigned.Should().Equal(figures.IsEmpty ? kept.Breakdown : kept.Breakdown.Where((_, u) => !figures[u].IsAssigned), "target {0}", target.Target.Id);
            noneAllocated.Should().Be(!figures.IsEmpty && figures.All(e => !e.IsAssigned), "target {0}", target.Target.Id);
        }

        report.Targets.Single(t => t.Target.Id == Targets[1].Id).Behind.Should().ContainSingle().Which.Code.Should().Be(Schools[2]);
    }
}

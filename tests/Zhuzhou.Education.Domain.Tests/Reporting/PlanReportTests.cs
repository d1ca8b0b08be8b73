using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

public partial class PlanReportTests
{
    private static readonly LocalDate June30 = new(2017, 6, 30);

    // 学位 (1.2, level, at least 40): 荷塘 reports 10 then 25 (its schools), 芦淞 2; 试点校 (2.1) only by the city.
    private static readonly ProgressReport[] Reports =
    [
        Report(Targets[1], Schools[0], new LocalDate(2017, 2, 28), 10, 1),
        Report(Targets[1], Schools[0], new LocalDate(2017, 5, 31), 25, 1),
        Report(Targets[1], Schools[2], new LocalDate(2017, 5, 31), 2, 1),
        Report(Targets[2], City, new LocalDate(2017, 4, 30), 3, 1),
    ];

    // The 任务分解 of 学位: 20 to each county.
    private static readonly Plan Allocated = TestPlan.WithTargets([Targets[1] with { Allocation = Allocation.Explicit([new(Hetang, 20m), new(Lusong, 20m)]) }]);

    private static PlanReport Build(ReportSettings? settings = null, Plan? plan = null) => PlanReport.Build(plan ?? TestPlan, Tree, Reports, June30, settings);

    [Fact]
    public void Build_FiguresForTheWholeAndEachCounty_AreTheEngines()
    {
        var report = Build();
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(Reports);
        var asOf = store.AsOf(June30);

        report.Whole.Figure.Should().Be(asOf.EvaluatePlan().Figure);
        report.OrgUnits.Select(u => u.OrgUnit.Code).Should().Equal(Hetang, Lusong);
        report.OrgUnits[0].Plan.Figure.Should().Be(asOf.EvaluatePlan(Hetang).Figure);
    }

    [Fact]
    public void Targets_CountyBehindOnItsAllocation_IsListed()
    {
        var places = Build(plan: Allocated).Targets.Single(t => t.Target.Id == Targets[1].Id);

        places.Whole.Value.Should().Be(27m);
        places.ByOrgUnit.Select(e => e.Value).Should().Equal(25m, 2m);
        places.Behind.Select(u => u.Code).Should().Equal([Lusong], "芦淞 has 2 of its 20, 荷塘 25 of 20");
        places.NotAssigned.Should().BeEmpty();
    }

    [Fact]
    public void Targets_WithoutAllocation_CountiesAreNotAssignedAndNeverBehind()
    {
        var places = Build().Targets.Single(t => t.Target.Id == Targets[1].Id);

        places.ByOrgUnit.Select(e => (e.Status, e.Value, e.Contribution)).Should().Equal(
            (EvaluationStatus.NotAssigned, 25m, 25m / 27m),
            (EvaluationStatus.NotAssigned, 2m, 2m / 27m));
        places.NotAssigned.Select(u => u.Code).Should().Equal(Hetang, Lusong);
        places.Behind.Should().BeEmpty("a county that owes nothing of a target is never behind on it");
    }

    [Fact]
    public void Targets_ReportedOnlyByTheCity_HaveNoPerUnitFigures()
        => Build().Targets.Single(t => t.Target.Id == Targets[2].Id).ByOrgUnit.Should().BeEmpty();

    [Fact]
    public void Targets_CompleteAsAWhole_StillListAUnitBehindOnWhatItOwes()
    {
        ProgressReport[] reports = [Report(Targets[1], Schools[0], new LocalDate(2017, 2, 28), 40, 1), Report(Targets[1], Schools[2], new LocalDate(2017, 2, 28), 0, 1)];

        var places = PlanReport.Build(Allocated, Tree, reports, June30).Targets.Single(t => t.Target.Id == Targets[1].Id);

        places.Whole.Status.Should().Be(EvaluationStatus.Achieved);
        places.ByOrgUnit.Select(e => e.Status).Should().Equal(EvaluationStatus.Exceeded, EvaluationStatus.Behind);
        places.Behind.Select(u => u.Code).Should().Equal([Lusong], "芦淞 owes 20 by the 任务分解 and reported 0, whatever the others did");
    }

    [Fact]
    public void Explain_Level_ListsOnlyTheLatestReportOfEachUnit()
    {
        var evaluation = Build().Explain(Targets[1].Id);

        evaluation.Achievement.Reports.Select(r => (r.OrgUnit, r.Value)).Should().Equal((Schools[0], 25m), (Schools[2], 2m));
        evaluation.Figure.Should().Be(Build().Targets[1].Whole.Figure, "the reports that count give the report's own figure");
    }

    [Fact]
    public void Explain_County_UsesItsAllocationAndItsReports()
    {
        var evaluation = PlanReport.Build(Allocated, Tree, Reports, June30).Explain(Targets[1].Id, Hetang);

        evaluation.Required.Should().Be(20m);
        evaluation.Achievement.Reports.Should().ContainSingle().Which.Value.Should().Be(25m);
    }

    [Fact]
    public void Explain_CountyThatOwesNothing_GivesItsContribution()
    {
        var evaluation = Build().Explain(Targets[1].Id, Lusong);

        (evaluation.Status, evaluation.Value, evaluation.Contribution).Should().Be((EvaluationStatus.NotAssigned, 2m, 2m / 27m));
        evaluation.Figure.Should().Be(Build().Targets[1].ByOrgUnit[1].Figure, "the rules and the engine agree");
    }

    [Fact]
    public void Series_MonthEndsBeforeTheDateThenTheDate_WithTheExpectedProgressLine()
    {
        var series = Build().Series;

        series.Select(p => p.Date.Month).Should().Equal(1, 2, 3, 4, 5, 6);
        series[^1].Date.Should().Be(June30);
        series.Select(p => p.Plan.ExpectedProgress!.Value).Should().BeInAscendingOrder();
        series[^1].Plan.Should().Be(Build().Whole.Figure);
    }

    [Fact]
    public void Breakdown_BySchool_HasTheSchools()
        => Build(new ReportSettings { Breakdown = OrgUnitLevel.School }).OrgUnits.Select(u => u.OrgUnit.Code).Should().Equal(Schools.OrderBy(s => s.Value, StringComparer.Ordinal));

    [Fact]
    public void AchievedRate_NoMeasurableTarget_IsNullNotZero()
    {
        var plan = new Plan("株洲市教育局", "无指标", Year2017, null, string.Empty, [new Section(1, "一", [new Item(1, "要点", [new Commitment("开展工作")])])]);

        var report = PlanReport.Build(plan, Tree, [], June30);

        report.Whole.Counts.AchievedRate.Should().BeNull();
        report.Whole.Completion.Should().BeNull("nothing measurable has no completion, not 0");
        report.Whole.Status.Should().BeNull();
    }

    [Fact]
    public void ReportingCompleteness_SumsOverTargets()
    {
        var report = Build();

        report.ReportsExpected.Should().Be(TestPlan.Targets.Sum(t => report.Completeness.Expected(t.Id)));
        report.ReportsReceived.Should().BeLessThanOrEqualTo(report.ReportsExpected);
        report.ReportingRate.Should().Be((decimal)report.ReportsReceived / report.ReportsExpected);
    }

    [Fact]
    public void WriteJson_TheWholeThenEachUnit()
    {
        using var stream = new MemoryStream();
        Build().WriteJson(stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        json.RootElement.GetProperty("schema").GetString().Should().Be("zedu.evaluation/2");
        json.RootElement.GetProperty("orgUnits").EnumerateArray().Select(u => u.GetProperty("orgUnit").GetString()).Should().Equal("430200", "430202", "430203");
    }

    [Fact]
    public void Build_RefusedReport_ThrowsWithAdmissionsCode()
    {
        var act = () => PlanReport.Build(TestPlan, Tree, [Reports[0], Reports[0]], June30);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0010*");
    }
}

using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Assertions;

public class PlanReportAssertionsTests
{
    private static readonly PlanReport Report = PlanReport.Build(KitPlan, ZhuzhouOrgUnits.Tree2017, KitReports, June30);

    [Fact]
    public void ShowTarget_TheCitysFigure_IsTheReports()
        => Report.Should().ShowTarget("1.2").BeAchieved().And.HaveCompletion(1m);

    [Fact]
    public void ShowCounty_OnAShare_GivesTheCountysFigure()
    {
        Report.Should().ShowCounty("醴陵市").OnTarget("2.1").BeAchieved();
        Report.Should().ShowCounty("430223").OnTarget("2.1").HaveCompletion(0.4m / 0.9m, 0.0001m);
    }

    [Fact]
    public void ShowCounty_OnAShareBehind_FailsNamingTheCountyAndTheArithmetic()
        => InCulture("en", () =>
        {
            var message = FailureOf(() => Report.Should().ShowCounty("攸县").OnTarget("2.1").BeAchieved());

            message.Should().StartWith("Expected target 2.1 艺术特长学生 for 430223 攸县 to be achieved, but it is")
                .And.Contain("40 out of 100");
        });

    [Fact]
    public void ShowCounty_NotInTheBreakdown_FailsListingTheUnits()
        => InCulture("en", () => FailureOf(() => Report.Should().ShowCounty("长沙市"))
            .Should().StartWith("Expected the report to show 长沙市 in its breakdown, but it shows: 荷塘区、"));

    [Fact]
    public void WithStatus_TheCountysPlan_ComparesItsRollUpStatus()
    {
        var status = Report.OrgUnits.Single(u => u.OrgUnit.Name == "醴陵市").Plan.Status;

        Report.Should().ShowCounty("醴陵市").WithStatus(status);
        FailureOf(() => Report.Should().ShowCounty("醴陵市").WithStatus(status == EvaluationStatus.Behind ? EvaluationStatus.OnTrack : EvaluationStatus.Behind))
            .Should().Contain("430281 醴陵市").And.Contain("completion");
    }

    [Fact]
    public void ShowCountiesBehindOn_TheReportsList_PassesInAnyOrderAndFailsOtherwise()
    {
        var behind = Report.Targets.Single(t => t.Target.Id == Arts.Id).Behind.Select(u => u.Name).ToArray();
        behind.Should().Contain("攸县");

        Report.Should().ShowCountiesBehindOn("2.1", [.. behind.Reverse()]);
        FailureOf(() => Report.Should().ShowCountiesBehindOn("2.1", "醴陵市")).Should().Contain("攸县");
    }
}

using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Assertions;

public class PlanAssertionsTests
{
    [Fact]
    public void HaveTarget_TheBuiltInPlan_ReadsAsThePlanDoes()
        => ZhuzhouPlans.Education2017.Should().HaveTarget("14.2").RequiringAtLeast(20000, MeasureWord.Units)
            .Which.Subject.Should().Be("学位");

    [Fact]
    public void HaveTarget_MilestoneDueInAutumn_Chains()
        => ZhuzhouPlans.Education2017.Should().HaveTarget("16.1").BeingAMilestone().DueBy(new LocalDate(2017, 9, 1));

    [Fact]
    public void HaveTarget_Missing_FailsListingThePlansTargets()
        => InCulture("en", () => FailureOf(() => KitPlan.Should().HaveTarget("9.9"))
            .Should().Be("Expected 株洲市教育局2017年工作要点 to have target 9.9, but its targets are: 1.1, 1.2, 2.1."));

    [Fact]
    public void RequiringAtLeast_OtherAmount_FailsWithBothRulesInWords()
    {
        InCulture("en", () => FailureOf(() => KitPlan.Should().HaveTarget("1.1").RequiringAtLeast(200, MeasureWord.Persons))
            .Should().Be("Expected target 1.1 心理咨询师 of 株洲市教育局2017年工作要点 to require at least 200 people, but it requires at least 100 people (≥100名)."));
        InCulture("zh-CN", () => FailureOf(() => KitPlan.Should().HaveTarget("1.1").RequiringBetween(3, 5, MeasureWord.Institutions))
            .Should().Be("预期指标 1.1 心理咨询师（《株洲市教育局2017年工作要点》）要求3至5所，但其要求为不少于100名（≥100名）。"));
    }

    [Fact]
    public void BeingAMilestone_ACount_Fails()
        => FailureOf(() => KitPlan.Should().HaveTarget("1.2").BeingAMilestone()).Should().Contain("1.2");

    [Fact]
    public void DueBy_NoDeadline_FailsSayingSo()
        => InCulture("en", () => FailureOf(() => KitPlan.Should().HaveTarget("1.2").DueBy(new LocalDate(2017, 12, 31)))
            .Should().EndWith("to be due by 2017-12-31, but it has no deadline."));

    [Fact]
    public void HaveNoDiagnosticsAbove_APlanThatPasses_Passes()
        => KitPlan.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Info);

    [Fact]
    public void HaveNoDiagnosticsAbove_ADeadlineOutsideThePeriod_FailsListingTheProblemWithItsPlace()
    {
        var late = new Plan(KitPlan.Issuer, KitPlan.Title, KitPlan.Period, KitPlan.Published, KitPlan.Preamble,
            [new Section(1, "着力提高教育质量", [new Item(1, "提高学生心理素质", [new Commitment("培训", [Counsellors with { Deadline = new LocalDate(2018, 6, 30) }])])])]);

        InCulture("en", () => FailureOf(() => late.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning))
            .Should().Be("Expected 株洲市教育局2017年工作要点 to have no diagnostics beyond warnings, but found 1:\n"
                + "  error ZV0001: Target 1.1 (心理咨询师): its deadline 2018-06-30 is outside the plan period 2017-01-01 to 2017-12-31. (at $.sections[0].items[0].commitments[0].targets[0].deadline)"));
    }

    [Fact]
    public void RoundTripThroughJson_AnyPlan_Passes()
        => PlanGen.Plan.Sample(plan => plan.Should().RoundTripThroughJson(), iter: 100);

    [Fact]
    public void Should_APlan_StillComparesAsAnObject()
        => KitPlan.Should().Be(KitPlan).And.NotBeNull();
}

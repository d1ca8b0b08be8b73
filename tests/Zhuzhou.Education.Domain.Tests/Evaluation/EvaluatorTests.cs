using NodaTime;
using NodaTime.Testing;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class EvaluatorTests
{
    public sealed record Row(string Name, Target Target, ProgressReport[] Reports, LocalDate AsOf, decimal Value, decimal Achieved, decimal Completion, EvaluationStatus Status)
    {
        public override string ToString() => Name;
    }

    private static readonly Target Counsellors = AtLeast(100m);
    private static readonly Target PlacesFrom100k = Places();
    private static readonly Target Pilots = Between(3m, 5m);
    private static readonly Target Six = Exactly(6m);
    private static readonly Target ArtHobby = Coverage(1m);
    private static readonly Target DropoutRate = Dropout();
    private static readonly Target Opening = Milestone();
    private static readonly Target StagedOpening = Milestone(staged: true);
    private static readonly Target Nothing = AtLeast(0m);

    // Every expected number below is computed by hand; 2017-06-30 expects 181/365 ≈ 0.4959, so Behind means < 0.4459.
    public static TheoryData<Row> Cases => new()
    {
        new("at least: increments add up across time and org units → on track",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 20m), Report(Counsellors, Hetang, 5, 31, 30m), Report(Counsellors, Liling, 6, 15, 10m)],
            June30, 60m, 60m, 0.6m, EvaluationStatus.OnTrack),
        new("at least: 44 of 100 is below 0.4959 − 0.05 → behind",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 44m)], June30, 44m, 44m, 0.44m, EvaluationStatus.Behind),
        new("at least: 45 of 100 is not below 0.4459 → on track",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 45m)], June30, 45m, 45m, 0.45m, EvaluationStatus.OnTrack),
        new("at least: no report → not started",
            Counsellors, [], June30, 0m, 0m, 0m, EvaluationStatus.NotStarted),
        new("at least: exactly the required amount → achieved",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 60m), Report(Counsellors, Hetang, 4, 30, 40m)], June30, 100m, 100m, 1m, EvaluationStatus.Achieved),
        new("at least: past the required amount → exceeded (超额完成)",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 130m)], June30, 130m, 130m, 1m, EvaluationStatus.Exceeded),
        new("at least: reports after the as-of date are ignored",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 50m), Report(Counsellors, Liling, 7, 1, 50m)], June30, 50m, 50m, 0.5m, EvaluationStatus.OnTrack),
        new("at least: incomplete after the end of the period → overdue",
            Counsellors, [Report(Counsellors, Liling, 3, 31, 50m)], new LocalDate(2018, 1, 1), 50m, 50m, 0.5m, EvaluationStatus.Overdue),
        new("at least: zero required with no report → achieved at once",
            Nothing, [], June30, 0m, 0m, 1m, EvaluationStatus.Achieved),
        new("baseline: levels become growth, (65000 + 50000) − 100000 = 15000 of 20000",
            PlacesFrom100k, [Report(PlacesFrom100k, Liling, 3, 31, 60000m), Report(PlacesFrom100k, Liling, 6, 30, 65000m), Report(PlacesFrom100k, Hetang, 6, 30, 50000m)],
            June30, 115000m, 15000m, 0.75m, EvaluationStatus.OnTrack),
        new("baseline: a level below the baseline is negative growth, completion 0",
            PlacesFrom100k, [Report(PlacesFrom100k, Liling, 6, 30, 90000m)], June30, 90000m, -10000m, 0m, EvaluationStatus.Behind),
        new("between 3 and 5: 2 → 2/3",
            Pilots, [Report(Pilots, Liling, 5, 1, 2m)], June30, 2m, 2m, 2m / 3m, EvaluationStatus.OnTrack),
        new("between 3 and 5: 5 → achieved",
            Pilots, [Report(Pilots, Liling, 5, 1, 5m)], June30, 5m, 5m, 1m, EvaluationStatus.Achieved),
        new("between 3 and 5: 6 → exceeded, not penalised",
            Pilots, [Report(Pilots, Liling, 5, 1, 6m)], June30, 6m, 6m, 1m, EvaluationStatus.Exceeded),
        new("exactly 6: 3 → 0.5",
            Six, [Report(Six, Liling, 5, 1, 3m)], June30, 3m, 3m, 0.5m, EvaluationStatus.OnTrack),
        new("exactly 6: 7 → exceeded",
            Six, [Report(Six, Liling, 5, 1, 7m)], June30, 7m, 7m, 1m, EvaluationStatus.Exceeded),
        new("coverage: Σ numerators / Σ denominators = 400 / 1000, not the mean of 75% and 16.7%",
            ArtHobby, [Share(ArtHobby, Liling, 6, 1, 300m, 400m), Share(ArtHobby, Hetang, 6, 1, 100m, 600m)], June30, 0.4m, 0.4m, 0.4m, EvaluationStatus.Behind),
        new("at most 2% from a baseline of 10%: 6 of 100 → (10 − 6) / (10 − 2) = 0.5",
            DropoutRate, [Share(DropoutRate, Liling, 6, 1, 6m, 100m)], June30, 6m, 6m, 0.5m, EvaluationStatus.OnTrack),
        new("at most: no report is no evidence → completion 0, not started",
            DropoutRate, [], June30, 0m, 0m, 0m, EvaluationStatus.NotStarted),
        new("at most: at or below the maximum → achieved, never exceeded",
            DropoutRate, [Share(DropoutRate, Liling, 6, 1, 1m, 100m)], June30, 1m, 1m, 1m, EvaluationStatus.Achieved),
        new("at most with the baseline equal to the target: 2 → achieved",
            Dropout(baseline: 2m), [Share(Dropout(baseline: 2m), Liling, 6, 1, 2m, 100m)], June30, 2m, 2m, 1m, EvaluationStatus.Achieved),
        new("at most with the baseline equal to the target: 2.5 → 0",
            Dropout(baseline: 2m), [Share(Dropout(baseline: 2m), Liling, 6, 1, 5m, 200m)], June30, 2.5m, 2.5m, 0m, EvaluationStatus.Behind),
        new("milestone: done → achieved",
            Opening, [Report(Opening, Liling, 8, 30, 1m)], new LocalDate(2017, 9, 1), 1m, 1m, 1m, EvaluationStatus.Achieved),
        new("milestone: not done the day after the deadline → overdue, even with no report",
            Opening, [], new LocalDate(2017, 9, 2), 0m, 0m, 0m, EvaluationStatus.Overdue),
        new("milestone due 2017-09-01: not done on 30 June → on track, never behind before it is due (a step: expected 0)",
            Opening, [Report(Opening, Liling, 6, 1, 0m)], June30, 0m, 0m, 0m, EvaluationStatus.OnTrack),
        new("milestone due 2017-09-01: no report on 30 June → not started",
            Opening, [], June30, 0m, 0m, 0m, EvaluationStatus.NotStarted),
        new("milestone due 2017-09-01: not done on its due day → behind (expected 1)",
            Opening, [Report(Opening, Liling, 6, 1, 0m)], new LocalDate(2017, 9, 1), 0m, 0m, 0m, EvaluationStatus.Behind),
        new("milestone due 2017-09-01: not done on 2 September → overdue",
            Opening, [Report(Opening, Liling, 6, 1, 0m)], new LocalDate(2017, 9, 2), 0m, 0m, 0m, EvaluationStatus.Overdue),
        new("staged milestone without stage dates: 推进中 0.6 against 181/244 ≈ 0.7418 − 0.05 → behind",
            StagedOpening, [Report(StagedOpening, Liling, 6, 1, 0.6m) with { Stage = "推进中" }], June30, 0.6m, 0.6m, 0.6m, EvaluationStatus.Behind),
        new("staged milestone: the stages of the units whose reports are given, over their number: (0.3 + 1) / 2",
            StagedOpening, [Report(StagedOpening, Liling, 6, 1, 0.3m) with { Stage = "已启动" }, Report(StagedOpening, Hetang, 6, 1, 1m) with { Stage = "已完成" }],
            June30, 0.65m, 0.65m, 0.65m, EvaluationStatus.Behind),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_HandComputedCases(Row c)
    {
        var evaluation = Evaluator.Evaluate(c.Target, c.Reports, c.AsOf, Year2017, null);

        evaluation.Value.Should().Be(c.Value);
        evaluation.Achieved.Should().Be(c.Achieved);
        evaluation.Completion.Should().Be(c.Completion);
        evaluation.Status.Should().Be(c.Status);
        evaluation.Target.Should().BeSameAs(c.Target);
        evaluation.AsOf.Should().Be(c.AsOf);
    }

    [Fact]
    public void Evaluate_June30_ExpectsDay181Of365()
        => Evaluator.Evaluate(Counsellors, [], June30, Year2017, null).ExpectedProgress.Should().Be(ExpectedJune30);

    [Fact]
    public void Evaluate_ToleranceSetting_DecidesBehind()
    {
        var reports = new[] { Report(Counsellors, Liling, 3, 31, 47m) };

        Evaluator.Evaluate(Counsellors, reports, June30, Year2017, null).Status.Should().Be(EvaluationStatus.OnTrack);
        Evaluator.Evaluate(Counsellors, reports, June30, Year2017, new EvaluationSettings { Tolerance = 0m }).Status.Should().Be(EvaluationStatus.Behind);
    }

    [Fact]
    public void Evaluate_Achievement_IsLayerTwoOfTheSameResult()
    {
        var reports = new[] { Report(Counsellors, Liling, 3, 31, 20m), Report(Counsellors, Hetang, 5, 31, 30m) };
        var fromReports = Evaluator.Evaluate(Counsellors, reports, June30, Year2017, null);
        var fromNumbers = Evaluator.Evaluate(Counsellors, Achievement.FromAmount(50m, 2), June30, Year2017, null);

        fromNumbers.Completion.Should().Be(fromReports.Completion).And.Be(0.5m);
        fromNumbers.Status.Should().Be(fromReports.Status);
        fromNumbers.ExpectedProgress.Should().Be(fromReports.ExpectedProgress);
        fromReports.Achievement.Reports.Should().HaveCount(2);
        fromNumbers.Achievement.Reports.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PercentShareFromRatio_ScalesToPercent()
    {
        var evaluation = Evaluator.Evaluate(DropoutRate, Achievement.FromRatio(6m, 100m, 1), June30, Year2017, null);

        evaluation.Value.Should().Be(6m);
        evaluation.Completion.Should().Be(0.5m);
    }

    [Fact]
    public void Evaluate_ShareTargetGivenAnAmount_ThrowsNamingAchievement()
    {
        var act = () => Evaluator.Evaluate(ArtHobby, Achievement.FromAmount(0.4m, 1), June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithParameterName("achievement").WithMessage("*9.1*share*");
    }

    [Fact]
    public void Evaluate_Clock_UsesShanghaiDate()
    {
        // 2017-06-30T16:30Z is already 2017-07-01 00:30 in Shanghai (UTC+8).
        var clock = new FakeClock(Instant.FromUtc(2017, 6, 30, 16, 30));

        var evaluation = Evaluator.Evaluate(Counsellors, [], clock, Year2017, null);

        evaluation.AsOf.Should().Be(new LocalDate(2017, 7, 1));
    }

    [Fact]
    public void Evaluate_ClockWithTimeZoneSetting_UsesThatZone()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 6, 30, 16, 30));
        var settings = new EvaluationSettings { TimeZone = DateTimeZone.Utc };

        Evaluator.Evaluate(Counsellors, [], clock, Year2017, settings).AsOf.Should().Be(June30);
    }

    [Fact]
    public void Evaluate_InvalidSettings_ListsEveryProblem()
    {
        var settings = new EvaluationSettings { Tolerance = 1.5m, TimeZone = null! };

        var act = () => Evaluator.Evaluate(Counsellors, Achievement.None, June30, Year2017, settings);

        act.Should().Throw<ArgumentException>().WithParameterName("settings")
            .Which.Message.Should().Contain("Tolerance").And.Contain("TimeZone");
    }

    [Fact]
    public void EvaluatePlan_ReportForUnknownTarget_ThrowsNamingIt()
    {
        var plan = Support.SamplePlans.Small();
        var stray = new ProgressReport(TargetId.Create(99, 1), Liling, June30, 1m);

        var act = () => Evaluator.EvaluatePlan(plan, [stray], June30, null);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ZR0001: Target 99.1 is not in the plan*");
    }

    [Fact]
    public void EvaluatePlan_SmallPlan_EvaluatesEveryTargetAndRollsUp()
    {
        var plan = Support.SamplePlans.Small();
        var counsellors = plan.FindTarget("8.1")!;
        var pilots = plan.FindTarget("15.1")!;
        var opening = plan.FindTarget("16.1")!;
        ProgressReport[] reports =
        [
            Report(counsellors, Liling, 3, 31, 50m),
            Report(pilots, Liling, 5, 1, 6m),
            Report(opening, Liling, 6, 1, 1m),
        ];

        var rollUp = Evaluator.EvaluatePlan(plan, reports, June30, null);

        rollUp.Targets.Select(e => e.Status).Should().Equal(
            EvaluationStatus.OnTrack, EvaluationStatus.NotStarted, EvaluationStatus.Exceeded, EvaluationStatus.Achieved);

        // Section 2: item 8 = 0.5. Section 4: items 14 = 0, 15 = 1, 16 = 1 → 2/3. Plan: (0.5 + 2/3) / 2.
        rollUp.Sections[0].Completion.Should().Be(0.5m);
        rollUp.Sections[1].Completion.Should().Be(2m / 3m);
        rollUp.Completion.Should().Be((0.5m + (2m / 3m)) / 2m);
        rollUp.Counts.Total.Should().Be(4);
        rollUp.Counts.AchievedRate.Should().Be(0.5m);
    }

    [Fact]
    public void Evaluate_NullTarget_ThrowsNamingTarget()
    {
        var act = () => Evaluator.Evaluate(null!, Achievement.None, June30, Year2017, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("target");
    }

    [Fact]
    public void EvaluatePlan_PlanWithoutPeriod_IsRefusedNamingThePlanAndHowToGiveOne()
    {
        var small = Support.SamplePlans.Small();
        var plan = new Plan(small.Issuer, small.Title, null, small.Published, small.Preamble, small.Sections);

        var act = () => Evaluator.EvaluatePlan(plan, [], June30, null);

        act.Should().Throw<ArgumentException>().WithParameterName("plan")
            .WithMessage($"Plan '{plan.Title}' has no period (its text names no year), so it cannot be evaluated: give the year or period when it is read*");
    }
}

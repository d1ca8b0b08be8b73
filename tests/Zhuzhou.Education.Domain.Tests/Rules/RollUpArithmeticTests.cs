using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public class RollUpArithmeticTests
{
    [Fact]
    public void WeightedMean_HandComputed()
        => RollUpArithmetic.WeightedMean([0.2m, 1m], [3m, 1m]).Should().Be(0.4m);

    [Fact]
    public void WeightedMean_Empty_IsNull()
        => RollUpArithmetic.WeightedMean([], []).Should().BeNull();

    [Fact]
    public void WeightedMean_CompletionOutOfRange_Throws()
    {
        var act = () => RollUpArithmetic.WeightedMean([1.5m], [1m]);

        act.Should().Throw<ArgumentException>().WithParameterName("completions");
    }

    [Fact]
    public void WeightedMean_ZeroWeight_Throws()
    {
        var act = () => RollUpArithmetic.WeightedMean([0.5m], [0m]);

        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }

    [Fact]
    public void Combine_PartsWithoutCompletion_AreLeftOutOfTheMeansButCounted()
    {
        var behind = new RollUpFigure(0.2m, 0.5m, StatusCounts.Of([EvaluationStatus.Behind]), EvaluationStatus.Behind);
        var notMeasurable = new RollUpFigure(null, null, default, null);
        var done = new RollUpFigure(1m, 0.5m, StatusCounts.Of([EvaluationStatus.Achieved]), EvaluationStatus.Achieved);

        var whole = RollUpArithmetic.Combine([behind, notMeasurable, done], [3m, 5m, 1m]);

        whole.Completion.Should().Be(0.4m, "(3 × 0.2 + 1 × 1) / 4");
        whole.ExpectedProgress.Should().Be(0.5m);
        whole.Counts.Total.Should().Be(2);
        whole.Status.Should().Be(EvaluationStatus.Behind, "0.4 is below 0.5 − 0.05");
    }

    [Fact]
    public void Combine_NothingMeasurable_HasNoCompletionAndNoStatus()
    {
        var whole = RollUpArithmetic.Combine([new RollUpFigure(null, null, default, null)], [1m]);

        whole.IsMeasurable.Should().BeFalse();
        whole.Status.Should().BeNull();
        whole.ToString().Should().Be("not measurable");
    }

    [Fact]
    public void Combine_OneTargetOverdue_IsACountNotAnOverdueWhole()
    {
        // One overdue target among 24 (the plan of 2017): counted, and the whole's own completion decides its status.
        var overdue = RollUpFigure.Of(new TargetFigure(0m, 0m, 1m, 0m, 1m, default, EvaluationStatus.Overdue, 0));
        var onTrack = Enumerable.Repeat(RollUpFigure.Of(new TargetFigure(9m, 9m, 10m, 0.9m, 0.5m, default, EvaluationStatus.OnTrack, 3)), 23);

        var whole = RollUpArithmetic.Combine([overdue, .. onTrack], [.. Enumerable.Repeat(1m, 24)]);

        whole.Status.Should().Be(EvaluationStatus.OnTrack, "(0 + 23 × 0.9) / 24 = 0.8625 against (1 + 23 × 0.5) / 24 = 0.5208");
        whole.Counts.Overdue.Should().Be(1);
        whole.Counts.OnTrack.Should().Be(23);
    }

    [Theory]
    [InlineData(1.0, 0.5, EvaluationStatus.Achieved)]
    [InlineData(0.45, 0.5, EvaluationStatus.OnTrack)]
    [InlineData(0.4499, 0.5, EvaluationStatus.Behind)]
    [InlineData(0.0, 0.0, EvaluationStatus.OnTrack)]
    public void Combine_Status_IsAchievedBehindOrOnTrackFromItsOwnFigures(double completion, double expected, EvaluationStatus status)
    {
        var part = RollUpFigure.Of(new TargetFigure(0m, 0m, 1m, (decimal)completion, (decimal)expected, default, EvaluationStatus.NotStarted, 0));

        RollUpArithmetic.Combine([part], [1m]).Status.Should().Be(status, "an item's status is never not started or overdue");
    }

    [Fact]
    public void Combine_NotAssignedTarget_IsCountedButLeftOutOfTheMeans()
    {
        var notAssigned = RollUpFigure.Of(new TargetFigure(40m, 40m, 0m, 0m, 0.5m, default, EvaluationStatus.NotAssigned, 6, 0.4m));
        var behind = RollUpFigure.Of(new TargetFigure(1m, 1m, 10m, 0.1m, 0.5m, default, EvaluationStatus.Behind, 1));

        var whole = RollUpArithmetic.Combine([notAssigned, behind], [1m, 1m]);

        (whole.Completion, whole.ExpectedProgress, whole.Status).Should().Be((0.1m, 0.5m, EvaluationStatus.Behind));
        (whole.Counts.NotAssigned, whole.Counts.Assigned, whole.Counts.Total).Should().Be((1, 1, 2));
        whole.Counts.AchievedRate.Should().Be(0m, "of the one target owed, none is complete");
        RollUpArithmetic.Combine([notAssigned], [1m]).IsMeasurable.Should().BeFalse("a unit that owes nothing has no completion");
    }

    [Fact]
    public void Combine_WeightsOfAnotherLength_Throw()
    {
        var act = () => RollUpArithmetic.Combine([new RollUpFigure(null, null, default, null)], [1m, 2m]);

        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }
}

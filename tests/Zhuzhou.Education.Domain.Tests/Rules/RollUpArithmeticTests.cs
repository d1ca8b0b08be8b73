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
    public void Combine_OneTargetOverdue_IsOverdueUnlessComplete()
    {
        var overdue = RollUpFigure.Of(new TargetFigure(0m, 0m, 1m, 0m, 1m, default, EvaluationStatus.Overdue, 0));
        var onTrack = RollUpFigure.Of(new TargetFigure(9m, 9m, 10m, 0.9m, 0.5m, default, EvaluationStatus.OnTrack, 3));

        RollUpArithmetic.Combine([overdue, onTrack], [1m, 1m]).Status.Should().Be(EvaluationStatus.Overdue);
    }

    [Fact]
    public void Combine_WeightsOfAnotherLength_Throw()
    {
        var act = () => RollUpArithmetic.Combine([new RollUpFigure(null, null, default, null)], [1m, 2m]);

        act.Should().Throw<ArgumentException>().WithParameterName("weights");
    }
}

using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class CompositeEvaluationTests
{
    private static readonly Target A = AtLeast(100m) with { Weight = 3m };
    private static readonly Target B = new(TargetId.Create(8, 2), "讲座", Comparison.AtLeast(10m), MeasureWord.Sessions);
    private static readonly Commitment Both = new("培训100名心理咨询师,开展10场讲座", [A, B]);

    private static TargetEvaluation Eval(Target target, decimal amount, LocalDate? asOf = null)
        => Evaluator.Evaluate(target, amount == 0m ? Achievement.None : Achievement.FromAmount(amount, 1), asOf ?? June30, Year2017, null);

    private static CompositeEvaluation Run(CompositeMode mode, decimal a, decimal b, LocalDate? asOf = null)
        => Evaluator.EvaluateComposite(CompletionRule.For(Both, mode), [Eval(A, a, asOf), Eval(B, b, asOf)], null);

    // A: x of 100 (weight 3); B: y of 10 (weight 1). As of 2017-06-30 behind means below 0.4459.
    [Theory]
    [InlineData(CompositeMode.AllOf, 20, 10, 0.2, EvaluationStatus.Behind)] // min(0.2, 1); A is behind
    [InlineData(CompositeMode.AllOf, 60, 5, 0.5, EvaluationStatus.OnTrack)] // min(0.6, 0.5)
    [InlineData(CompositeMode.AllOf, 100, 11, 1, EvaluationStatus.Achieved)] // A achieved, B exceeded
    [InlineData(CompositeMode.AllOf, 120, 11, 1, EvaluationStatus.Exceeded)]
    [InlineData(CompositeMode.AllOf, 0, 0, 0, EvaluationStatus.NotStarted)]
    [InlineData(CompositeMode.AnyOf, 20, 10, 1, EvaluationStatus.Achieved)] // B complete
    [InlineData(CompositeMode.AnyOf, 20, 3, 0.3, EvaluationStatus.Behind)] // both below 0.4459
    [InlineData(CompositeMode.AnyOf, 20, 5, 0.5, EvaluationStatus.OnTrack)] // B on track
    [InlineData(CompositeMode.Weighted, 20, 10, 0.4, EvaluationStatus.Behind)] // (3 × 0.2 + 1) / 4
    [InlineData(CompositeMode.Weighted, 40, 10, 0.55, EvaluationStatus.OnTrack)] // (3 × 0.4 + 1) / 4
    public void EvaluateComposite_HandComputed(CompositeMode mode, int a, int b, double completion, EvaluationStatus status)
    {
        var result = Run(mode, a, b);

        result.Completion.Should().Be((decimal)completion);
        result.Status.Should().Be(status);
        result.Parts.Select(p => p.Target.Id).Should().Equal(A.Id, B.Id);
    }

    [Fact]
    public void EvaluateComposite_AllOfPartOverdue_IsOverdue()
        => Run(CompositeMode.AllOf, 50, 10, new LocalDate(2018, 1, 1)).Status.Should().Be(EvaluationStatus.Overdue);

    [Fact]
    public void EvaluateComposite_AnyOfOnePartOverdueOtherComplete_IsAchieved()
        => Run(CompositeMode.AnyOf, 50, 10, new LocalDate(2018, 1, 1)).Status.Should().Be(EvaluationStatus.Achieved);

    [Fact]
    public void EvaluateComposite_ExpectedProgress_IsWeightedMean()
        => Run(CompositeMode.AllOf, 50, 5).ExpectedProgress.Should().Be(ExpectedJune30);

    [Fact]
    public void EvaluateComposite_MissingPart_ThrowsNamingIt()
    {
        var act = () => Evaluator.EvaluateComposite(CompletionRule.For(Both, CompositeMode.AllOf), [Eval(A, 1m)], null);

        act.Should().Throw<ArgumentException>().WithParameterName("evaluations").WithMessage("*8.2*no evaluation*");
    }

    [Fact]
    public void EvaluateComposite_StrangerPart_Throws()
    {
        var act = () => Evaluator.EvaluateComposite(CompletionRule.For(Both, CompositeMode.AllOf), [Eval(A, 1m), Eval(B, 1m), Eval(Places(), 1m)], null);

        act.Should().Throw<ArgumentException>().WithMessage("*14.1*not a part*");
    }

    [Fact]
    public void EvaluateComposite_AllOfAtMostWeightedAtMostAnyOf()
        => Gen.Select(Gen.Int[0, 150], Gen.Int[0, 15], Gen.Int[0, 400]).Sample((a, b, day) =>
        {
            var asOf = Year2017.Start.PlusDays(day);
            var (all, weighted, any) = (Run(CompositeMode.AllOf, a, b, asOf), Run(CompositeMode.Weighted, a, b, asOf), Run(CompositeMode.AnyOf, a, b, asOf));
            return all.Completion <= weighted.Completion && weighted.Completion <= any.Completion
                && all.Completion >= 0m && any.Completion <= 1m
                && (all.Status is EvaluationStatus.Achieved or EvaluationStatus.Exceeded) == (all.Completion == 1m);
        });
}

using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// The evaluation of one target (指标) as of a date: completion (完成率), the amount achieved, expected progress
/// (序时进度), status, and what it was computed from.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="Evaluator"/> and the aggregation engine; its figures come from <see cref="TargetArithmetic.Figure"/>. <see cref="Explain"/> gives the structured explanation and
/// <see cref="ExplanationText"/> formats it in Chinese or English; both are computed on demand, so evaluating
/// stays cheap.</para>
/// <para>Immutable and thread-safe. Equality is by reference.</para>
/// </remarks>
public sealed class TargetEvaluation
{
    internal TargetEvaluation(Target target, LocalDate asOf, DateInterval period, Achievement achievement, TargetFigure figure, decimal tolerance)
    {
        Target = target;
        AsOf = asOf;
        Period = period;
        Achievement = achievement;
        Figure = figure;
        Tolerance = tolerance;
    }

    /// <summary>The target evaluated.</summary>
    public Target Target { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The plan period the evaluation used for its schedule and due date.</summary>
    public DateInterval Period { get; }

    /// <summary>What the reports added up to (layer 1), with the reports that counted when known.</summary>
    public Achievement Achievement { get; }

    /// <summary>The figures: value, achieved and required amounts, completion, expected progress, due date, status and the reports that count.</summary>
    public TargetFigure Figure { get; }

    /// <summary>
    /// The measured value in the target's unit: the achievement's amount, or for a share its ratio (× 100 for a
    /// percentage target, whose values are written as 90 for 90%). 0 when no report counts.
    /// </summary>
    public decimal Value => Figure.Value;

    /// <summary>
    /// The raw achieved amount in the rule's terms: the value, or its growth since the baseline (negative when it
    /// fell); an at-most target's current value. 0 when no report counts.
    /// </summary>
    public decimal Achieved => Figure.Achieved;

    /// <summary>The amount that counts as complete (<see cref="Quantities.Comparison.Required"/>).</summary>
    public decimal Required => Figure.Required;

    /// <summary>The completion (完成率), from 0 to 1.</summary>
    public decimal Completion => Figure.Completion;

    /// <summary>The expected progress (序时进度) at <see cref="AsOf"/>, from 0 to 1.</summary>
    public decimal ExpectedProgress => Figure.ExpectedProgress;

    /// <summary>The date the target is due: its deadline, or the end of the plan period.</summary>
    public LocalDate DueDate => Figure.DueDate;

    /// <summary>The tolerance used to tell <see cref="EvaluationStatus.Behind"/> from on track.</summary>
    public decimal Tolerance { get; }

    /// <summary>The status.</summary>
    public EvaluationStatus Status => Figure.Status;

    /// <summary>Whether the status is <see cref="EvaluationStatus.Achieved"/> or <see cref="EvaluationStatus.Exceeded"/>.</summary>
    public bool IsComplete => Figure.IsComplete;

    /// <summary>The rule applied (<see cref="CompletionRule.For(Target)"/>).</summary>
    public MeasureRule Rule => CompletionRule.For(Target);

    /// <summary>The structured explanation: the rule, the reports used and each step of the arithmetic.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => Explanation.Of(this);

    /// <summary>"8.1 0.4 OnTrack (expected 0.4959)".</summary>
    /// <returns>A short invariant form.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Target.Id} {Completion:0.####} {Status} (expected {ExpectedProgress:0.####})");
}

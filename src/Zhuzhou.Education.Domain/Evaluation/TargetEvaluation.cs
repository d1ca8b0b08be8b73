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
    internal TargetEvaluation(Target target, LocalDate asOf, DateInterval period, Achievement achievement, TargetFigure figure, EvaluationSettings settings)
    {
        Basis = settings.ProgressBasis;
        var tolerance = settings.Tolerance;
        Target = target;
        AsOf = asOf;
        Period = period;
        Achievement = achievement;
        Figure = figure;
        Tolerance = tolerance;
    }

    /// <summary>
    /// The target evaluated, as it applies to the org unit (for a county with an allocation, its part of the
    /// required amount); the plan's own when the unit owes it whole or owes nothing of it.
    /// </summary>
    public Target Target { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The plan period the evaluation used for its schedule and due date.</summary>
    public DateInterval Period { get; }

    /// <summary>What the reports added up to (layer 1), with the reports that counted when known.</summary>
    public Achievement Achievement { get; }

    /// <summary>The figures: value, achieved and required amounts, completion, expected progress, due date, status and the reports that count.</summary>
    public TargetFigure Figure { get; }

    /// <inheritdoc cref="TargetFigure.Value"/>
    public decimal Value => Figure.Value;

    /// <inheritdoc cref="TargetFigure.Achieved"/>
    public decimal Achieved => Figure.Achieved;

    /// <inheritdoc cref="TargetFigure.Required"/>
    public decimal Required => Figure.Required;

    /// <inheritdoc cref="TargetFigure.Completion"/>
    public decimal Completion => Figure.Completion;

    /// <inheritdoc cref="TargetFigure.ExpectedProgress"/>
    public decimal ExpectedProgress => Figure.ExpectedProgress;

    /// <inheritdoc cref="TargetFigure.DueDate"/>
    public LocalDate DueDate => Figure.DueDate;

    /// <summary>The tolerance used to tell <see cref="EvaluationStatus.Behind"/> from on track.</summary>
    public decimal Tolerance { get; }

    /// <inheritdoc cref="TargetFigure.Status"/>
    public EvaluationStatus Status => Figure.Status;

    /// <summary>Whether the status is <see cref="EvaluationStatus.Achieved"/> or <see cref="EvaluationStatus.Exceeded"/>.</summary>
    public bool IsComplete => Figure.IsComplete;

    /// <summary>Whether the org unit owes the target (or its part of it): every status but <see cref="EvaluationStatus.NotAssigned"/>.</summary>
    public bool IsAssigned => Figure.Status != EvaluationStatus.NotAssigned;

    /// <inheritdoc cref="TargetFigure.Contribution"/>
    public decimal? Contribution => Figure.Contribution;

    /// <summary>What expected progress counted (days or whole months).</summary>
    internal ProgressBasis Basis { get; }

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

using System.Globalization;
using NodaTime;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// A target's (指标) figures for one org unit as of a date, from <see cref="TargetArithmetic.Figure"/>: the measured
/// value, the achieved amount, the required amount, completion (完成率), expected progress (序时进度), due date,
/// status and how many reports count.
/// </summary>
/// <remarks>Every number is an exact <see cref="decimal"/>. Equality compares every figure. Immutable and thread-safe.</remarks>
public readonly record struct TargetFigure
{
    internal TargetFigure(decimal value, decimal achieved, decimal required, decimal completion, decimal expectedProgress, LocalDate dueDate, EvaluationStatus status, int reportCount, decimal? contribution = null)
    {
        Contribution = contribution;
        Value = value;
        Achieved = achieved;
        Required = required;
        Completion = completion;
        ExpectedProgress = expectedProgress;
        DueDate = dueDate;
        Status = status;
        ReportCount = reportCount;
    }

    /// <summary>
    /// The measured value in the target's unit: what the reports that count add up to, or for a share its ratio
    /// (× 100 for a percentage target, whose values are written as 94 for 94%). 0 when no report counts.
    /// </summary>
    public decimal Value { get; }

    /// <summary>
    /// The achieved amount in the rule's terms: the value, or its growth since the baseline (negative when it
    /// fell); an at-most target's current value. 0 when no report counts.
    /// </summary>
    public decimal Achieved { get; }

    /// <summary>
    /// The amount that counts as complete (<see cref="Quantities.Comparison.Required"/> of the target as it applies to
    /// the org unit); 0 when the unit owes nothing of it.
    /// </summary>
    public decimal Required { get; }

    /// <summary>The completion (完成率), from 0 to 1; 0 when the unit owes nothing of the target (it is not measured).</summary>
    public decimal Completion { get; }

    /// <summary>The expected progress (序时进度), from 0 to 1.</summary>
    public decimal ExpectedProgress { get; }

    /// <summary>The date the target is due: its deadline, or the end of the plan period.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The status.</summary>
    public EvaluationStatus Status { get; }

    /// <summary>How many reports count (for a level, one per org unit that reported).</summary>
    public int ReportCount { get; }

    /// <summary>
    /// For an org unit that owes nothing of a count (<see cref="EvaluationStatus.NotAssigned"/>): its part of the
    /// whole's value — its value ÷ the root's — when the whole has any; null otherwise.
    /// </summary>
    public decimal? Contribution { get; }

    /// <summary>Whether the status is <see cref="EvaluationStatus.Achieved"/> or <see cref="EvaluationStatus.Exceeded"/>.</summary>
    public bool IsComplete => Status is EvaluationStatus.Achieved or EvaluationStatus.Exceeded;

    /// <summary>"0.58 OnTrack (expected 0.4959, 6 reports)", or "NotAssigned (value 40, 0.069 of the whole, 6 reports)".</summary>
    /// <returns>A short invariant form.</returns>
    public override string ToString() => Status == EvaluationStatus.NotAssigned
        ? string.Create(CultureInfo.InvariantCulture, $"{Status} (value {Value:0.####}{(Contribution is { } c ? $", {c:0.####} of the whole" : string.Empty)}, {ReportCount} reports)")
        : string.Create(CultureInfo.InvariantCulture, $"{Completion:0.####} {Status} (expected {ExpectedProgress:0.####}, {ReportCount} reports)");
}

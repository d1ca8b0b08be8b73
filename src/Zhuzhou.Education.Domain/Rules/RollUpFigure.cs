using System.Globalization;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// The figures of an item (要点), a section or a plan (工作要点) for one org unit as of a date, from
/// <see cref="RollUpArithmetic.Combine"/>: completion (完成率) and expected progress (序时进度) as weighted means of
/// its measurable parts, its targets counted per status (with the count-based rate supervisors publish), and its
/// status.
/// </summary>
/// <remarks>Completion, expected progress and status are null when nothing beneath is measurable (or owed). The status
/// is <see cref="EvaluationStatus.Achieved"/>, <see cref="EvaluationStatus.Behind"/> or
/// <see cref="EvaluationStatus.OnTrack"/> — never overdue: the targets' own statuses are counted in
/// <see cref="Counts"/>. Immutable and thread-safe.</remarks>
public readonly record struct RollUpFigure
{
    internal RollUpFigure(decimal? completion, decimal? expectedProgress, StatusCounts counts, EvaluationStatus? status)
    {
        Completion = completion;
        ExpectedProgress = expectedProgress;
        Counts = counts;
        Status = status;
    }

    /// <summary>The weighted mean of the measurable parts' completions (完成率); null when none is measurable.</summary>
    public decimal? Completion { get; }

    /// <summary>The weighted mean of the same parts' expected progress (序时进度); null when none is measurable.</summary>
    public decimal? ExpectedProgress { get; }

    /// <summary>The targets beneath, counted per status.</summary>
    public StatusCounts Counts { get; }

    /// <summary>The status; null when nothing beneath is measurable.</summary>
    public EvaluationStatus? Status { get; }

    /// <summary>Whether anything beneath is measurable (and so there is a completion).</summary>
    public bool IsMeasurable => Completion.HasValue;

    /// <summary>
    /// A target's figures as one part of a roll-up: its completion, expected progress and status (counted once). A
    /// target the org unit owes nothing of (<see cref="EvaluationStatus.NotAssigned"/>) is counted but has no
    /// completion, so it is left out of the means.
    /// </summary>
    /// <param name="figure">The target's figures.</param>
    /// <returns>The part.</returns>
    public static RollUpFigure Of(TargetFigure figure)
        => figure.Status == EvaluationStatus.NotAssigned
            ? new(null, null, StatusCounts.One(figure.Status), figure.Status)
            : new(figure.Completion, figure.ExpectedProgress, StatusCounts.One(figure.Status), figure.Status);

    /// <summary>"0.5 OnTrack (expected 0.4959; 3/10 complete …)", or "not measurable".</summary>
    /// <returns>A short invariant form.</returns>
    public override string ToString()
        => Completion is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"{c:0.####} {Status} (expected {ExpectedProgress:0.####}; {Counts})")
            : "not measurable";
}

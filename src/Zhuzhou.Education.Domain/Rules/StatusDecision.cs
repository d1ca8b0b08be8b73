using NodaTime;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// Every status decision, side by side: a target's, a roll-up's (item, section, plan) and a composite's. The
/// arithmetic (<see cref="TargetArithmetic"/>, <see cref="RollUpArithmetic"/>) calls these and nothing else decides
/// a status.
/// </summary>
internal static class StatusDecision
{
    /// <summary>
    /// A target's status for an org unit, in this order: not assigned when the unit owes nothing of it; achieved
    /// (exceeded when past the upper bound) at completion 1; otherwise overdue after the due date; otherwise not
    /// started when no report counts; otherwise behind when completion is below expected progress minus the
    /// tolerance, else on track.
    /// </summary>
    internal static EvaluationStatus ForTarget(bool owed, decimal completion, bool exceeded, LocalDate asOf, LocalDate dueDate, bool hasReports, decimal expected, decimal tolerance)
    {
        if (!owed)
        {
            return EvaluationStatus.NotAssigned;
        }

        if (completion == 1m)
        {
            return exceeded && hasReports ? EvaluationStatus.Exceeded : EvaluationStatus.Achieved;
        }

        if (asOf > dueDate)
        {
            return EvaluationStatus.Overdue;
        }

        if (!hasReports)
        {
            return EvaluationStatus.NotStarted;
        }

        return completion < expected - tolerance ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
    }

    /// <summary>
    /// An item's, section's or plan's status, from its own completion against its own expected progress: achieved at
    /// completion 1, behind below expected progress minus the tolerance, else on track — never overdue (one overdue
    /// target is a count beside it, not an overdue plan). None without a completion.
    /// </summary>
    internal static EvaluationStatus? ForRollUp(decimal? completion, decimal? expected, decimal tolerance)
    {
        if (completion is not { } c || expected is not { } e)
        {
            return null;
        }

        if (c == 1m)
        {
            return EvaluationStatus.Achieved;
        }

        return c < e - tolerance ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
    }

    /// <summary>
    /// A commitment's status under a <see cref="CompositeRule"/>, from the figures of the parts the unit owes (none
    /// owed: not assigned). All of and weighted:
    /// achieved when every part is complete (exceeded when every part is exceeded); otherwise overdue when a part
    /// is; otherwise not started when no part has started; otherwise behind when (all of) an incomplete part is
    /// behind its own expected progress, or (weighted) the composite completion is behind the composite expected
    /// progress; otherwise on track. Any of: achieved when a part is complete (exceeded when every complete part
    /// is); otherwise overdue when every part is; otherwise not started when no part has started; otherwise behind
    /// when every part is; otherwise on track.
    /// </summary>
    internal static EvaluationStatus ForComposite(CompositeMode mode, IReadOnlyList<TargetFigure> parts, decimal completion, decimal expected, decimal tolerance)
    {
        if (parts.Count == 0)
        {
            return EvaluationStatus.NotAssigned;
        }

        bool IsBehind(TargetFigure f) => !f.IsComplete && f.Completion < f.ExpectedProgress - tolerance;

        if (mode == CompositeMode.AnyOf)
        {
            var complete = parts.Where(p => p.IsComplete).ToList();
            if (complete.Count > 0)
            {
                return complete.All(p => p.Status == EvaluationStatus.Exceeded) ? EvaluationStatus.Exceeded : EvaluationStatus.Achieved;
            }

            if (parts.All(p => p.Status == EvaluationStatus.Overdue))
            {
                return EvaluationStatus.Overdue;
            }

            if (parts.All(p => p.Status == EvaluationStatus.NotStarted))
            {
                return EvaluationStatus.NotStarted;
            }

            return parts.All(IsBehind) ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
        }

        if (parts.All(p => p.IsComplete))
        {
            return parts.All(p => p.Status == EvaluationStatus.Exceeded) ? EvaluationStatus.Exceeded : EvaluationStatus.Achieved;
        }

        if (parts.Any(p => p.Status == EvaluationStatus.Overdue))
        {
            return EvaluationStatus.Overdue;
        }

        if (parts.All(p => p.Status == EvaluationStatus.NotStarted))
        {
            return EvaluationStatus.NotStarted;
        }

        var behind = mode == CompositeMode.AllOf ? parts.Any(IsBehind) : completion < expected - tolerance;
        return behind ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
    }
}

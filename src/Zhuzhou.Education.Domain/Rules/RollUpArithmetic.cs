using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// The arithmetic of roll-up (汇总): an item's figures from its targets', a section's from its items', a plan's from
/// its sections' — the same function at every level, for the evaluator, the aggregation engine's as-of results and
/// its series alike.
/// </summary>
/// <remarks>
/// <para>Completion is the weighted mean of the parts that have one (parts without, such as an item without targets,
/// are left out, and so are targets the org unit owes nothing of); expected progress (序时进度) the same weighted mean
/// of the same parts' expected progress; the targets beneath are counted per status; and the status comes from the
/// whole's own completion against its own expected progress: achieved at completion 1, behind below expected
/// progress minus the tolerance, else on track — never overdue: one overdue target is a count beside it. Every mean
/// is clamped to [0, 1], as every completion is.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class RollUpArithmetic
{
    /// <summary>Combines parts (targets, items or sections) with their weights into the figures of the whole.</summary>
    /// <param name="parts">The parts' figures (a target's through <see cref="RollUpFigure.Of"/>).</param>
    /// <param name="weights">The parts' weights, each positive, as many as <paramref name="parts"/>.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The whole's figures.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a weight is not positive, or the settings are invalid.</exception>
    public static RollUpFigure Combine(ReadOnlySpan<RollUpFigure> parts, ReadOnlySpan<decimal> weights, EvaluationSettings? settings = null)
    {
        Preconditions.CheckArgument(parts.Length == weights.Length, nameof(weights), "There must be as many weights as parts.");
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        decimal sum = 0m, expectedSum = 0m, total = 0m;
        var counts = default(StatusCounts);
        for (var i = 0; i < parts.Length; i++)
        {
            CheckWeight(weights, i);
            counts += parts[i].Counts;
            if (parts[i].Completion is { } c)
            {
                sum += weights[i] * c;
                expectedSum += weights[i] * (parts[i].ExpectedProgress ?? 0m);
                total += weights[i];
            }
        }

        decimal? completion = total == 0m ? null : Math.Clamp(sum / total, 0m, 1m);
        decimal? expected = total == 0m ? null : Math.Clamp(expectedSum / total, 0m, 1m);
        return new RollUpFigure(completion, expected, counts, StatusDecision.ForRollUp(completion, expected, settings.Tolerance));
    }

    /// <summary>The weighted mean of completions, clamped to [0, 1]: the arithmetic of every roll-up level.</summary>
    /// <param name="completions">The completions, each from 0 to 1.</param>
    /// <param name="weights">The weights, each positive, as many as <paramref name="completions"/>.</param>
    /// <returns>The weighted mean, or null when there is nothing to average.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a completion is outside [0, 1], or a weight is not positive.</exception>
    public static decimal? WeightedMean(ReadOnlySpan<decimal> completions, ReadOnlySpan<decimal> weights)
    {
        Preconditions.CheckArgument(completions.Length == weights.Length, nameof(weights), "There must be as many weights as completions.");
        if (completions.IsEmpty)
        {
            return null;
        }

        decimal sum = 0m, total = 0m;
        for (var i = 0; i < completions.Length; i++)
        {
            if (completions[i] is < 0m or > 1m)
            {
                throw new ArgumentException($"Completion {i} is {completions[i]}, outside [0, 1].", nameof(completions));
            }

            CheckWeight(weights, i);
            sum += weights[i] * completions[i];
            total += weights[i];
        }

        return Math.Clamp(sum / total, 0m, 1m);
    }

    /// <summary>
    /// A commitment's (举措) figures under a <see cref="CompositeRule"/>: all of → the least part's completion, any
    /// of → the greatest, weighted → the weighted mean (part weights); expected progress is the weighted mean of the
    /// parts' in every mode.
    /// </summary>
    internal static (decimal Completion, decimal ExpectedProgress, EvaluationStatus Status) Composite(CompositeRule rule, IReadOnlyList<TargetFigure> parts, decimal tolerance)
    {
        decimal weighted = 0m, expected = 0m, total = 0m, least = 1m, greatest = 0m;
        var owed = new List<TargetFigure>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Status == EvaluationStatus.NotAssigned)
            {
                continue;
            }

            owed.Add(parts[i]);
            var weight = rule.Parts[i].Weight;
            weighted += weight * parts[i].Completion;
            expected += weight * parts[i].ExpectedProgress;
            total += weight;
            least = Math.Min(least, parts[i].Completion);
            greatest = Math.Max(greatest, parts[i].Completion);
        }

        if (total == 0m)
        {
            return (0m, 0m, StatusDecision.ForComposite(rule.Mode, owed, 0m, 0m, tolerance));
        }

        var completion = rule.Mode switch
        {
            CompositeMode.AllOf => least,
            CompositeMode.AnyOf => greatest,
            _ => Math.Clamp(weighted / total, 0m, 1m),
        };
        var expectedProgress = Math.Clamp(expected / total, 0m, 1m);
        return (completion, expectedProgress, StatusDecision.ForComposite(rule.Mode, owed, completion, expectedProgress, tolerance));
    }

    private static void CheckWeight(ReadOnlySpan<decimal> weights, int i)
    {
        if (weights[i] <= 0m)
        {
            throw new ArgumentException($"Weight {i} is {weights[i]}; weights must be positive.", nameof(weights));
        }
    }
}

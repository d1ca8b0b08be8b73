using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// Roll-up (汇总) of target evaluations into items, sections and the plan (layer 3): a pure function over
/// evaluations, reused by the aggregation engine.
/// </summary>
/// <remarks>
/// <para>Item completion is the weighted mean of its targets' completions (target weights, 1 by default);
/// section completion the weighted mean of its measurable items (item weights); plan completion the weighted
/// mean of its measurable sections (section weights). An item without targets is reported with no completion
/// and left out of the means; so is a section without measurable items. Expected progress (序时进度) rolls up
/// the same way. Every mean is clamped to [0, 1], as every completion is.</para>
/// <para>Besides the means, each level counts its targets per status and gives the count-based rate
/// (targets achieved or exceeded / targets) that supervisors publish.</para>
/// <para>The status of an item, section or plan follows the targets' order: achieved when its completion is 1;
/// otherwise overdue when any of its targets is overdue; otherwise not started when none of its targets has
/// started; otherwise behind or on track against its expected progress and the tolerance.</para>
/// </remarks>
public static class RollUp
{
    /// <summary>Rolls up an item's target evaluations.</summary>
    /// <param name="item">The item.</param>
    /// <param name="evaluations">One evaluation for each of the item's targets, in any order.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The item's roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is missing, repeated, null, or for a target the item does not have.</exception>
    public static ItemRollUp OfItem(Item item, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var byId = Index(evaluations, id => item.Targets.Any(t => t.Id == id), $"item {item.Number}");
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        return Item(item, byId, settings.Tolerance, nameof(evaluations));
    }

    /// <summary>Rolls up every target evaluation of a plan into items, sections and the plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="evaluations">One evaluation for each of the plan's targets, in any order.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The plan's roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is missing, repeated, null, or for a target the plan does not have.</exception>
    public static PlanRollUp Of(Plan plan, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byId = Index(evaluations, id => plan.FindTarget(id) is not null, $"plan '{plan.Title}'");
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        var tolerance = settings.Tolerance;

        var sections = ImmutableArray.CreateBuilder<SectionRollUp>(plan.Sections.Length);
        foreach (var section in plan.Sections)
        {
            var items = ImmutableArray.CreateBuilder<ItemRollUp>(section.Items.Length);
            foreach (var item in section.Items)
            {
                items.Add(Item(item, byId, tolerance, nameof(evaluations)));
            }

            var itemRollUps = items.MoveToImmutable();
            var (completion, expected) = Mean(itemRollUps, static i => i.Completion, static i => i.ExpectedProgress, static i => i.Item.Weight);
            var counts = StatusCounts.Sum(itemRollUps.Select(i => i.Counts));
            sections.Add(new SectionRollUp(section, itemRollUps, completion, expected, counts, StatusOf(completion, expected, counts, tolerance)));
        }

        var sectionRollUps = sections.MoveToImmutable();
        var (planCompletion, planExpected) = Mean(sectionRollUps, static s => s.Completion, static s => s.ExpectedProgress, static s => s.Section.Weight);
        var planCounts = StatusCounts.Sum(sectionRollUps.Select(s => s.Counts));
        return new PlanRollUp(plan, sectionRollUps, planCompletion, planExpected, planCounts, StatusOf(planCompletion, planExpected, planCounts, tolerance));
    }

    /// <summary>The weighted mean of completions, clamped to [0, 1]: the arithmetic of every roll-up level.</summary>
    /// <param name="completions">The completions, each from 0 to 1.</param>
    /// <param name="weights">The weights, each positive, as many as <paramref name="completions"/>.</param>
    /// <returns>The weighted mean, or null when there is nothing to average.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, a completion is outside [0, 1], or a weight is not positive.</exception>
    public static decimal? WeightedMean(ReadOnlySpan<decimal> completions, ReadOnlySpan<decimal> weights)
    {
        if (completions.Length != weights.Length)
        {
            throw new ArgumentException("There must be as many weights as completions.", nameof(weights));
        }

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

            if (weights[i] <= 0m)
            {
                throw new ArgumentException($"Weight {i} is {weights[i]}; weights must be positive.", nameof(weights));
            }

            sum += weights[i] * completions[i];
            total += weights[i];
        }

        return Math.Clamp(sum / total, 0m, 1m);
    }

    private static Dictionary<TargetId, TargetEvaluation> Index(IEnumerable<TargetEvaluation> evaluations, Func<TargetId, bool> known, string owner)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var byId = new Dictionary<TargetId, TargetEvaluation>();
        foreach (var evaluation in evaluations)
        {
            if (evaluation is null)
            {
                throw new ArgumentException("An evaluation must not be null.", nameof(evaluations));
            }

            var id = evaluation.Target.Id;
            if (!known(id))
            {
                throw new ArgumentException($"The evaluation of target {id} is for a target that {owner} does not have.", nameof(evaluations));
            }

            if (!byId.TryAdd(id, evaluation))
            {
                throw new ArgumentException($"Target {id} is evaluated more than once.", nameof(evaluations));
            }
        }

        return byId;
    }

    private static ItemRollUp Item(Item item, Dictionary<TargetId, TargetEvaluation> byId, decimal tolerance, string paramName)
    {
        var targets = ImmutableArray.CreateBuilder<TargetEvaluation>(item.Targets.Length);
        foreach (var target in item.Targets)
        {
            if (!byId.TryGetValue(target.Id, out var evaluation))
            {
                throw new ArgumentException($"Target {target.Id} of item {item.Number} has no evaluation.", paramName);
            }

            targets.Add(evaluation);
        }

        var evaluations = targets.MoveToImmutable();
        var (completion, expected) = Mean(evaluations, static e => e.Completion, static e => e.ExpectedProgress, static e => e.Target.Weight);
        var counts = StatusCounts.Of(evaluations.Select(e => e.Status));
        return new ItemRollUp(item, evaluations, completion, expected, counts, StatusOf(completion, expected, counts, tolerance));
    }

    private static (decimal? Completion, decimal? Expected) Mean<T>(
        ImmutableArray<T> parts, Func<T, decimal?> completion, Func<T, decimal?> expected, Func<T, decimal> weight)
    {
        decimal sum = 0m, expectedSum = 0m, total = 0m;
        foreach (var part in parts)
        {
            if (completion(part) is { } c)
            {
                var w = weight(part);
                sum += w * c;
                expectedSum += w * (expected(part) ?? 0m);
                total += w;
            }
        }

        return total == 0m ? (null, null) : (Math.Clamp(sum / total, 0m, 1m), Math.Clamp(expectedSum / total, 0m, 1m));
    }

    private static EvaluationStatus? StatusOf(decimal? completion, decimal? expected, StatusCounts counts, decimal tolerance)
    {
        if (completion is not { } c || expected is not { } e)
        {
            return null;
        }

        if (c == 1m)
        {
            return counts.Exceeded == counts.Total ? EvaluationStatus.Exceeded : EvaluationStatus.Achieved;
        }

        if (counts.Overdue > 0)
        {
            return EvaluationStatus.Overdue;
        }

        if (counts.NotStarted == counts.Total)
        {
            return EvaluationStatus.NotStarted;
        }

        return c < e - tolerance ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
    }
}

using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The seam between the engine's aggregated numbers and the completion rules: the engine computes what each
/// (target, org unit) achieved, and this class hands it to <see cref="Completion"/> and rolls completions up
/// the plan. No clamping or averaging rule is written anywhere else in the engine.
/// </summary>
internal sealed class EngineArithmetic
{
    private readonly StoreLayout layout;
    private readonly Comparison[] comparisons;
    private readonly double[] baselines;
    private readonly bool[] growth;
    private readonly double[] targetWeights;
    private readonly int[][] itemTargets;
    private readonly double[] itemWeights;
    private readonly int[][] sectionItems;
    private readonly double[] sectionWeights;

    internal EngineArithmetic(StoreLayout layout)
    {
        this.layout = layout;
        var targets = layout.Targets;
        comparisons = [.. targets.Select(t => t.Comparison)];

        // Boundary: the plan's exact decimal amounts become doubles here, once, for the hot path.
        baselines = [.. targets.Select(t => t.Baseline is { } b ? (double)b : double.NaN)];
        growth = [.. targets.Select(t => t.Baseline is not null && t.Comparison.Kind != ComparisonKind.AtMost)];
        targetWeights = [.. targets.Select(t => (double)t.Weight)];

        var plan = layout.Plan;
        Items = [.. plan.Items];
        ItemNumbers = [.. Items.Select(i => i.Number)];
        itemTargets = [.. Items.Select(i => i.Targets.Select(t => layout.TargetIndex[t.Id]).ToArray())];
        itemWeights = [.. Items.Select(i => (double)i.Weight)];
        SectionNumbers = [.. plan.Sections.Select(s => s.Number)];
        var itemIndex = Enumerable.Range(0, Items.Length).ToDictionary(i => Items[i].Number);
        sectionItems = [.. plan.Sections.Select(s => s.Items.Where(i => !i.Targets.IsEmpty).Select(i => itemIndex[i.Number]).ToArray())];
        sectionWeights = [.. plan.Sections.Select(s => (double)s.Weight)];
    }

    internal Item[] Items { get; }

    internal int[] ItemNumbers { get; }

    internal int[] SectionNumbers { get; }

    /// <summary>Each unit's share of a target's city-wide required amount (1 for targets that are not divided).</summary>
    internal double[] Shares(int target, TargetAllocations allocations)
    {
        if (!layout.Scales[target])
        {
            var ones = new double[layout.UnitCount];
            Array.Fill(ones, 1d);
            return ones;
        }

        var id = layout.Targets[target].Id;
        if (allocations.Count == 0 || !allocations.Amounts.Keys.Any(k => k.Target == id))
        {
            return layout.DefaultShare;
        }

        var required = (double)layout.Targets[target].Comparison.Required;
        var shares = new double[layout.UnitCount];
        foreach (var u in layout.BottomUp.Reverse())
        {
            var parent = layout.Parent[u];
            if (allocations.Find(id, layout.Units[u].Code) is { } amount)
            {
                shares[u] = required == 0 ? 1d : (double)amount / required;
            }
            else
            {
                shares[u] = parent < 0 ? 1d : shares[parent] * layout.LeafCount[u] / layout.LeafCount[parent];
            }
        }

        return shares;
    }

    /// <summary>What a unit achieved, in the terms <see cref="Completion"/> expects (a share's ratio, or a count).</summary>
    internal double Achieved(int target, double numerator, double denominator)
        => layout.IsRatio[target] ? (denominator > 0 ? numerator / denominator : 0d) : numerator;

    /// <summary>
    /// The completion of a unit that achieved <paramref name="achieved"/> and must reach <paramref name="share"/>
    /// of the target's required amount: the amount is scaled to the city-wide terms, then the one rule applies.
    /// </summary>
    internal double Completion(int target, double achieved, double share)
    {
        var comparison = comparisons[target];
        if (share != 1d)
        {
            if (share == 0d)
            {
                // Nothing is required of the unit: complete at once (an at-most target: while at zero).
                return comparison.Kind == ComparisonKind.AtMost && achieved > 0 ? 0d : 1d;
            }

            achieved /= share;
        }

        return growth[target]
            ? Rules.Completion.Of(comparison, double.NaN, Math.Max(0d, achieved - baselines[target]))
            : Rules.Completion.Of(comparison, baselines[target], achieved);
    }

    /// <summary>The required amount of a target for a unit with the given share.</summary>
    internal double Required(int target, double share) => (double)comparisons[target].Required * share;

    /// <summary>Item completion: the weighted mean of its targets' completions.</summary>
    internal double Item(int item, Func<int, double> completionOfTarget)
    {
        double sum = 0, weights = 0;
        foreach (var t in itemTargets[item])
        {
            sum += targetWeights[t] * completionOfTarget(t);
            weights += targetWeights[t];
        }

        return weights > 0 ? sum / weights : 0d;
    }

    /// <summary>Section completion: the weighted mean of its measurable items.</summary>
    internal double Section(int section, Func<int, double> completionOfTarget)
    {
        double sum = 0, weights = 0;
        foreach (var i in sectionItems[section])
        {
            sum += itemWeights[i] * Item(i, completionOfTarget);
            weights += itemWeights[i];
        }

        return weights > 0 ? sum / weights : 0d;
    }

    /// <summary>Plan completion: the weighted mean of its sections that have measurable items.</summary>
    internal double Plan(Func<int, double> completionOfTarget)
    {
        double sum = 0, weights = 0;
        for (var s = 0; s < sectionItems.Length; s++)
        {
            if (sectionItems[s].Length == 0)
            {
                continue;
            }

            sum += sectionWeights[s] * Section(s, completionOfTarget);
            weights += sectionWeights[s];
        }

        return weights > 0 ? sum / weights : 0d;
    }

    /// <summary>The count-based rate supervisors publish: targets complete over all targets.</summary>
    internal double AchievedRate(Func<int, double> completionOfTarget)
    {
        if (layout.TargetCount == 0)
        {
            return 0d;
        }

        var achieved = 0;
        for (var t = 0; t < layout.TargetCount; t++)
        {
            achieved += completionOfTarget(t) >= 1d ? 1 : 0;
        }

        return (double)achieved / layout.TargetCount;
    }
}

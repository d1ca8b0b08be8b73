using System.Collections.Concurrent;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The seam between the engine's aggregated numbers and the rules (one source of truth for the arithmetic):
/// the engine computes what each (target, org unit) achieved — time aggregation and sums up the tree, the fast
/// part — and hands it to the rules' layer 2 (<see cref="Evaluator.Evaluate(Target, Achievement, NodaTime.LocalDate, NodaTime.DateInterval, EvaluationSettings?)"/>,
/// or <see cref="MeasureRule"/> for the many points of a series) and layer 3 (<see cref="RollUp"/>).
/// The only arithmetic here is an org unit's share of a target.
/// </summary>
internal sealed class EngineArithmetic
{
    private readonly StoreLayout layout;
    private readonly ConcurrentDictionary<(int Target, double Share), Target> scaled = new();

    internal EngineArithmetic(StoreLayout layout)
    {
        this.layout = layout;
        ItemTargets = [.. layout.Plan.Items.Select(i => i.Targets.Select(t => layout.TargetIndex[t.Id]).ToArray())];
        ItemNumbers = [.. layout.Plan.Items.Select(i => i.Number)];
        SectionNumbers = [.. layout.Plan.Sections.Select(s => s.Number)];
        var itemIndex = Enumerable.Range(0, ItemNumbers.Length).ToDictionary(i => ItemNumbers[i]);
        SectionItems = [.. layout.Plan.Sections.Select(s => s.Items.Where(i => !i.Targets.IsEmpty).Select(i => itemIndex[i.Number]).ToArray())];
    }

    internal int[][] ItemTargets { get; }

    internal int[] ItemNumbers { get; }

    internal int[] SectionNumbers { get; }

    /// <summary>For each section, its items that have targets (measurable).</summary>
    internal int[][] SectionItems { get; }

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

        var required = layout.Targets[target].Comparison.Required;
        var shares = new double[layout.UnitCount];
        foreach (var u in layout.BottomUp.Reverse())
        {
            var parent = layout.Parent[u];
            if (allocations.Find(id, layout.Units[u].Code) is { } amount)
            {
                shares[u] = required == 0 ? 1d : (double)(amount / required);
            }
            else
            {
                shares[u] = parent < 0 ? 1d : shares[parent] * layout.LeafCount[u] / layout.LeafCount[parent];
            }
        }

        return shares;
    }

    /// <summary>
    /// The target as it applies to an org unit with a share of it: required amounts (and the baseline) scaled by
    /// the share, everything else as the plan says. The plan's own target when the share is 1.
    /// </summary>
    internal Target TargetFor(int target, double share)
    {
        var original = layout.Targets[target];
        if (share == 1d)
        {
            return original;
        }

        return scaled.GetOrAdd((target, share), static (key, t) => Scale(t, (decimal)key.Share), original);
    }

    /// <summary>What the engine aggregated, as the rules' layer 1 result (boundary: doubles become decimals here).</summary>
    internal Achievement AchievementOf(int target, double numerator, double denominator, int reports)
    {
        if (reports == 0)
        {
            return Achievement.None;
        }

        return layout.IsRatio[target]
            ? Achievement.FromDoubleRatio(numerator, denominator, reports)
            : Achievement.FromDoubleAmount(numerator, reports);
    }

    /// <summary>The completion of a (possibly scaled) target from an aggregated value, by its measure rule, as the evaluator does.</summary>
    internal decimal CompletionOf(Target target, int index, double numerator, double denominator, int reports)
    {
        var rule = CompletionRule.For(target);
        if (reports == 0)
        {
            return rule is AtMostRule ? 0m : rule.CompletionOf(0m);
        }

        decimal value;
        if (layout.IsRatio[index] && target.Comparison.Kind != ComparisonKind.Milestone)
        {
            var share = denominator > 0 ? (decimal)numerator / (decimal)denominator : 0m;
            value = target.Unit == MeasureWord.Percent ? share * 100m : share;
        }
        else
        {
            value = (decimal)numerator;
        }

        return rule.CompletionOf(rule.AchievedFrom(value));
    }

    private static Target Scale(Target t, decimal share)
    {
        var c = t.Comparison;
        var comparison = c.Kind switch
        {
            ComparisonKind.AtLeast => Comparison.AtLeast(c.Minimum!.Value * share),
            ComparisonKind.AtMost => Comparison.AtMost(c.Maximum!.Value * share),
            ComparisonKind.Between => Comparison.Between(c.Minimum!.Value * share, c.Maximum!.Value * share),
            ComparisonKind.Exactly => Comparison.Exactly(c.Minimum!.Value * share),
            _ => c,
        };
        return new Target(t.Id, t.Subject, comparison, t.Unit)
        {
            Text = t.Text,
            TimeAggregation = t.TimeAggregation,
            OrgUnitAggregation = t.OrgUnitAggregation,
            Direction = t.Direction,
            ReportingFrequency = t.ReportingFrequency,
            Baseline = t.Baseline * share,
            Deadline = t.Deadline,
            Weight = t.Weight,
            Schedule = t.Schedule,
            Stages = t.Stages,
        };
    }
}

using System.Collections.Concurrent;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The seam between the engine's aggregated numbers and the rules (one source of truth for the arithmetic):
/// the engine computes what each (target, org unit) achieved — time aggregation and sums up the tree, the fast
/// part, in doubles — and hands it over once as an <see cref="Achievement"/>; the figures, statuses and roll-ups
/// are the rules' (<see cref="TargetArithmetic"/>, <see cref="RollUpArithmetic"/>). The only arithmetic here is an
/// org unit's share of a target.
/// </summary>
internal sealed class EngineArithmetic
{
    private readonly StoreLayout layout;
    private readonly ConcurrentDictionary<(int Target, double Share), Target> scaled = new();

    internal EngineArithmetic(StoreLayout layout)
    {
        this.layout = layout;
        ItemNumbers = [.. layout.Plan.Items.Select(i => i.Number)];
        SectionNumbers = [.. layout.Plan.Sections.Select(s => s.Number)];
        ItemPlace = [.. layout.Plan.Sections.SelectMany((s, si) => s.Items.Select((_, ii) => (si, ii)))];
    }

    internal int[] ItemNumbers { get; }

    internal int[] SectionNumbers { get; }

    /// <summary>For each item (in plan order), its section's index and its index in the section.</summary>
    internal (int Section, int Index)[] ItemPlace { get; }

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

    /// <summary>What the engine aggregated for a cell, handed to the rules (the one conversion from doubles: <see cref="Achievement"/>).</summary>
    internal Achievement AchievementOf(int target, double numerator, double denominator, int reports)
        => Achievement.FromEngine(TargetArithmetic.IsShare(layout.Targets[target]), numerator, denominator, reports);

    /// <summary>Evaluates a target for an org unit with a share of it, from what the engine aggregated for the unit as of a date.</summary>
    internal TargetEvaluation Evaluate(int target, double share, double numerator, double denominator, int reports, LocalDate asOf, EvaluationSettings? settings)
        => Evaluator.Evaluate(TargetFor(target, share), AchievementOf(target, numerator, denominator, reports), asOf, layout.Plan.Period!, settings); // the store opens only for a plan with a period

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

using System.Collections.Frozen;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The fixed shape a store is opened for: targets, org units and days as dense indices, the tree as parent
/// indices, and the per-target facts the hot loops need as plain arrays.
/// </summary>
internal sealed class StoreLayout
{
    internal StoreLayout(Plan plan, OrgUnitTree tree, DateInterval range)
    {
        Plan = plan;
        Tree = tree;
        Range = range;
        DayCount = range.Length;
        TargetCount = plan.Targets.Length;
        UnitCount = tree.Count;
        CellCount = checked(TargetCount * UnitCount);

        Targets = [.. plan.Targets];
        TargetIndex = Enumerable.Range(0, TargetCount).ToFrozenDictionary(i => Targets[i].Id);
        TimeAggregations = [.. Targets.Select(t => t.TimeAggregation)];
        IsRatio = [.. Targets.Select(t => t.OrgUnitAggregation == OrgUnitAggregation.Ratio)];
        HasRatio = IsRatio.Contains(true);
        IsMilestone = [.. Targets.Select(t => t.Comparison.Kind == ComparisonKind.Milestone)];
        NeedsRunning = TimeAggregations.Any(a => a != TimeAggregation.Level);
        Scales = [.. Targets.Select(t => t.OrgUnitAggregation == OrgUnitAggregation.Sum
            && t.Comparison.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage))];

        Units = [.. tree.Units];
        UnitIndex = Enumerable.Range(0, UnitCount).ToFrozenDictionary(i => Units[i].Code);
        Parent = [.. Units.Select(u => u.Parent is { } p ? UnitIndex[p] : -1)];
        Root = UnitIndex[tree.Root.Code];

        // Depth of every unit, then an order with every child before its parent (deepest first).
        var depth = new int[UnitCount];
        for (var u = 0; u < UnitCount; u++)
        {
            for (var p = Parent[u]; p >= 0; p = Parent[p])
            {
                depth[u]++;
            }
        }

        BottomUp = [.. Enumerable.Range(0, UnitCount).OrderByDescending(u => depth[u]).ThenBy(u => u)];
        var isLeaf = new bool[UnitCount];
        Array.Fill(isLeaf, true);
        foreach (var u in BottomUp)
        {
            if (Parent[u] >= 0)
            {
                isLeaf[Parent[u]] = false;
            }
        }

        IsLeaf = isLeaf;
        LeafCount = new int[UnitCount];
        foreach (var u in BottomUp)
        {
            if (isLeaf[u])
            {
                LeafCount[u]++;
            }

            if (Parent[u] >= 0)
            {
                LeafCount[Parent[u]] += LeafCount[u];
            }
        }

        // The tracked units of a time series: the root and its direct children.
        Tracked = [Root, .. Enumerable.Range(0, UnitCount).Where(u => Parent[u] == Root)];
        TrackedSlot = new int[UnitCount];
        Array.Fill(TrackedSlot, -1);
        for (var k = 1; k < Tracked.Length; k++)
        {
            TrackedSlot[Tracked[k]] = k;
        }

        foreach (var u in BottomUp.Reverse())
        {
            if (TrackedSlot[u] < 0 && Parent[u] >= 0 && Parent[u] != Root)
            {
                TrackedSlot[u] = TrackedSlot[Parent[u]];
            }
        }

        DefaultShare = new double[UnitCount];
        foreach (var u in BottomUp.Reverse())
        {
            DefaultShare[u] = Parent[u] < 0 ? 1d : DefaultShare[Parent[u]] * LeafCount[u] / LeafCount[Parent[u]];
        }
    }

    internal Plan Plan { get; }

    internal OrgUnitTree Tree { get; }

    internal DateInterval Range { get; }

    internal int DayCount { get; }

    internal int TargetCount { get; }

    internal int UnitCount { get; }

    internal int CellCount { get; }

    internal Target[] Targets { get; }

    internal FrozenDictionary<TargetId, int> TargetIndex { get; }

    internal TimeAggregation[] TimeAggregations { get; }

    internal bool[] IsRatio { get; }

    internal bool HasRatio { get; }

    /// <summary>A milestone is one event: across org units the furthest completion counts, not the sum.</summary>
    internal bool[] IsMilestone { get; }

    internal bool NeedsRunning { get; }

    /// <summary>Whether a target's required amount is divided among org units (counts do; shares and milestones do not).</summary>
    internal bool[] Scales { get; }

    internal OrgUnit[] Units { get; }

    internal FrozenDictionary<OrgUnitCode, int> UnitIndex { get; }

    internal int[] Parent { get; }

    internal int Root { get; }

    /// <summary>Every unit, each child before its parent.</summary>
    internal int[] BottomUp { get; }

    internal bool[] IsLeaf { get; }

    /// <summary>The number of leaf units in each unit's subtree (a leaf counts itself).</summary>
    internal int[] LeafCount { get; }

    /// <summary>The units a time series follows: the root first, then its children.</summary>
    internal int[] Tracked { get; }

    /// <summary>For each unit, the slot in <see cref="Tracked"/> of the root's child above it, or −1 for the root.</summary>
    internal int[] TrackedSlot { get; }

    /// <summary>Each unit's proportional share of a city-wide amount: its leaves over all leaves.</summary>
    internal double[] DefaultShare { get; }

    internal int DayNumber(LocalDate date) => Period.DaysBetween(Range.Start, date);

    internal LocalDate DateOf(int day) => Range.Start.PlusDays(day);

    internal int TargetOf(TargetId id, string paramName)
        => TargetIndex.TryGetValue(id, out var index)
            ? index
            : throw new ArgumentException($"Target {id} is not in the plan '{Plan.Title}'.", paramName);

    internal int UnitOf(OrgUnitCode code, string paramName)
        => UnitIndex.TryGetValue(code, out var index)
            ? index
            : throw new ArgumentException($"Org unit {code} is not in the tree.", paramName);
}

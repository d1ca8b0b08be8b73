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

        Units = [.. tree.Units];
        UnitIndex = Enumerable.Range(0, UnitCount).ToFrozenDictionary(i => Units[i].Code);
        Levels = [.. Units.Select(u => u.Level)];

        // A milestone's scope: the issuer's (its responsible unit) or every unit of a level.
        Responsible = [.. Targets.Select(t => !IsMilestoneOf(t) || t.Scope.Kind != MilestoneScopeKind.Issuer ? -1
            : t.Scope.Responsible is { } code && UnitIndex.TryGetValue(code, out var unit) ? unit : UnitIndex[tree.Root.Code])];
        ScopeLevel = [.. Targets.Select(t => IsMilestoneOf(t) && t.Scope.Kind == MilestoneScopeKind.EveryUnit ? t.Scope.Level : null)];
        NeedsDenominator = HasRatio || ScopeLevel.Any(l => l is not null);
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

    /// <summary>Whether a target is a milestone: its cells combine by its scope, not by sums up the tree.</summary>
    internal bool[] IsMilestone { get; }

    /// <summary>For an issuer's milestone, the unit whose own reports complete it (the root by default); −1 for other targets.</summary>
    internal int[] Responsible { get; }

    /// <summary>For a milestone every unit of a level owes, that level; null for other targets.</summary>
    internal OrgUnitLevel?[] ScopeLevel { get; }

    /// <summary>Whether queries carry a denominator column: for shares, and for milestones counted over units in scope.</summary>
    internal bool NeedsDenominator { get; }

    internal bool NeedsRunning { get; }

    internal OrgUnit[] Units { get; }

    internal FrozenDictionary<OrgUnitCode, int> UnitIndex { get; }

    internal OrgUnitLevel[] Levels { get; }

    internal int[] Parent { get; }

    internal int Root { get; }

    /// <summary>Every unit, each child before its parent.</summary>
    internal int[] BottomUp { get; }

    internal bool[] IsLeaf { get; }

    /// <summary>The units a time series follows: the root first, then its children.</summary>
    internal int[] Tracked { get; }

    /// <summary>For each unit, the slot in <see cref="Tracked"/> of the root's child above it, or −1 for the root.</summary>
    internal int[] TrackedSlot { get; }

    private static bool IsMilestoneOf(Target target) => target.Comparison.Kind == ComparisonKind.Milestone;

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

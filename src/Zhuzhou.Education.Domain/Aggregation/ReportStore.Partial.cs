using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The as-of query in two halves, for work split by org unit: the mergeable partial, and its roll-up.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The first half of <see cref="AsOf"/>: what each org unit's own reports add up to across time as of a date
    /// (and, where asked, as known on another), as a partial that merges with the partials of stores holding other
    /// org units' reports.
    /// </summary>
    /// <param name="date">The as-of date; reports dated after it do not count.</param>
    /// <param name="knownOn">The date of knowledge, as for <see cref="AsOf"/>: only the reports known then count, and of
    /// each the latest revision known then; null for all that is held.</param>
    /// <returns>The partial, detached from the store.</returns>
    /// <remarks>Each org unit's reports must be in one store only (route them by org unit): a unit's latest level,
    /// mean or maximum — and its latest revision — is right only where all its reports are.</remarks>
    public RollUpPartial PartialAsOf(LocalDate date, LocalDate? knownOn = null)
    {
        var (num, den, reports) = CollectAsOf(date, knownOn);
        return RollUpPartial.FromLayout(Layout, date, num, den, reports);
    }

    /// <summary>
    /// The partial of this store's whole tree summed up to its root: for every target that adds up the tree (all but
    /// milestones) one cell, the root's, holding what every unit's reports add up to as of a date — the sum
    /// <see cref="AsOf"/> gives the root — and for milestones each unit's own cell, as <see cref="PartialAsOf"/> gives
    /// it. Of a store holding one county-level unit's subtree, a few cells travel instead of one a school and target;
    /// merged with the totals of the other subtrees and rolled up (<see cref="RollUp"/>), it gives every figure of
    /// the subtrees' roots and of the units above them.
    /// </summary>
    /// <param name="date">The as-of date; reports dated after it do not count.</param>
    /// <param name="knownOn">The date of knowledge, as for <see cref="AsOf"/>; null for all that is held.</param>
    /// <returns>The partial, with this store's root as its <see cref="RollUpPartial.Totals"/>.</returns>
    /// <remarks>The store must hold every report of its tree's units (its root's whole subtree, as routing by
    /// county-level unit gives); the units beneath its root are not answered by a result rolled up from it.</remarks>
    public RollUpPartial SubtreeTotalsAsOf(LocalDate date, LocalDate? knownOn = null)
    {
        var layout = Layout;
        var (num, den, reports) = CollectAsOf(date, knownOn);
        for (var t = 0; t < layout.TargetCount; t++)
        {
            if (layout.IsMilestone[t])
            {
                continue;
            }

            // The engine's roll-up up the tree, then the root's cell alone.
            RollUpTree(t, num, den, reports);
            var offset = t * layout.UnitCount;
            for (var u = 0; u < layout.UnitCount; u++)
            {
                if (u != layout.Root)
                {
                    (num[offset + u], reports[offset + u]) = (0d, 0);
                    if (den is not null)
                    {
                        den[offset + u] = 0d;
                    }
                }
            }
        }

        return RollUpPartial.FromLayout(layout, date, num, den, reports, [layout.Units[layout.Root].Code]);
    }

    /// <summary>
    /// The second half of <see cref="AsOf"/>: rolls a partial — typically merged from stores that each hold some
    /// org units' reports — up this store's tree, into the result this store would give if it held those reports.
    /// The store's own reports are not read: a store opened for the whole plan and tree, even empty, serves.
    /// </summary>
    /// <param name="partial">The partial, of this store's plan; its org units must be in this store's tree.</param>
    /// <returns>The result, with every figure from the rules as for <see cref="AsOf"/>, against what each unit owes
    /// of the target (the plan's allocations). Where the partial has subtree totals (<see cref="RollUpPartial.Totals"/>),
    /// the result answers for those units and the units above them; asking it for a unit beneath one throws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partial"/> is null.</exception>
    /// <exception cref="ArgumentException">The partial is of another plan, names an org unit not in the tree, or has
    /// a cell of a target that adds up the tree beneath a unit whose cells are its subtree's totals (counted twice).</exception>
    public AsOfResult RollUp(RollUpPartial partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        Preconditions.CheckArgument(ReferenceEquals(partial.Plan, Plan) || partial.Plan.Equals(Plan), nameof(partial), "The partial is of another plan than the store's.");
        var layout = Layout;
        var num = new double[layout.CellCount];
        var den = layout.NeedsDenominator ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        partial.CopyTo(layout, num, den, reports, nameof(partial));
        var beneath = BeneathTotals(partial, reports);
        for (var t = 0; t < layout.TargetCount; t++)
        {
            RollUpTree(t, num, den, reports);
        }

        return new AsOfResult(layout, Arithmetic, partial.AsOf, num, den, reports, beneath);
    }

    // Each unit's cells as of a date, before the roll-up up the tree (cell = target × unit count + unit).
    private (double[] Num, double[]? Den, int[] Reports) CollectAsOf(LocalDate date, LocalDate? knownOn)
    {
        var layout = Layout;
        var day = Clamp(date);
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;
        var plainDay = knownOn is { } kd ? Math.Min(day, Clamp(kd)) : day;
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var num = new double[layout.CellCount];
        var den = layout.NeedsDenominator ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        for (var t = 0; t < layout.TargetCount; t++)
        {
            if (plainDay >= 0)
            {
                CollectCells(snapshot, t, plainDay, num, den, reports);
            }

            foreach (var cell in RareCells(t, known))
            {
                CollectRare(snapshot, t, cell, day, known, num, den, reports);
            }
        }

        return (num, den, reports);
    }

    // The units beneath a unit of the partial's totals (null when it has none); a cell of a target that adds up the
    // tree there would be counted twice, so it is refused.
    private bool[]? BeneathTotals(RollUpPartial partial, int[] reports)
    {
        var layout = Layout;
        var isTotal = new bool[layout.UnitCount];
        var any = false;
        foreach (var code in partial.Totals)
        {
            Preconditions.CheckArgument(layout.UnitIndex.TryGetValue(code, out var u), nameof(partial), $"Org unit {code} of the partial's totals is not in the store's tree.");
            isTotal[u] = any = true;
        }

        if (!any)
        {
            return null;
        }

        // Top down (the reverse of bottom up): a unit is beneath a total when its parent is one or is beneath one.
        var beneath = new bool[layout.UnitCount];
        for (var i = layout.BottomUp.Length - 1; i >= 0; i--)
        {
            var u = layout.BottomUp[i];
            var p = layout.Parent[u];
            beneath[u] = p >= 0 && (isTotal[p] || beneath[p]);
        }

        for (var t = 0; t < layout.TargetCount; t++)
        {
            if (layout.IsMilestone[t])
            {
                continue;
            }

            for (var u = 0; u < layout.UnitCount; u++)
            {
                if (beneath[u] && reports[(t * layout.UnitCount) + u] > 0)
                {
                    throw new ArgumentException($"Org unit {layout.Units[u].Code} has a cell of target {layout.Targets[t].Id} beneath a unit whose cells are its subtree's totals: it would count twice.", nameof(partial));
                }
            }
        }

        return beneath;
    }
}

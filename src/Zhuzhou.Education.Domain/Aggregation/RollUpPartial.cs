using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The mergeable state of an as-of roll-up (汇总) for the org units whose reports one place holds — a county-level
/// unit's subtree, a partition of one, one machine's share of a province: for every (target, org unit) cell, what
/// the unit's own reports add up to across time as of one date. Partials of disjoint org units merge into the
/// partial of all of them; a store opened for the whole tree rolls the merged partial up into the same
/// <see cref="AsOfResult"/> it would give holding every report itself.
/// </summary>
/// <remarks>
/// <para>Laws (property-tested): <see cref="Merge(RollUpPartial)"/> is associative and commutative, with
/// <see cref="Empty"/> as its identity; and for reports split by org unit among stores, merging their partials and
/// rolling the result up (<see cref="ReportStore.RollUp"/>) gives every figure the store holding all the reports
/// gives (<see cref="ReportStore.AsOf"/>), to the last digit.</para>
/// <para>Why cells hold a unit's own reports only: the time aggregation of one unit (the latest level, say) is only
/// right where all its reports are, so each org unit's reports live in one place, and merging is a union of cells —
/// it refuses a cell held on both sides. Summing up the tree, the figures and the roll-up are done once, after the
/// merge, by the engine and the rules (<see cref="Rules.TargetArithmetic"/>, <see cref="Rules.RollUpArithmetic"/>).</para>
/// <example>
/// <code>
/// var partials = countyStores.Select(s => s.PartialAsOf(asOf));       // anywhere: cores, processes, machines
/// var result = provinceStore.RollUp(RollUpPartial.Merge(plan, asOf, partials));
/// var plan = result.EvaluatePlan();                                    // as if one store held every report
/// </code>
/// </example>
/// <para>Kept as columns (<see cref="ToColumns"/>): the org units once, the cells as arrays of primitives.</para>
/// <para>Immutable and thread-safe. Equality is by reference; compare <see cref="Cells"/> for contents.</para>
/// </remarks>
public sealed partial class RollUpPartial
{
    // Org units with a cell, in ordinal order of their codes; cells (unit index × targets + target index) ascending,
    // with their numbers alongside. Never written after construction.
    private readonly OrgUnitCode[] units;
    private readonly int[] cells;
    private readonly double[] num;
    private readonly double[] den;
    private readonly int[] reports;

    // Org units whose cells of targets that add up the tree hold their whole subtree's sum (ordinal order); none for a
    // partial of units' own reports.
    private readonly OrgUnitCode[] totals;

    private RollUpPartial(Plan plan, LocalDate asOf, OrgUnitCode[] units, int[] cells, double[] num, double[] den, int[] reports, OrgUnitCode[]? totals = null)
    {
        Plan = plan;
        AsOf = asOf;
        this.units = units;
        this.cells = cells;
        this.num = num;
        this.den = den;
        this.reports = reports;
        this.totals = totals ?? [];
    }

    /// <summary>The plan (工作要点) whose targets the cells are of.</summary>
    public Plan Plan { get; }

    /// <summary>The as-of date: reports dated after it do not count.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether no report counts (the identity of <see cref="Merge(RollUpPartial)"/>).</summary>
    public bool IsEmpty => cells.Length == 0;

    /// <summary>The org units that have a cell, in ordinal order of their codes.</summary>
    public IEnumerable<OrgUnitCode> OrgUnits => units.AsEnumerable();

    /// <summary>
    /// The org units whose cells are totals (合计) of their subtrees (<see cref="ReportStore.SubtreeTotalsAsOf"/>): for
    /// every target that adds up the tree (all but milestones), the unit's cell holds what its own reports and those of
    /// every unit beneath it add up to, and no unit beneath it has a cell; milestones keep each unit's own cell. Empty
    /// for a partial of units' own reports (<see cref="ReportStore.PartialAsOf"/>). In ordinal order of their codes.
    /// </summary>
    /// <remarks>A result rolled up from such a partial answers for these units and those above them, not for the
    /// units beneath them (<see cref="ReportStore.RollUp"/>).</remarks>
    public IEnumerable<OrgUnitCode> Totals => totals.AsEnumerable();

    /// <summary>The cells with reports, by org unit (ordinal order of codes), then by target in plan order.</summary>
    public IEnumerable<RollUpCell> Cells
    {
        get
        {
            var targets = Plan.Targets.Length;
            for (var i = 0; i < cells.Length; i++)
            {
                var (u, t) = Math.DivRem(cells[i], targets);
                yield return new RollUpCell(Plan.Targets[t].Id, units[u], num[i], den[i], reports[i]);
            }
        }
    }

    /// <summary>The partial of no report: merging it changes nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The empty partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static RollUpPartial Empty(Plan plan, LocalDate asOf) => new(Preconditions.CheckNotNull(plan), asOf, [], [], [], [], []);

    /// <summary>Rebuilds a partial from its cells (as <see cref="Cells"/> lists them, e.g. after crossing a wire).</summary>
    /// <param name="plan">The plan the cells are of.</param>
    /// <param name="asOf">The as-of date they were taken at.</param>
    /// <param name="cells">The cells, in any order; a cell counting no report must carry zeros and is left out.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">A cell names a target not in the plan, repeats another's target and org
    /// unit, has a negative or non-finite number or a negative count, or has numbers without a report.</exception>
    public static RollUpPartial FromCells(Plan plan, LocalDate asOf, IEnumerable<RollUpCell> cells)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cells);
        var targetIndex = plan.Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var kept = new List<(RollUpCell Cell, int Target)>();
        foreach (var cell in cells)
        {
            Preconditions.CheckArgument(targetIndex.TryGetValue(cell.Target, out var t), nameof(cells), $"Cell ({cell.Target}, {cell.OrgUnit}): the plan has no target {cell.Target}.");
            CheckNumbers(cell.Numerator, cell.Denominator, cell.Reports, cell.Target, cell.OrgUnit, nameof(cells));
            if (cell.Reports > 0)
            {
                kept.Add((cell, t));
            }
        }

        kept.Sort((x, y) => string.CompareOrdinal(x.Cell.OrgUnit.Value, y.Cell.OrgUnit.Value) is var c and not 0 ? c : x.Target.CompareTo(y.Target));
        var table = new List<OrgUnitCode>();
        var built = new int[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var (cell, t) = kept[i];
            if (table.Count == 0 || table[^1] != cell.OrgUnit)
            {
                table.Add(cell.OrgUnit);
            }
            else
            {
                Preconditions.CheckArgument(kept[i - 1].Target != t, nameof(cells), $"Cell ({cell.Target}, {cell.OrgUnit}) is repeated.");
            }

            built[i] = ((table.Count - 1) * plan.Targets.Length) + t;
        }

        return new RollUpPartial(plan, asOf, [.. table], built, [.. kept.Select(k => k.Cell.Numerator)], [.. kept.Select(k => k.Cell.Denominator)], [.. kept.Select(k => k.Cell.Reports)]);
    }

    /// <summary>Reads a partial back from its compact form (<see cref="ToColumns"/>, e.g. after crossing a wire), checking it.</summary>
    /// <param name="plan">The plan the cells are of.</param>
    /// <param name="asOf">The as-of date they were taken at.</param>
    /// <param name="columns">The columns; their arrays are shared, not copied (they are immutable).</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException">The org units are not in strictly ascending ordinal order, one has no cell,
    /// the cells are not strictly ascending or point past the table, or a cell has a negative or non-finite number or
    /// no report.</exception>
    public static RollUpPartial FromColumns(Plan plan, LocalDate asOf, RollUpColumns columns)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(columns);
        var table = ImmutableCollectionsMarshal.AsArray(columns.OrgUnits)!;
        var at = ImmutableCollectionsMarshal.AsArray(columns.Cells)!;
        var n = ImmutableCollectionsMarshal.AsArray(columns.Numerators)!;
        var d = ImmutableCollectionsMarshal.AsArray(columns.Denominators)!;
        var r = ImmutableCollectionsMarshal.AsArray(columns.Reports)!;
        var targets = plan.Targets.Length;
        for (var u = 1; u < table.Length; u++)
        {
            if (string.CompareOrdinal(table[u - 1].Value, table[u].Value) >= 0)
            {
                throw new ArgumentException($"Org unit {table[u]} of the partial's table is out of order or repeated.", nameof(columns));
            }
        }

        // Checked with plain conditions: the messages are built only for a cell that fails.
        var unit = -1;
        for (var i = 0; i < at.Length; i++)
        {
            if (at[i] < 0 || at[i] >= (long)table.Length * targets || (i > 0 && at[i] <= at[i - 1]))
            {
                throw new ArgumentException($"Cell {i} of the partial is out of order, repeated, or past its table of {table.Length} org units.", nameof(columns));
            }

            var (u, t) = Math.DivRem(at[i], targets);
            if (u > unit + 1)
            {
                throw new ArgumentException($"Org unit {table[unit + 1]} of the partial's table has no cell.", nameof(columns));
            }

            unit = u;
            if (r[i] <= 0)
            {
                throw new ArgumentException($"Cell ({plan.Targets[t].Id}, {table[u]}) of the partial counts no report.", nameof(columns));
            }

            CheckNumbers(n[i], d[i], r[i], plan.Targets[t].Id, table[u], nameof(columns));
        }

        if (unit != table.Length - 1)
        {
            throw new ArgumentException($"Org unit {table[^1]} of the partial's table has no cell.", nameof(columns));
        }

        var totals = ImmutableCollectionsMarshal.AsArray(columns.Totals)!;
        for (var u = 1; u < totals.Length; u++)
        {
            if (string.CompareOrdinal(totals[u - 1].Value, totals[u].Value) >= 0)
            {
                throw new ArgumentException($"Org unit {totals[u]} of the partial's totals is out of order or repeated.", nameof(columns));
            }
        }

        return new RollUpPartial(plan, asOf, table, at, n, d, r, totals);
    }

    /// <summary>The compact form of this partial, for crossing a wire (<see cref="FromColumns"/> reads it back).</summary>
    /// <returns>The columns, sharing this partial's arrays (nothing is copied).</returns>
    public RollUpColumns ToColumns()
        => new(
            ImmutableCollectionsMarshal.AsImmutableArray(units),
            ImmutableCollectionsMarshal.AsImmutableArray(cells),
            ImmutableCollectionsMarshal.AsImmutableArray(num),
            ImmutableCollectionsMarshal.AsImmutableArray(den),
            ImmutableCollectionsMarshal.AsImmutableArray(reports),
            ImmutableCollectionsMarshal.AsImmutableArray(totals));

    /// <summary>Merges two partials of disjoint org units (or at least disjoint cells) into the partial of both.</summary>
    /// <param name="other">The other partial, of the same plan and as-of date.</param>
    /// <returns>The merged partial; associative and commutative, with <see cref="Empty"/> as identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The plans or the as-of dates differ, or a (target, org unit) cell is in
    /// both: one unit's reports were aggregated in two places, and its latest level (or mean, or …) is right in neither.</exception>
    public RollUpPartial Merge(RollUpPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge(Plan, AsOf, [this, other]);
    }

    private static void CheckNumbers(double numerator, double denominator, int count, TargetId target, OrgUnitCode unit, string paramName)
    {
        if (!(double.IsFinite(numerator) && numerator >= 0d && double.IsFinite(denominator) && denominator >= 0d && count >= 0))
        {
            throw new ArgumentException($"Cell ({target}, {unit}): its numbers must be finite and not negative.", paramName);
        }

        if (count == 0 && (numerator != 0d || denominator != 0d))
        {
            throw new ArgumentException($"Cell ({target}, {unit}) has numbers but no report.", paramName);
        }
    }
}

using System.Collections.Frozen;
using System.Globalization;
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
/// <para>Immutable and thread-safe. Equality is by reference; compare <see cref="Cells"/> for contents.</para>
/// </remarks>
public sealed class RollUpPartial
{
    private static readonly FrozenDictionary<OrgUnitCode, Slot[]> NoUnits = FrozenDictionary<OrgUnitCode, Slot[]>.Empty;

    // Per org unit that has reported, one slot per target of the plan (in plan order).
    private readonly FrozenDictionary<OrgUnitCode, Slot[]> units;

    private RollUpPartial(Plan plan, LocalDate asOf, FrozenDictionary<OrgUnitCode, Slot[]> units)
    {
        Plan = plan;
        AsOf = asOf;
        this.units = units;
    }

    /// <summary>The plan (工作要点) whose targets the cells are of.</summary>
    public Plan Plan { get; }

    /// <summary>The as-of date: reports dated after it do not count.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether no report counts (the identity of <see cref="Merge(RollUpPartial)"/>).</summary>
    public bool IsEmpty => units.Count == 0;

    /// <summary>The org units that have a cell, in ordinal order of their codes.</summary>
    public IEnumerable<OrgUnitCode> OrgUnits => units.Keys.Order(CodeOrder.Instance);

    /// <summary>The cells with reports, by org unit (ordinal order of codes), then by target in plan order.</summary>
    public IEnumerable<RollUpCell> Cells
    {
        get
        {
            foreach (var unit in OrgUnits)
            {
                var slots = units[unit];
                for (var t = 0; t < slots.Length; t++)
                {
                    if (slots[t].Reports > 0)
                    {
                        yield return new RollUpCell(Plan.Targets[t].Id, unit, slots[t].Num, slots[t].Den, slots[t].Reports);
                    }
                }
            }
        }
    }

    /// <summary>The partial of no report: merging it changes nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The empty partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static RollUpPartial Empty(Plan plan, LocalDate asOf) => new(Preconditions.CheckNotNull(plan), asOf, NoUnits);

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
        var built = new Dictionary<OrgUnitCode, Slot[]>();
        foreach (var cell in cells)
        {
            Preconditions.CheckArgument(targetIndex.TryGetValue(cell.Target, out var t), nameof(cells), $"Cell ({cell.Target}, {cell.OrgUnit}): the plan has no target {cell.Target}.");
            Preconditions.CheckArgument(
                double.IsFinite(cell.Numerator) && cell.Numerator >= 0d && double.IsFinite(cell.Denominator) && cell.Denominator >= 0d && cell.Reports >= 0,
                nameof(cells),
                $"Cell ({cell.Target}, {cell.OrgUnit}): its numbers must be finite and not negative.");
            if (cell.Reports == 0)
            {
                Preconditions.CheckArgument(cell.Numerator == 0d && cell.Denominator == 0d, nameof(cells), $"Cell ({cell.Target}, {cell.OrgUnit}) has numbers but no report.");
                continue;
            }

            if (!built.TryGetValue(cell.OrgUnit, out var slots))
            {
                built[cell.OrgUnit] = slots = new Slot[plan.Targets.Length];
            }

            Preconditions.CheckArgument(slots[t].Reports == 0, nameof(cells), $"Cell ({cell.Target}, {cell.OrgUnit}) is repeated.");
            slots[t] = new Slot(cell.Numerator, cell.Denominator, cell.Reports);
        }

        return new RollUpPartial(plan, asOf, built.ToFrozenDictionary());
    }

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

    /// <summary>Merges any number of partials of disjoint cells, in one pass.</summary>
    /// <param name="plan">The plan every partial is of.</param>
    /// <param name="asOf">The as-of date every partial was taken at.</param>
    /// <param name="partials">The partials, in any order; none gives <see cref="Empty"/>.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A partial is null or of another plan or date, or a cell is in two partials.</exception>
    public static RollUpPartial Merge(Plan plan, LocalDate asOf, IEnumerable<RollUpPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(partials);
        var merged = new Dictionary<OrgUnitCode, Slot[]>();
        var shared = new HashSet<OrgUnitCode>();
        var count = 0;
        RollUpPartial? only = null;
        foreach (var partial in partials)
        {
            Preconditions.CheckArgument(partial is not null, nameof(partials), "A partial must not be null.");
            Preconditions.CheckArgument(ReferenceEquals(partial!.Plan, plan) || partial.Plan.Equals(plan), nameof(partials), "Every partial must be of the same plan.");
            Preconditions.CheckArgument(partial.AsOf == asOf, nameof(partials), string.Create(CultureInfo.InvariantCulture, $"Every partial must be as of {Dates.Iso(asOf)}; one is as of {Dates.Iso(partial.AsOf)}."));
            if (partial.IsEmpty)
            {
                continue;
            }

            only = count++ == 0 ? partial : null;
            foreach (var (unit, slots) in partial.units)
            {
                if (!merged.TryGetValue(unit, out var into))
                {
                    // Shared until a second partial has the unit: the first one's slots are never written.
                    merged[unit] = slots;
                    continue;
                }

                if (shared.Add(unit))
                {
                    merged[unit] = into = (Slot[])into.Clone();
                }

                for (var t = 0; t < slots.Length; t++)
                {
                    if (slots[t].Reports == 0)
                    {
                        continue;
                    }

                    Preconditions.CheckArgument(into[t].Reports == 0, nameof(partials),
                        $"Cell ({plan.Targets[t].Id}, {unit}) is in two partials: each org unit's reports must be aggregated in one place.");
                    into[t] = slots[t];
                }
            }
        }

        return count switch
        {
            0 => Empty(plan, asOf),
            1 => only!,
            _ => new RollUpPartial(plan, asOf, merged.ToFrozenDictionary()),
        };
    }

    /// <summary>Builds a partial from a store's per-cell arrays (cell = target × unit count + unit), before the tree roll-up.</summary>
    internal static RollUpPartial FromLayout(StoreLayout layout, LocalDate asOf, double[] num, double[]? den, int[] reports)
    {
        var built = new Dictionary<OrgUnitCode, Slot[]>();
        for (var t = 0; t < layout.TargetCount; t++)
        {
            // A denominator travels for shares only (the engine keeps 1 for other targets' rows).
            var share = den is not null && Rules.TargetArithmetic.IsShare(layout.Targets[t]);
            var first = t * layout.UnitCount;
            for (var u = 0; u < layout.UnitCount; u++)
            {
                var cell = first + u;
                if (reports[cell] == 0)
                {
                    continue;
                }

                var code = layout.Units[u].Code;
                if (!built.TryGetValue(code, out var slots))
                {
                    built[code] = slots = new Slot[layout.TargetCount];
                }

                slots[t] = new Slot(num[cell], share ? den![cell] : 0d, reports[cell]);
            }
        }

        return new RollUpPartial(layout.Plan, asOf, built.ToFrozenDictionary());
    }

    /// <summary>Writes the cells into a store's per-cell arrays (cell = target × unit count + unit).</summary>
    internal void CopyTo(StoreLayout layout, double[] num, double[]? den, int[] reports, string paramName)
    {
        foreach (var (code, slots) in units)
        {
            Preconditions.CheckArgument(layout.UnitIndex.TryGetValue(code, out var u), paramName, $"Org unit {code} of the partial is not in the store's tree.");
            for (var t = 0; t < slots.Length; t++)
            {
                var cell = (t * layout.UnitCount) + u;
                num[cell] = slots[t].Num;
                if (den is not null)
                {
                    den[cell] = slots[t].Den;
                }

                reports[cell] = slots[t].Reports;
            }
        }
    }

    private readonly record struct Slot(double Num, double Den, int Reports);

    private sealed class CodeOrder : IComparer<OrgUnitCode>
    {
        internal static readonly CodeOrder Instance = new();

        public int Compare(OrgUnitCode x, OrgUnitCode y) => string.CompareOrdinal(x.Value, y.Value);
    }
}

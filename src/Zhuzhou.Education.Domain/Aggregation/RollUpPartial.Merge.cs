using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>Merging partials, and moving them in and out of a store's per-cell arrays — on the columns, without dictionaries.</content>
public sealed partial class RollUpPartial
{
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
        var parts = new List<RollUpPartial>();
        var totals = new SortedDictionary<string, OrgUnitCode>(StringComparer.Ordinal);
        foreach (var partial in partials)
        {
            Preconditions.CheckArgument(partial is not null, nameof(partials), "A partial must not be null.");
            Preconditions.CheckArgument(ReferenceEquals(partial!.Plan, plan) || partial.Plan.Equals(plan), nameof(partials), "Every partial must be of the same plan.");
            if (partial.AsOf != asOf)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Every partial must be as of {Dates.Iso(asOf)}; one is as of {Dates.Iso(partial.AsOf)}."), nameof(partials));
            }

            if (!partial.IsEmpty)
            {
                parts.Add(partial);
            }

            foreach (var unit in partial.totals)
            {
                Preconditions.CheckArgument(totals.TryAdd(unit.Value, unit), nameof(partials), $"Org unit {unit}'s subtree totals are in two partials: each org unit's reports must be aggregated in one place.");
            }
        }

        OrgUnitCode[] union = [.. totals.Values];
        if (parts.Count <= 1)
        {
            var only = parts.Count == 0 ? Empty(plan, asOf) : parts[0];
            return only.totals.Length == union.Length ? only : new RollUpPartial(plan, asOf, only.units, only.cells, only.num, only.den, only.reports, union);
        }

        // Partials of disjoint ranges of org units (a county's schools, say): put end to end in the order of their first unit.
        parts.Sort((x, y) => CompareCodes(x.units[0], y.units[0]));
        var disjoint = true;
        for (var p = 1; p < parts.Count && disjoint; p++)
        {
            disjoint = CompareCodes(parts[p - 1].units[^1], parts[p].units[0]) < 0;
        }

        var merged = disjoint ? Concatenate(plan, asOf, parts) : Interleave(plan, asOf, parts, nameof(partials));
        return union.Length == 0 ? merged : new RollUpPartial(plan, asOf, merged.units, merged.cells, merged.num, merged.den, merged.reports, union);
    }

    /// <summary>Builds a partial from a store's per-cell arrays (cell = target × unit count + unit), before the tree roll-up.</summary>
    internal static RollUpPartial FromLayout(StoreLayout layout, LocalDate asOf, double[] num, double[]? den, int[] reports, OrgUnitCode[]? totals = null)
    {
        var targets = layout.TargetCount;
        var unitCount = layout.UnitCount;
        var reported = new List<int>();
        var cellCount = 0;
        for (var u = 0; u < unitCount; u++)
        {
            var before = cellCount;
            for (var t = 0; t < targets; t++)
            {
                cellCount += reports[(t * unitCount) + u] > 0 ? 1 : 0;
            }

            if (cellCount > before)
            {
                reported.Add(u);
            }
        }

        reported.Sort((x, y) => CompareCodes(layout.Units[x].Code, layout.Units[y].Code));

        // A denominator travels for shares only (the engine keeps 1 for other targets' rows).
        var share = new bool[targets];
        for (var t = 0; t < targets; t++)
        {
            share[t] = den is not null && Rules.TargetArithmetic.IsShare(layout.Targets[t]);
        }

        var table = new OrgUnitCode[reported.Count];
        var at = new int[cellCount];
        var n = new double[cellCount];
        var d = new double[cellCount];
        var r = new int[cellCount];
        var i = 0;
        for (var k = 0; k < reported.Count; k++)
        {
            var u = reported[k];
            table[k] = layout.Units[u].Code;
            for (var t = 0; t < targets; t++)
            {
                var cell = (t * unitCount) + u;
                if (reports[cell] > 0)
                {
                    at[i] = (k * targets) + t;
                    n[i] = num[cell];
                    d[i] = share[t] ? den![cell] : 0d;
                    r[i++] = reports[cell];
                }
            }
        }

        return new RollUpPartial(layout.Plan, asOf, table, at, n, d, r, totals);
    }

    /// <summary>Writes the cells into a store's per-cell arrays (cell = target × unit count + unit).</summary>
    internal void CopyTo(StoreLayout layout, double[] num, double[]? den, int[] reports, string paramName)
    {
        var targets = Plan.Targets.Length;
        var unitCount = layout.UnitCount;
        var unit = -1;
        var u = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var (k, t) = Math.DivRem(cells[i], targets);
            if (k != unit)
            {
                unit = k;
                Preconditions.CheckArgument(layout.UnitIndex.TryGetValue(units[k], out u), paramName, $"Org unit {units[k]} of the partial is not in the store's tree.");
            }

            var cell = (t * unitCount) + u;
            num[cell] = this.num[i];
            if (den is not null)
            {
                den[cell] = this.den[i];
            }

            reports[cell] = this.reports[i];
        }
    }

    private static int CompareCodes(OrgUnitCode x, OrgUnitCode y) => string.CompareOrdinal(x.Value, y.Value);

    // Partials whose org units follow one another: tables and cells end to end, each cell's unit shifted by those before.
    private static RollUpPartial Concatenate(Plan plan, LocalDate asOf, List<RollUpPartial> parts)
    {
        var targets = plan.Targets.Length;
        var table = new OrgUnitCode[parts.Sum(p => p.units.Length)];
        var cellCount = parts.Sum(p => p.cells.Length);
        var at = new int[cellCount];
        var n = new double[cellCount];
        var d = new double[cellCount];
        var r = new int[cellCount];
        int unitBase = 0, cellBase = 0;
        foreach (var part in parts)
        {
            part.units.CopyTo(table, unitBase);
            var shift = unitBase * targets;
            for (var i = 0; i < part.cells.Length; i++)
            {
                at[cellBase + i] = part.cells[i] + shift;
            }

            part.num.CopyTo(n, cellBase);
            part.den.CopyTo(d, cellBase);
            part.reports.CopyTo(r, cellBase);
            unitBase += part.units.Length;
            cellBase += part.cells.Length;
        }

        return new RollUpPartial(plan, asOf, table, at, n, d, r);
    }

    // Partials whose org units interleave (or repeat, with other targets): every unit of every partial in code order,
    // a unit's cells from each partial that has it, in target order; a cell in two partials is refused.
    private static RollUpPartial Interleave(Plan plan, LocalDate asOf, List<RollUpPartial> parts, string paramName)
    {
        var targets = plan.Targets.Length;
        var entries = new List<(OrgUnitCode Code, int Part, int Unit)>();
        var starts = new int[parts.Count][];
        for (var p = 0; p < parts.Count; p++)
        {
            starts[p] = parts[p].UnitStarts();
            for (var k = 0; k < parts[p].units.Length; k++)
            {
                entries.Add((parts[p].units[k], p, k));
            }
        }

        entries.Sort((x, y) => CompareCodes(x.Code, y.Code) is var c and not 0 ? c : x.Part.CompareTo(y.Part));
        var table = new List<OrgUnitCode>();
        var cellCount = parts.Sum(p => p.cells.Length);
        var at = new int[cellCount];
        var n = new double[cellCount];
        var d = new double[cellCount];
        var r = new int[cellCount];
        // For the unit at hand, each target's cell: which partial has it (-1 for none), and where.
        var fromPart = new int[targets];
        var fromCell = new int[targets];
        var written = 0;
        for (var e = 0; e < entries.Count;)
        {
            var code = entries[e].Code;
            var first = e;
            while (e < entries.Count && entries[e].Code == code)
            {
                e++;
            }

            Array.Fill(fromPart, -1);
            for (var j = first; j < e; j++)
            {
                var (_, p, k) = entries[j];
                for (var i = starts[p][k]; i < starts[p][k + 1]; i++)
                {
                    var t = parts[p].cells[i] - (k * targets);
                    if (fromPart[t] >= 0)
                    {
                        throw new ArgumentException($"Cell ({plan.Targets[t].Id}, {code}) is in two partials: each org unit's reports must be aggregated in one place.", paramName);
                    }

                    fromPart[t] = p;
                    fromCell[t] = i;
                }
            }

            var unit = table.Count;
            table.Add(code);
            for (var t = 0; t < targets; t++)
            {
                if (fromPart[t] < 0)
                {
                    continue;
                }

                var (p, i) = (fromPart[t], fromCell[t]);
                at[written] = (unit * targets) + t;
                n[written] = parts[p].num[i];
                d[written] = parts[p].den[i];
                r[written++] = parts[p].reports[i];
            }
        }

        return new RollUpPartial(plan, asOf, [.. table], at, n, d, r);
    }

    // Where each unit's cells begin (one more entry: the end).
    private int[] UnitStarts()
    {
        var targets = Plan.Targets.Length;
        var starts = new int[units.Length + 1];
        var i = 0;
        for (var k = 0; k < units.Length; k++)
        {
            starts[k] = i;
            while (i < cells.Length && cells[i] / targets == k)
            {
                i++;
            }
        }

        starts[units.Length] = cells.Length;
        return starts;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>What the aggregation engine holds, asked by admission for the rare reports that need the history.</summary>
internal interface IHeldReports
{
    /// <summary>Every report held for a target and org unit (every revision), in any order.</summary>
    IEnumerable<ProgressReport> Held(TargetId target, OrgUnitCode orgUnit);

    /// <summary>What the checks across reports carry from a file's earlier batches (null: the batch is read alone).</summary>
    ReportCarry? Carried => null;
}

/// <content>The checks across reports: duplicates, revisions, levels that fall, running totals.</content>
public sealed partial class ReportAdmission
{
    private readonly record struct Key(int Target, int Unit, LocalDate Date, int Revision, int Index);

    /// <summary>
    /// One sort by target, org unit (in the ordinal order of its code), date and revision; then each (target, org unit)
    /// run is checked with what is held of it.
    /// </summary>
    /// <param name="rows">The batch.</param>
    /// <param name="keys">A key for each report whose target is known, its unit by the number <paramref name="rank"/> maps.</param>
    /// <param name="rank">Each unit's rank among the batch's units in the ordinal order of their codes.</param>
    /// <param name="problems">Where the problems go.</param>
    private void CheckAcross<TRows>(TRows rows, Span<Key> keys, int[] rank, Found problems)
        where TRows : IAdmissionRows, allows ref struct
    {
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = keys[k] with { Unit = rank[keys[k].Unit] };
        }

        keys.Sort(default(KeyOrder));
        var start = 0;
        for (var k = 1; k <= keys.Length; k++)
        {
            if (k == keys.Length || keys[k].Target != keys[start].Target || keys[k].Unit != keys[start].Unit)
            {
                CheckRun(rows, keys, start, k, problems);
                start = k;
            }
        }
    }

    /// <summary>The rank of each unit (by its number in <paramref name="units"/>) in the ordinal order of the codes.</summary>
    private static int[] RankInOrdinalOrder(Dictionary<OrgUnitCode, int> units)
    {
        var codes = new string[units.Count];
        var numbers = new int[units.Count];
        foreach (var (code, number) in units)
        {
            codes[number] = code.Value;
            numbers[number] = number;
        }

        Array.Sort(codes, numbers, StringComparer.Ordinal);
        var rank = new int[units.Count];
        for (var r = 0; r < numbers.Length; r++)
        {
            rank[numbers[r]] = r;
        }

        return rank;
    }

    /// <summary>The problem of an unmarked duplicate: asked here by every path, the engine's key check too.</summary>
    internal static ReportProblem Duplicate(int index, ProgressReport report) => Duplicate(index, report.Target, report.OrgUnit, report.Date, report.Revision);

    private static ReportProblem Duplicate(int index, TargetId target, OrgUnitCode orgUnit, LocalDate date, int revision)
        => Error(index, null, ReportDiagnosticCodes.Duplicate, ReportDiagnosticCodes.Duplicate,
            target.ToString(), orgUnit.ToString(), Dates.Iso(date), revision.ToString(CultureInfo.InvariantCulture));

    private void CheckRun<TRows>(TRows rows, Span<Key> keys, int from, int to, Found problems)
        where TRows : IAdmissionRows, allows ref struct
    {
        var first = rows[keys[from].Index];
        var target = only ?? plan!.Targets[first.Target];
        var rare = false;
        for (var k = from; k < to; k++)
        {
            var row = rows[keys[k].Index];
            rare |= row.Revision > 0 || row.IsCorrection;
        }

        var held = Held(first.TargetId, first.OrgUnit, rare);
        var heldKeys = held.Count == 0 ? null : held.Select(r => (r.Date, r.Revision)).ToHashSet();

        // What the file's earlier batches left of this target and unit: the run goes on from it, as if one batch.
        var carry = Store?.Carried;
        ReportCarry.Figure? carried = carry is not null && carry.TryGet(keys[from].Target, first.OrgUnit, out var figure) ? figure : null;
        var latest = carried;
        var previous = carried is { } c ? (c.Date, c.Value) : ((LocalDate Date, decimal Value)?)null;
        for (var k = from; k < to; k++)
        {
            var key = keys[k];
            var report = rows[key.Index];
            if ((k > from && keys[k - 1].Date == key.Date && keys[k - 1].Revision == key.Revision) || heldKeys?.Contains((key.Date, key.Revision)) == true
                || (key.Revision == 0 && carried is { MinRevision: 0 } read && read.Date == key.Date))
            {
                problems.Add(Duplicate(key.Index, report.TargetId, report.OrgUnit, report.Date, key.Revision));
                continue;
            }

            if (key.Revision > 0 && !(k > from && keys[k - 1].Date == key.Date) && !held.Any(r => r.Date == key.Date && r.Revision < key.Revision)
                && !(carried is { } revised && revised.Date == key.Date && revised.MinRevision < key.Revision))
            {
                problems.Add(Error(key.Index, "revision", ReportDiagnosticCodes.RevisionOfNothing, ReportDiagnosticCodes.RevisionOfNothing,
                    key.Revision.ToString(CultureInfo.InvariantCulture), report.TargetId.ToString(), report.OrgUnit.ToString(), Dates.Iso(report.Date)));
            }

            latest = ReportCarry.Next(latest, key.Date, key.Revision, report.Value);

            // Levels that fall: from each date's latest revision to the next date's (its duplicates, refused, left out,
            // so a date's level is the same whether its duplicate comes in the same batch or a later one).
            var next = k + 1;
            while (next < to && keys[next].Date == key.Date && keys[next].Revision == key.Revision)
            {
                next++;
            }

            var latestOfDate = next == to || keys[next].Date != key.Date;
            var comparedWith = previous;
            if (carried is { } before && before.Date == key.Date)
            {
                // The date's reports began in an earlier batch: this one is its latest only past their revisions.
                latestOfDate &= key.Revision > before.MaxRevision;
                comparedWith = before.Before;
            }

            if (latestOfDate)
            {
                if (comparedWith is { } p && target is { TimeAggregation: TimeAggregation.Level, Direction: Direction.Ascending } && report.Value < p.Value
                    && problems.ListsWarning())
                {
                    problems.Add(Warning(key.Index, "value", ReportDiagnosticCodes.LevelFalls, ReportDiagnosticCodes.LevelFalls,
                        target.Id.ToString(), report.OrgUnit.ToString(), Invariant(p.Value), Dates.Iso(p.Date), Invariant(report.Value), Dates.Iso(report.Date)));
                }

                previous = (key.Date, report.Value);
            }
        }

        if (carry is not null && latest is { } last)
        {
            carry.Set(keys[from].Target, first.OrgUnit, last);
        }

        if (rare && target is { TimeAggregation: TimeAggregation.Increment } && target.Comparison.Kind != ComparisonKind.Milestone && !TargetIsShare(target))
        {
            CheckRunningTotal(rows, keys, from, to, held, problems);
        }
    }

    /// <summary>An org unit's running total of increments, from what is held and the batch (the latest revision of each date), never below zero.</summary>
    private static void CheckRunningTotal<TRows>(TRows rows, Span<Key> keys, int from, int to, IReadOnlyList<ProgressReport> held, Found problems)
        where TRows : IAdmissionRows, allows ref struct
    {
        var byDate = new SortedDictionary<LocalDate, (int Revision, decimal Value)>();
        void Latest(LocalDate date, int revision, decimal value)
        {
            if (!byDate.TryGetValue(date, out var known) || revision > known.Revision)
            {
                byDate[date] = (revision, value);
            }
        }

        foreach (var report in held)
        {
            Latest(report.Date, report.Revision, report.Value);
        }

        for (var k = from; k < to; k++)
        {
            var row = rows[keys[k].Index];
            Latest(row.Date, row.Revision, row.Value);
        }

        var total = 0m;
        foreach (var (date, latest) in byDate)
        {
            total += latest.Value;
            if (total >= 0)
            {
                continue;
            }

            // The batch's last report on or before the date made the total fall.
            var culprit = keys[from].Index;
            for (var k = from; k < to && keys[k].Date <= date; k++)
            {
                culprit = keys[k].Index;
            }

            var blamed = rows[culprit];
            problems.Add(Error(culprit, "value", ReportDiagnosticCodes.BelowZero, ReportDiagnosticCodes.BelowZero,
                blamed.OrgUnit.ToString(), blamed.TargetId.ToString(), Dates.Iso(date), Invariant(total)));
            return;
        }
    }

    /// <summary>Keys in the order of the runs: target, org unit, date, revision, then the report's place.</summary>
    private readonly struct KeyOrder : IComparer<Key>
    {
        public int Compare(Key a, Key b)
        {
            var order = a.Target.CompareTo(b.Target);
            order = order != 0 ? order : a.Unit.CompareTo(b.Unit);
            order = order != 0 ? order : a.Date.CompareTo(b.Date);
            order = order != 0 ? order : a.Revision.CompareTo(b.Revision);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        }
    }

    /// <summary>
    /// The problems of one check as they are found; when warnings are not listed, each is counted instead of made
    /// (a large file's warnings beyond those it lists cost no message).
    /// </summary>
    private sealed class Found(bool listWarnings)
    {
        private readonly List<ReportProblem> items = [];

        /// <summary>The warnings counted and not made.</summary>
        public int Unlisted { get; private set; }

        public void Add(ReportProblem problem) => items.Add(problem);

        /// <summary>Whether a warning found is to be made; when not, it is counted.</summary>
        public bool ListsWarning()
        {
            if (listWarnings)
            {
                return true;
            }

            Unlisted++;
            return false;
        }

        /// <summary>The problems by report (a stable sort: a report's own problems first, then those across reports, each in the order found).</summary>
        public ImmutableArray<ReportProblem> InReportOrder() => [.. items.OrderBy(p => p.Index)];
    }

    private static bool TargetIsShare(Target target) => target.OrgUnitAggregation == OrgUnitAggregation.Ratio;

    /// <summary>What is held of a target at an org unit: from <see cref="Earlier"/> always, from the engine's store when the run needs it.</summary>
    private IReadOnlyList<ProgressReport> Held(TargetId target, OrgUnitCode orgUnit, bool rare)
    {
        if (earlier.Count > 0)
        {
            held ??= earlier.ToLookup(r => (r.Target, r.OrgUnit));
            return [.. held[(target, orgUnit)]];
        }

        return rare && Store is { } store ? [.. store.Held(target, orgUnit)] : [];
    }
}

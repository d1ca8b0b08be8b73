using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    /// <summary>A report whose target is known: its cell (target × org unit, <see cref="ReportCells"/>), the cell's run in the batch, its date, revision and place.</summary>
    /// <remarks>Internal, with <see cref="KeyOrder"/> and <see cref="TreeUnits"/>, for ReadyToRun: see <see cref="CheckAmounts"/>.</remarks>
    internal readonly record struct Key(int Cell, int Run, LocalDate Date, int Revision, int Index);

    /// <summary>
    /// The keys put in runs of one cell each (a counting sort by run, which keeps the batch's order within a run), each
    /// run in the order of date, revision and place (already so in a file written as the reports came; else sorted);
    /// then each run is checked with what is held of it. Runs are independent: a report's problems come from its own.
    /// </summary>
    /// <param name="rows">The batch.</param>
    /// <param name="keys">A key for each report whose target is known, in the batch's order.</param>
    /// <param name="byRun">Where the keys are put in runs: as long as <paramref name="keys"/>.</param>
    /// <param name="sizes">The keys of each run; overwritten.</param>
    /// <param name="problems">Where the problems go.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckAcross<TRows>(TRows rows, Span<Key> keys, Span<Key> byRun, Span<int> sizes, Found problems)
        where TRows : IAdmissionRows, allows ref struct
    {
        // Each run's end, once its keys are placed.
        var at = 0;
        for (var r = 0; r < sizes.Length; r++)
        {
            (sizes[r], at) = (at, at + sizes[r]);
        }

        foreach (ref readonly var key in keys)
        {
            byRun[sizes[key.Run]++] = key;
        }

        var start = 0;
        foreach (var end in sizes)
        {
            InOrder(byRun[start..end]);
            CheckRun(rows, byRun, start, end, problems);
            start = end;
        }
    }

    /// <summary>A run's keys in the order of date, revision and place: left as they are when they are so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InOrder(Span<Key> run)
    {
        for (var k = 1; k < run.Length; k++)
        {
            if (default(KeyOrder).Compare(run[k - 1], run[k]) > 0)
            {
                run.Sort(default(KeyOrder));
                return;
            }
        }
    }

    /// <summary>The problem of an unmarked duplicate: asked here by every path, the engine's key check too.</summary>
    internal static ReportProblem Duplicate(int index, ProgressReport report) => Duplicate(index, report.Target, report.OrgUnit, report.Date, report.Revision);

    private static ReportProblem Duplicate(int index, TargetId target, OrgUnitCode orgUnit, LocalDate date, int revision)
        => Error(index, null, ReportDiagnosticCodes.Duplicate, ReportDiagnosticCodes.Duplicate,
            target.ToString(), orgUnit.ToString(), Dates.Iso(date), revision.ToString(CultureInfo.InvariantCulture));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        ReportCarry.Figure? carried = carry is not null && carry.TryGet(keys[from].Cell, out var figure) ? figure : null;
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

            if (key.Revision > 0 && !(k > from && keys[k - 1].Date == key.Date) && !HoldsEarlierRevision(held, key.Date, key.Revision)
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
            carry.Set(keys[from].Cell, last);
        }

        if (rare && target is { TimeAggregation: TimeAggregation.Increment } && target.Comparison.Kind != ComparisonKind.Milestone && !TargetIsShare(target))
        {
            CheckRunningTotal(rows, keys, from, to, held, problems);
        }
    }

    /// <summary>An org unit's running total of increments, from what is held and the batch (the latest revision of each date), never below zero.</summary>
    /// <remarks>Optimised at once, as its caller is: an instantiation only an AggressiveOptimization method asks for is
    /// not compiled ahead of time (see <see cref="CheckAmounts"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Keys of one run (one cell) in order: date, revision, then the report's place.</summary>
    internal readonly struct KeyOrder : IComparer<Key>
    {
        public int Compare(Key a, Key b)
        {
            var order = a.Date.CompareTo(b.Date);
            order = order != 0 ? order : a.Revision.CompareTo(b.Revision);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        }
    }

    /// <summary>Whether the tree has an org unit, asked once for each run of rows of the same unit (a reader gives them the same text).</summary>
    internal struct TreeUnits(OrgUnitTree? tree)
    {
        private string? last;
        private bool lastContained;

        /// <summary>Whether the tree has the unit; true for any unit when there is no tree.</summary>
        public bool Contains(OrgUnitCode code)
        {
            if (tree is null)
            {
                return true;
            }

            if (!ReferenceEquals(code.Value, last))
            {
                (last, lastContained) = (code.Value, tree.Contains(code));
            }

            return lastContained;
        }
    }

    /// <summary>
    /// The problems of one check as they are found; when warnings are not listed, each is counted instead of made
    /// (a large file's warnings beyond those it lists cost no message).
    /// </summary>
    /// <remarks>Internal, as <see cref="CheckAmounts"/> is, for ReadyToRun.</remarks>
    internal sealed class Found(bool listWarnings)
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
    /// <remarks>Internal, as <see cref="CheckAmounts"/> is, for ReadyToRun.</remarks>
    internal IReadOnlyList<ProgressReport> Held(TargetId target, OrgUnitCode orgUnit, bool rare)
    {
        if (earlier.Count > 0)
        {
            held ??= earlier.ToLookup(r => (r.Target, r.OrgUnit));
            return [.. held[(target, orgUnit)]];
        }

        return rare && Store is { } store ? [.. store.Held(target, orgUnit)] : [];
    }

    /// <summary>Whether a report held of the run's target and unit has the date and a lower revision: what a revision
    /// revises when the batch holds none (a loop, not a lambda over the row's key, which would allocate a closure for
    /// every row checked whether or not it is a revision).</summary>
    /// <remarks>Internal, as <see cref="CheckAmounts"/> is, for ReadyToRun.</remarks>
    internal static bool HoldsEarlierRevision(IReadOnlyList<ProgressReport> held, LocalDate date, int revision)
    {
        for (var i = 0; i < held.Count; i++)
        {
            if (held[i].Date == date && held[i].Revision < revision)
            {
                return true;
            }
        }

        return false;
    }
}

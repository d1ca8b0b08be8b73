using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// Reports over time, beside the segments: revisions, corrections (冲减), reports known later than their date and
/// reports that say more than their amounts (a stage, a note: kept whole so that they read back as given), kept
/// per (target, org unit) cell and day in a small side table, for they are rare. A cell that has any is read on a slow
/// path that puts its reports together; every other cell keeps the fast path of the segments.
/// </content>
public sealed partial class ReportStore : IHeldReports
{
    /// <summary>Per cell, per day: the reports of that key held beside the segments (every revision).</summary>
    private ImmutableDictionary<int, ImmutableSortedDictionary<int, ImmutableArray<Kept>>> rare = ImmutableDictionary<int, ImmutableSortedDictionary<int, ImmutableArray<Kept>>>.Empty;

    /// <summary>The cells whose latest reports differ from the segments' (a revision or a correction): read on the slow path by every query.</summary>
    private ImmutableHashSet<int> revised = [];

    /// <summary>What admission asks of the rare reports of a batch: every report held for the target and org unit.</summary>
    IEnumerable<ProgressReport> IHeldReports.Held(TargetId target, OrgUnitCode orgUnit)
    {
        var t = Layout.TargetIndex[target];
        var u = Layout.UnitIndex[orgUnit];
        var cell = (t * Layout.UnitCount) + u;
        var side = rare.GetValueOrDefault(cell);
        var held = new List<ProgressReport>();
        var cursor = new DayOrderCursor(segments);
        cursor.Reset(cell);
        while (cursor.MoveNext(out var segment, out var index))
        {
            int day = segment.DayAt(index);
            if (side is null || !side.ContainsKey(day))
            {
                held.Add(ReportOf(t, orgUnit, day, segment.NumAt(index), segment.DenAt(index)));
            }
        }

        held.AddRange(side?.Values.SelectMany(k => k.Select(x => x.Report)) ?? []);
        return held;
    }

    /// <summary>
    /// Splits an admitted batch: the reports that go into a segment (first reports, late-known ones too) and those
    /// kept beside it (revisions and corrections, and whole the first reports known late or with details).
    /// </summary>
    private (List<ProgressReport> Rows, ImmutableDictionary<int, ImmutableSortedDictionary<int, ImmutableArray<Kept>>> Rare, ImmutableHashSet<int> Revised, int SideOnly)
        Split(IReadOnlyList<ProgressReport> reports)
    {
        var rows = new List<ProgressReport>(reports.Count);
        var newRare = rare.ToBuilder();
        var newRevised = revised.ToBuilder();
        var sideOnly = 0;
        foreach (var report in reports)
        {
            var late = report.KnownFrom > report.Date || report.HasDetails;
            var aside = report.Revision > 0 || report.IsCorrection;
            if (!aside)
            {
                rows.Add(report);
            }

            if (!aside && !late)
            {
                continue;
            }

            var t = Layout.TargetIndex[report.Target];
            var cell = (t * Layout.UnitCount) + Layout.UnitIndex[report.OrgUnit];
            var day = Layout.DayNumber(report.Date);
            var days = newRare.GetValueOrDefault(cell) ?? ImmutableSortedDictionary<int, ImmutableArray<Kept>>.Empty;
            var (num, den) = Numbers(t, report);
            var known = Layout.DayNumber(report.KnownFrom);
            newRare[cell] = days.SetItem(day, days.GetValueOrDefault(day, []).Add(new Kept(report, report.Revision, known, num, den)));
            if (aside)
            {
                newRevised.Add(cell);
                sideOnly++;
            }
        }

        return (rows, newRare.ToImmutable(), newRevised.ToImmutable(), sideOnly);
    }

    /// <summary>
    /// A rare cell's reports that count, in day order: of each day its latest revision known on
    /// <paramref name="knownOn"/> (all when null) — from the side table where it holds the day, else the segments' row.
    /// </summary>
    private List<(int Day, double Num, double Den)> EffectiveRows(Segment[] snapshot, int cell, int? knownOn)
    {
        var side = rare[cell];
        var rows = new List<(int Day, double Num, double Den)>();
        bool Known(int knownDay) => knownOn is not { } k || knownDay <= k;

        // Per day, the latest revision known: of the side table's reports (revisions, corrections, reports known late)
        // and the segment's row — the first report of its key, known from its own day unless the side table holds it
        // with a later day of knowledge. Corrections have no row in the segments.
        var cursor = new DayOrderCursor(snapshot);
        cursor.Reset(cell);
        while (cursor.MoveNext(out var segment, out var index))
        {
            int day = segment.DayAt(index);
            var kept = side.GetValueOrDefault(day, []);
            if (Latest(kept) is { } latest)
            {
                rows.Add((day, latest.Num, latest.Den));
            }
            else if (!kept.Any(x => x.Revision == 0) && Known(day))
            {
                rows.Add((day, segment.NumAt(index), segment.DenAt(index)));
            }
        }

        foreach (var (day, kept) in side)
        {
            if (kept.Any(x => x.Revision == 0 && x.Report.IsCorrection) && Latest(kept) is { } latest)
            {
                rows.Add((day, latest.Num, latest.Den));
            }
        }

        Kept? Latest(ImmutableArray<Kept> kept)
        {
            Kept? latest = null;
            foreach (var x in kept)
            {
                if (Known(x.KnownDay) && (latest is null || x.Revision > latest.Value.Revision))
                {
                    latest = x;
                }
            }

            return latest;
        }

        rows.Sort(static (a, b) => a.Day.CompareTo(b.Day));
        return rows;
    }

    /// <summary>The slow path of the as-of query for a rare cell: its reports that count on or before a day, aggregated.</summary>
    private void CollectRare(Segment[] snapshot, int t, int cell, int day, int? knownOn, double[] num, double[]? den, int[] reports)
    {
        var aggregation = Layout.TimeAggregations[t];
        var state = CellState.Empty;
        var seq = 0L;
        foreach (var row in EffectiveRows(snapshot, cell, knownOn))
        {
            if (row.Day > day)
            {
                break;
            }

            state = CellState.Merge(aggregation, Layout.IsRatio[t], state, CellState.Of(row.Day, seq++, row.Num, row.Den));
        }

        num[cell] = state.Numerator(aggregation);
        if (den is not null)
        {
            den[cell] = state.Denominator(aggregation);
        }

        reports[cell] = TargetArithmetic.CountingReports(aggregation, state.Count);
    }

    /// <summary>The cells of a target a query reads on the slow path: those with a revision or correction, and with a date of knowledge every rare one.</summary>
    private IEnumerable<int> RareCells(int t, int? knownOn)
    {
        var (first, end) = (t * Layout.UnitCount, (t + 1) * Layout.UnitCount);
        var cells = knownOn is null ? (IEnumerable<int>)revised : rare.Keys;
        return cells.Where(c => c >= first && c < end);
    }

    /// <summary>A report's numbers as the segments hold them: for a share its numerator and denominator.</summary>
    private (double Num, double Den) Numbers(int t, ProgressReport report)
    {
        var (num, den) = Amounts(Layout.Targets[t], report);
        return (num, Layout.HasRatio ? den : 0d);
    }

    private ProgressReport ReportOf(int t, OrgUnitCode orgUnit, int day, double num, double den)
        => ReportOf(Layout.Targets[t], orgUnit, Layout.DateOf(day), num, den);

    /// <summary>A report made again from a row's amounts (the inverse of <see cref="Amounts"/>): a share with its fraction, otherwise the value.</summary>
    internal static ProgressReport ReportOf(Target target, OrgUnitCode orgUnit, LocalDate date, double num, double den)
        => TargetArithmetic.IsShare(target)
            ? new ProgressReport(target.Id, orgUnit, date, (decimal)num / (decimal)den) { Numerator = (decimal)num, Denominator = (decimal)den }
            : new ProgressReport(target.Id, orgUnit, date, (decimal)num);

    /// <summary>A report kept beside the segments, with its revision, the day it is known from and its numbers.</summary>
    private readonly record struct Kept(ProgressReport Report, int Revision, int KnownDay, double Num, double Den);
}

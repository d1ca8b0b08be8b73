using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The aggregation engine's columnar store of progress reports (进度报送) for one plan, one org unit tree and one
/// date range, answering as-of roll-ups, progress-over-time series and reporting completeness at city scale.
/// </summary>
/// <remarks>
/// <para>Reports are kept as columns (struct-of-arrays): each appended batch becomes an immutable segment laid out
/// by (target, org unit) cell and by day, so an as-of query reads a short run per cell and a later batch is
/// added without rebuilding what is there. Segments of similar size are merged as they accumulate (compaction),
/// so a store fed in many small rounds answers as fast as one loaded at once. A batch is validated whole before
/// anything is added: after a rejected batch the store is unchanged. Large batches are laid out on two cores.</para>
/// <para>One report per (target, org unit, date): a batch that repeats a key, or repeats one already stored, is
/// refused whole.</para>
/// <para>Numbers: reports' amounts are exact <see cref="decimal"/>s; the store holds them as <see cref="double"/> for
/// throughput (converted once, in <see cref="Append(IEnumerable{ProgressReport})"/>) and aggregates across time and
/// up the tree in doubles. What it aggregated becomes decimals once again (<see cref="Rules.Achievement"/>), and every
/// figure and status is then the rules' (<see cref="Rules.TargetArithmetic"/>), as for the evaluator. Sums of counts
/// below 2^53 are exact.</para>
/// <para>Admission: a batch of reports is asked of <see cref="ReportAdmission"/>, as on every other path.</para>
/// <para>Thread safety: appends are serialized; queries read a snapshot of the segments and may run concurrently
/// with each other, with an append and with a compaction (they see the store before or after it, whole).</para>
/// </remarks>
public sealed partial class ReportStore
{
    private readonly Lock appendLock = new();
    private Segment[] segments = [];
    private long count;
    private long generations;

    private ReportStore(StoreLayout layout)
    {
        Layout = layout;
        Arithmetic = new EngineArithmetic(layout);
        Admission = new ReportAdmission(layout.Plan, layout.Tree) { Store = this };
    }

    /// <summary>The plan the store was opened for.</summary>
    public Plan Plan => Layout.Plan;

    /// <summary>The org unit tree the store was opened for.</summary>
    public OrgUnitTree Tree => Layout.Tree;

    /// <summary>The range of report dates the store accepts.</summary>
    public DateInterval Range => Layout.Range;

    /// <summary>The number of reports held.</summary>
    public long Count => Interlocked.Read(ref count);

    internal StoreLayout Layout { get; }

    internal EngineArithmetic Arithmetic { get; }

    /// <summary>What makes a report admissible: the rules every path asks (<see cref="ReportAdmission"/>).</summary>
    internal ReportAdmission Admission { get; }

    /// <summary>Where the segments' columns are allocated.</summary>
    internal ColumnMemory Memory { get; } = new(FreeColumnBlocks.Shared);

    /// <summary>The segments as the last append or compaction left them: a snapshot, whole.</summary>
    internal ImmutableArray<Segment> Segments => ImmutableCollectionsMarshal.AsImmutableArray(Volatile.Read(ref segments));

    /// <summary>Batches at least this long are laid out on two cores (tests lower it to cover that path).</summary>
    internal int ParallelThreshold { get; set; } = 1 << 16;

    /// <summary>Opens an empty store for a plan and a tree, accepting reports dated within the plan's period.</summary>
    /// <param name="plan">The plan whose targets are reported on.</param>
    /// <param name="tree">The org units that report.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period, is too large (see the other overload), or a target's allocation or milestone scope names an org unit the tree does not have.</exception>
    public static ReportStore Open(Plan plan, OrgUnitTree tree) => Open(plan, tree, Preconditions.CheckNotNull(plan).PeriodToEvaluate(nameof(plan)));

    /// <summary>Opens an empty store for a plan, a tree and a range of report dates.</summary>
    /// <param name="plan">The plan whose targets are reported on.</param>
    /// <param name="tree">The org units that report.</param>
    /// <param name="range">The dates reports may carry.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period (its evaluations need one), or more target × org unit
    /// cells than the store can index (2^31), or the range is 65,536 days or longer.</exception>
    /// <remarks>A target's allocation or milestone scope may name org units the tree does not have: a store of one
    /// county's subtree holds that county's reports, and its partial (<see cref="PartialAsOf"/>) is rolled up by a store
    /// of the whole tree, against the whole allocation. That the units named exist is for the readers (ZA0002) and the
    /// plan check (ZV0005) to say.</remarks>
    public static ReportStore Open(Plan plan, OrgUnitTree tree, DateInterval range)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(range);
        plan.PeriodToEvaluate(nameof(plan));
        Preconditions.CheckArgument((long)plan.Targets.Length * tree.Count < int.MaxValue, nameof(tree), "The plan's targets times the tree's org units must be fewer than 2^31.");
        Preconditions.CheckArgument(range.Length <= ushort.MaxValue, nameof(range), "The range must be shorter than 65,536 days.");
        return new ReportStore(new StoreLayout(plan, tree, range));
    }

    /// <summary>The index of a target, for <see cref="ReportRow.Target"/>: its position in <see cref="Plan.Targets"/>.</summary>
    /// <param name="target">The target id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The plan has no such target.</exception>
    internal int TargetIndex(TargetId target) => Layout.TargetOf(target, nameof(target));

    /// <summary>The index of an org unit, for <see cref="ReportRow.OrgUnit"/>: its position in <see cref="OrgUnitTree.Units"/>.</summary>
    /// <param name="orgUnit">The org unit code.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    internal int OrgUnitIndex(OrgUnitCode orgUnit) => Layout.UnitOf(orgUnit, nameof(orgUnit));

    /// <summary>The day number of a date, for <see cref="ReportRow.Day"/>: days since the start of <see cref="Range"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day number, from 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="Range"/>.</exception>
    internal int DayNumber(LocalDate date)
        => Range.Contains(date)
            ? Layout.DayNumber(date)
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"The date is outside the store's range {Range}.");

    /// <summary>Adds a batch of reports in index form (counts only, or shares without denominators rejected).</summary>
    /// <param name="rows">The reports.</param>
    /// <exception cref="ArgumentException">A row names an unknown target or org unit, a day outside the range, a
    /// negative or non-finite value, or a share without a denominator. Nothing is added.</exception>
    internal void Append(ReadOnlyMemory<ReportRow> rows) => Append(rows, ReadOnlyMemory<double>.Empty);

    /// <summary>Adds a batch of reports in index form, with denominators for the shares among them.</summary>
    /// <param name="rows">The reports; for a share the value is the numerator.</param>
    /// <param name="denominators">One denominator per row (ignored for counts); empty when the batch holds no shares.</param>
    /// <exception cref="ArgumentException">A row names an unknown target or org unit, a day outside the range, a
    /// negative or non-finite value, or a share without a positive denominator; or the lengths differ.
    /// Nothing is added.</exception>
    internal void Append(ReadOnlyMemory<ReportRow> rows, ReadOnlyMemory<double> denominators)
    {
        if (TryAppend(rows, denominators) is { } fault)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Row {fault.Row} is rejected: {fault.Message} No row of the batch was added."), nameof(rows));
        }
    }

    /// <summary>
    /// Adds a batch of reports in index form, or finds its first bad row and adds nothing: a row outside the plan,
    /// tree or range, a bad value or denominator, a (target, org unit, day) key repeated within the batch, or a
    /// key already stored. For the admission rules, which turn the fault into their diagnostic.
    /// </summary>
    /// <param name="rows">The reports; for a share the value is the numerator.</param>
    /// <param name="denominators">One denominator per row, or none.</param>
    /// <returns>Null when the batch was added; otherwise the first bad row.</returns>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    internal RowFault? TryAppend(ReadOnlyMemory<ReportRow> rows, ReadOnlyMemory<double> denominators)
    {
        Preconditions.CheckArgument(denominators.IsEmpty || denominators.Length == rows.Length, nameof(denominators), "Give one denominator per row, or none.");
        if (rows.IsEmpty)
        {
            return null;
        }

        lock (appendLock)
        {
            // Large batches are laid out on two cores, into one segment (one run per cell at query time).
            var (segment, fault) = SegmentBuilder.Build(Layout, Memory, Interlocked.Increment(ref generations), rows, denominators, Parts(rows.Length));

            // A merge running meanwhile replaces segments by one holding the same keys, so checking against the
            // segments as they are now stays right when the batch is published after it.
            using (Memory.Read())
            {
                fault ??= FirstStoredKey(Volatile.Read(ref segments), segment!, rows.Span);
            }

            if (fault is not null)
            {
                if (segment is not null)
                {
                    Memory.Release(segment.Blocks);
                }

                return fault;
            }

            Publish(segment!);
            Interlocked.Add(ref count, rows.Length);
            return null;
        }
    }

    /// <summary>Adds a batch of progress reports (进度报送), whole or not at all.</summary>
    /// <param name="reports">The reports, revisions and corrections included. For a share the numerator and
    /// denominator are used; otherwise the value.</param>
    /// <remarks>The batch is asked of admission with what the store holds: a revision must revise a report held or in
    /// the batch, a correction must leave its unit's running total at 0 or above. First reports go into a segment;
    /// revisions, corrections and the dates reports became known go into a side table beside the segments (they are
    /// rare), which queries read for the cells they touch.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, is refused by <see cref="ReportAdmission"/> (the message
    /// gives its code and why: a target not in the plan, an org unit not in the tree, a date outside the plan period,
    /// a share without numerator and denominator, an unmarked duplicate, a revision of nothing, a running total below
    /// zero, …), or is dated outside the store's range. Nothing is added.</exception>
    public void Append(IEnumerable<ProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports as IReadOnlyList<ProgressReport> ?? [.. reports];
        lock (appendLock)
        {
            // Asked with what is held: a revision revises a report held, a correction draws on the increments held.
            ReportAdmission.ThrowIfRefused(Admission.Check(list), list, nameof(reports), " No report of the batch was added.");
            for (var i = 0; i < list.Count; i++)
            {
                if (!Range.Contains(list[i].Date))
                {
                    throw Rejected(nameof(reports), i, list[i], $"the date is outside the store's range {Range}.");
                }
            }

            var (plain, newRare, newRevised, sideOnly) = Split(list);
            var rows = new ReportRow[plain.Count];
            var denominators = Layout.HasRatio ? new double[plain.Count] : [];
            for (var i = 0; i < plain.Count; i++)
            {
                var report = plain[i];

                // Boundary: decimal amounts become doubles here.
                var target = Layout.TargetIndex[report.Target];
                var (value, denominator) = Numbers(target, report);
                if (denominators.Length > 0)
                {
                    denominators[i] = denominator;
                }

                rows[i] = new ReportRow(target, Layout.UnitIndex[report.OrgUnit], Layout.DayNumber(report.Date), value);
            }

            // The store's key check finds a first report whose key it holds already; admission says what that is.
            if (TryAppend(rows, denominators) is { } fault)
            {
                var index = Enumerable.Range(0, list.Count).First(i => ReferenceEquals(list[i], plain[fault.Row]));
                var problem = fault.Kind is RowFaultKind.AlreadyStored or RowFaultKind.RepeatedInBatch
                    ? ReportAdmission.Duplicate(index, list[index])
                    : throw Rejected(nameof(reports), index, list[index], fault.Message);
                ReportAdmission.ThrowIfRefused([problem], list, nameof(reports), " No report of the batch was added.");
            }

            (rare, revised) = (newRare, newRevised);
            Interlocked.Add(ref count, sideOnly);
        }
    }

    /// <summary>
    /// The boundary where a report's decimal amounts become the doubles the store holds: for a share with its
    /// fraction, the numerator and the denominator; otherwise the value, over 1.
    /// </summary>
    /// <param name="target">The report's target.</param>
    /// <param name="report">The report, admitted.</param>
    /// <returns>The value (a share's numerator) and the denominator.</returns>
    internal static (double Value, double Denominator) Amounts(Target target, ProgressReport report)
        => AmountsOf(target, report.Value, report.Numerator, report.Denominator);

    private static ArgumentException Rejected(string paramName, int index, ProgressReport report, string why)
        => new(string.Create(CultureInfo.InvariantCulture, $"Report {index} ({report}) is rejected: {why} No report of the batch was added."), paramName);

    /// <summary>A large batch is laid out in 8 pieces a pass, taken by whichever core is free.</summary>
    private int Parts(long rows) => rows < ParallelThreshold || Environment.ProcessorCount < 2 ? 1 : 8;
}

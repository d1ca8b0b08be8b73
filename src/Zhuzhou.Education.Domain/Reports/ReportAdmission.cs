using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// What makes a progress report (进度报送) admissible, in one place: given a plan and an org unit tree, every problem
/// of a report or a batch, with its place. The JSON and CSV readers, the evaluator and the aggregation engine all ask
/// it, so a bad report gets the same code and message on every path; each path refuses a batch with an error whole.
/// </summary>
/// <remarks>
/// <para>Errors (<see cref="ReportDiagnosticCodes"/>): a target the plan does not have; an org unit the tree does not
/// have; a date outside the plan period (or not in the ISO calendar; a plan without a period, whose text named no year,
/// admits any date, and is not evaluated); a share without its numerator and
/// denominator, or half a fraction; a milestone's value above 1, a stage the target does not define or a value
/// other than the stage's; an unmarked duplicate — a report repeating another's target, org unit, date and revision
/// (never resolved by order); a revision that revises nothing, or does not say when it was submitted; a correction
/// (a negative value) of a target whose reports are not increments; an org unit's running total of increments below
/// zero; an amount above what its measure word admits (<see cref="MeasureWords.MaximumAmount"/>: 10⁹ for a count, 10¹²
/// otherwise, so no sum can overflow), a count of whole things with a fraction (2.5 名), a numerator larger than its
/// denominator. Negative values without a correction's reason cannot make a <see cref="ProgressReport"/>; readers check them
/// with <see cref="CheckNumber"/>. Warnings, which never refuse a batch: a level that falls over time, a value more
/// than ten times what its target requires, a report dated after the day it was received.</para>
/// <para>A batch is checked with what is already held (<see cref="Earlier"/>, or the aggregation engine's store):
/// a revision may revise a report held, a correction draws on the increments held, and a report repeating one held
/// is a duplicate. Without them the batch is the whole history.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class ReportAdmission
{
    private const int FarAbove = 10;

    // A share's numerator and denominator count people or schools: the largest count a report may give.
    private static readonly decimal Fractions = MeasureWords.MaximumAmount(MeasureWord.People);

    private readonly Plan? plan;
    private readonly Target? only;
    private readonly DateInterval? period;
    private readonly Dictionary<TargetId, int>? targetIndex;
    private IReadOnlyList<ProgressReport> earlier = [];
    private ILookup<(TargetId, OrgUnitCode), ProgressReport>? held;

    /// <summary>Creates the rules for reports on a plan's targets from the units of a tree.</summary>
    /// <param name="plan">The plan: its targets and its period.</param>
    /// <param name="orgUnits">The org units that may report; null to admit any org unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ReportAdmission(Plan plan, OrgUnitTree? orgUnits)
    {
        this.plan = Preconditions.CheckNotNull(plan);
        period = plan.Period;
        OrgUnits = orgUnits;
        targetIndex = plan.Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
    }

    // The evaluator's: the reports of one target, dated within a period.
    private ReportAdmission(Target target, DateInterval period)
    {
        only = target;
        this.period = period;
    }

    /// <summary>The org units that may report; null when any may.</summary>
    public OrgUnitTree? OrgUnits { get; }

    /// <summary>
    /// The reports already held (every revision), which a batch is checked with: its revisions may revise them, its
    /// corrections draw on them, and repeating one is a duplicate. Empty (the default): the batch is the whole history.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public IReadOnlyList<ProgressReport> Earlier
    {
        get => earlier;
        init
        {
            Preconditions.CheckNotNull(value, nameof(Earlier));
            Preconditions.CheckArgument(value.All(r => r is not null), nameof(Earlier), "A report must not be null.");
            earlier = value;
            held = null;
        }
    }

    /// <summary>What the aggregation engine holds, for its own appends (in place of <see cref="Earlier"/>).</summary>
    internal IHeldReports? Store { get; init; }

    /// <summary>The problem of a value, numerator or denominator a reader found before it could make a report: negative, or a denominator of 0.</summary>
    /// <param name="index">The report's position in the batch.</param>
    /// <param name="field">"value", "numerator" or "denominator".</param>
    /// <param name="number">The number as read.</param>
    /// <param name="correction">Whether the report gives a reason, which makes a negative value a correction (冲减).</param>
    /// <returns>The problem, or null when the number is in range.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not one of the three.</exception>
    public static ReportProblem? CheckNumber(int index, string field, decimal number, bool correction = false)
    {
        Preconditions.CheckArgument(field is "value" or "numerator" or "denominator", nameof(field), "The field must be \"value\", \"numerator\" or \"denominator\".");
        if (field == "denominator" ? number > 0 : number >= 0 || (correction && field == "value"))
        {
            return null;
        }

        var text = number.ToString(CultureInfo.InvariantCulture);
        var key = field == "denominator" ? ReportDiagnosticCodes.OutOfRange : ReportDiagnosticCodes.OutOfRange + "." + field;
        return Error(index, field, ReportDiagnosticCodes.OutOfRange, key, text);
    }

    /// <summary>The problem of an org unit a reader could not find in the tree, as written.</summary>
    /// <param name="index">The report's position in the batch.</param>
    /// <param name="orgUnit">The org unit as written (a code or a name).</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orgUnit"/> is null.</exception>
    public ReportProblem UnknownOrgUnit(int index, string orgUnit)
    {
        ArgumentNullException.ThrowIfNull(orgUnit);
        return OrgUnits is { } tree
            ? Error(index, "orgUnit", ReportDiagnosticCodes.UnknownOrgUnit, ReportDiagnosticCodes.UnknownOrgUnit, orgUnit, tree.Root.Name)
            : Error(index, "orgUnit", ReportDiagnosticCodes.UnknownOrgUnit, ReportDiagnosticCodes.UnknownOrgUnit + ".any", orgUnit);
    }

    /// <summary>Every problem of a batch: each report's, then those across reports; errors and warnings.</summary>
    /// <param name="reports">The batch, in order.</param>
    /// <returns>The problems, by report and then in the order of the checks; empty when the batch is admissible and unremarkable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null.</exception>
    public ImmutableArray<ReportProblem> Check(IReadOnlyList<ProgressReport> reports) => Check(reports, listWarnings: true, out _);

    /// <summary>
    /// Every problem of a batch, as <see cref="Check(IReadOnlyList{ProgressReport})"/>; when <paramref name="listWarnings"/>
    /// is false (a file that has listed all the warnings it lists), warnings are only counted, never made.
    /// </summary>
    internal ImmutableArray<ReportProblem> Check(IReadOnlyList<ProgressReport> reports, bool listWarnings, out int unlisted)
    {
        ArgumentNullException.ThrowIfNull(reports);
        for (var i = 0; i < reports.Count; i++)
        {
            _ = reports[i] ?? throw new ArgumentException($"Report {i} is null.", nameof(reports));
        }

        // Each report read as a row with its object when asked, not copied into an array of rows: the same checks as a
        // reader's rows, so one copy of each rule, and no array of a million rows beside the million reports.
        return CheckRows(new ReportRows(reports, this), listWarnings, out unlisted);
    }

    /// <summary>
    /// Every problem of a batch of rows (see <see cref="AdmissionRow"/>): each row's own, then those across rows, errors
    /// and warnings, as <see cref="Check(IReadOnlyList{ProgressReport})"/> gives them for the same reports as objects.
    /// The readers' form, which makes no <see cref="ProgressReport"/> for a plain first report; for the aggregation
    /// engine's callers besides (a batch checked, then appended with <c>ReportStore.TryAppendAdmitted</c>).
    /// </summary>
    /// <param name="rows">The batch, in order; a problem's index is a row's place in it.</param>
    /// <param name="listWarnings">False once a file has listed all the warnings it lists: warnings are then only counted.</param>
    /// <param name="unlisted">The warnings counted and not made.</param>
    /// <returns>The problems, by row and then in the order of the checks.</returns>
    /// <exception cref="ArgumentException">A row's <see cref="AdmissionRow.Target"/> is not the position of its <see cref="AdmissionRow.TargetId"/> in the plan (or −1 for a target the plan lacks).</exception>
    internal ImmutableArray<ReportProblem> Check(ReadOnlySpan<AdmissionRow> rows, bool listWarnings, out int unlisted)
        => CheckRows(new SpanRows(rows), listWarnings, out unlisted);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<ReportProblem> CheckRows<TRows>(TRows rows, bool listWarnings, out int unlisted)
        where TRows : IAdmissionRows, allows ref struct
    {
        var problems = new Found(listWarnings);

        // The cells (target × org unit) numbered for the file when its batches are carried, else for this check; the
        // keys' arrays kept from batch to batch of a file, else from the pool (a store's appends).
        var carried = Store?.Carried;
        var cells = carried?.Cells ?? new ReportCells();
        var batch = cells.Begin();
        using var pooledKeys = carried is null ? new Scratch<Key>(rows.Length) : default;
        using var pooledRuns = carried is null ? new Scratch<Key>(rows.Length) : default;
        var (keys, byRun) = carried is null ? (pooledKeys.Array, pooledRuns.Array) : cells.KeyArrays<Key>(rows.Length);
        using var sizes = new Scratch<int>(rows.Length);
        sizes.Array.AsSpan().Clear();
        var count = 0;
        var runs = 0;
        var tree = new TreeUnits(OrgUnits);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (only is null && (row.Target >= plan!.Targets.Length || (row.Target >= 0 ? plan.Targets[row.Target].Id != row.TargetId : targetIndex!.ContainsKey(row.TargetId))))
            {
                throw new ArgumentException($"Row {i} gives {row.Target} as the position of target {row.TargetId} in the plan.", nameof(rows));
            }

            if (CheckReport(i, in row, tree.Contains(row.OrgUnit), problems) is not null)
            {
                var cell = cells.CellOf(only is null ? row.Target : 0, cells.UnitNumber(row.OrgUnit), batch, ref runs, out var run);
                sizes.Array[run]++;
                keys[count++] = new Key(cell, run, row.Date, row.Revision, i);
            }
        }

        CheckAcross(rows, keys.AsSpan(0, count), byRun.AsSpan(0, count), sizes.Array.AsSpan(0, runs), problems);
        unlisted = problems.Unlisted;
        return problems.InReportOrder();
    }

    /// <summary>A target's position in the plan, as <see cref="AdmissionRow.Target"/> gives it: −1 when the plan does not have it; 0 for the evaluator's one target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The position, or −1.</returns>
    internal int TargetIndex(TargetId target)
        => only is not null ? (target == only.Id ? 0 : -1) : targetIndex!.TryGetValue(target, out var index) ? index : -1;

    /// <summary>The evaluator's check: the reports of one target, dated within a period; throws on the first error.</summary>
    internal static void ThrowIfRefused(Target target, DateInterval period, IReadOnlyList<ProgressReport> reports, string paramName)
        => ThrowIfRefused(new ReportAdmission(target, period).Check(reports), reports, paramName, string.Empty);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first error of a batch, if there is one.</summary>
    internal static void ThrowIfRefused(ImmutableArray<ReportProblem> problems, IReadOnlyList<ProgressReport> reports, string paramName, string consequence)
    {
        var errors = problems.Where(p => p.IsError).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var first = errors[0];
        var more = errors.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({errors.Count - 1} more problem(s) in the batch.)") : string.Empty;
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Report {first.Index} ({reports[first.Index]}) is refused: {first.Code}: {first.Message}{more}{consequence}"),
            paramName);
    }

    /// <summary>A report dated outside the range of the store it is put into.</summary>
    internal static ReportProblem OutsideStoreRange(int index, LocalDate date, DateInterval range)
        => Error(index, "date", ReportDiagnosticCodes.OutsidePeriod, ReportDiagnosticCodes.OutsidePeriod + ".store", Dates.Iso(date), Dates.Iso(range.Start), Dates.Iso(range.End));

    // The message is the catalogue's template (DiagnosticMessages) under the key, with the arguments in place.
    private static ReportProblem Error(int index, string? field, string code, string key, params string[] arguments)
        => new(index, field, code, DiagnosticSeverity.Error, key, arguments);

    private static ReportProblem Warning(int index, string? field, string code, string key, params string[] arguments)
        => new(index, field, code, DiagnosticSeverity.Warning, key, arguments);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One report's own problems (a row; the rare report's own checks read its object); its target when the target is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Target? CheckReport(int i, in AdmissionRow row, bool unitInTree, Found problems)
    {
        Target? target;
        if (only is not null)
        {
            target = row.TargetId == only.Id ? only : null;
            if (target is null)
            {
                problems.Add(Error(i, "target", ReportDiagnosticCodes.OtherTarget, ReportDiagnosticCodes.OtherTarget, row.TargetId.ToString(), only.Id.ToString()));
            }
        }
        else
        {
            target = row.Target >= 0 ? plan!.Targets[row.Target] : null;
            if (target is null)
            {
                problems.Add(Error(i, "target", ReportDiagnosticCodes.UnknownTarget, ReportDiagnosticCodes.UnknownTarget, row.TargetId.ToString(), plan!.Title));
            }
        }

        if (!unitInTree)
        {
            problems.Add(UnknownOrgUnit(i, row.OrgUnit.Value));
        }

        if (row.Date.Calendar != CalendarSystem.Iso)
        {
            problems.Add(Error(i, "date", ReportDiagnosticCodes.NotIsoCalendar, ReportDiagnosticCodes.NotIsoCalendar));
        }
        else if (period is not null && !period.Contains(row.Date))
        {
            problems.Add(Error(i, "date", ReportDiagnosticCodes.OutsidePeriod, ReportDiagnosticCodes.OutsidePeriod,
                Dates.Iso(row.Date), Dates.Iso(period.Start), Dates.Iso(period.End)));
        }

        if ((row.Numerator is null) != (row.Denominator is null))
        {
            problems.Add(Error(i, null, ReportDiagnosticCodes.HalfAFraction, ReportDiagnosticCodes.HalfAFraction));
        }
        else if (target is { OrgUnitAggregation: OrgUnitAggregation.Ratio } && target.Comparison.Kind != ComparisonKind.Milestone && row.Numerator is null)
        {
            problems.Add(Error(i, null, ReportDiagnosticCodes.ShareWithoutFraction, ReportDiagnosticCodes.ShareWithoutFraction, target.Id.ToString()));
        }

        var report = row.Report;
        if (target is not null)
        {
            CheckMilestone(i, in row, target, problems);
            CheckAmounts(i, in row, target, problems);
            if (row.IsCorrection && (target.TimeAggregation != TimeAggregation.Increment || target.Comparison.Kind == ComparisonKind.Milestone || row.Numerator is not null))
            {
                problems.Add(Error(i, "value", ReportDiagnosticCodes.CorrectionOfNonIncrement, ReportDiagnosticCodes.CorrectionOfNonIncrement,
                    Invariant(row.Value), target.Id.ToString()));
            }
        }

        if (report is { Revision: > 0, Submitted: null })
        {
            problems.Add(Error(i, "submitted", ReportDiagnosticCodes.RevisionWithoutSubmitted, ReportDiagnosticCodes.RevisionWithoutSubmitted,
                report.Revision.ToString(CultureInfo.InvariantCulture)));
        }

        if (target is not null && report?.Received is { } received && row.Date > received && problems.ListsWarning())
        {
            problems.Add(Warning(i, "date", ReportDiagnosticCodes.DatedAfterReceived, ReportDiagnosticCodes.DatedAfterReceived,
                Dates.Iso(row.Date), Dates.Iso(received)));
        }

        if (target is not null && target.Comparison.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage)
            && target.OrgUnitAggregation == OrgUnitAggregation.Sum
            && target.Comparison.Required > 0 && IsFarAbove(row.Value, target.Comparison.Required) && problems.ListsWarning())
        {
            problems.Add(Warning(i, "value", ReportDiagnosticCodes.ValueFarAboveTarget, ReportDiagnosticCodes.ValueFarAboveTarget,
                Invariant(row.Value), target.Id.ToString(), Invariant(target.Comparison.Required)));
        }

        return target;
    }

    /// <summary>
    /// Whether a value is more than ten times what is required (<c>value / 10 &gt; required</c>): compared with the
    /// product when the quotient is exact (the value's scale below 28, the product within range), which gives the same
    /// answer without a division for every report.
    /// </summary>
    internal static bool IsFarAbove(decimal value, decimal required)
        => value.Scale < 28 && required <= 7_922_816_251_426_433_759_354_395_033m ? value > required * FarAbove : value / FarAbove > required;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckMilestone(int i, in AdmissionRow row, Target target, Found problems)
    {
        if (target.Comparison.Kind == ComparisonKind.Milestone && row.Value > 1m)
        {
            problems.Add(Error(i, "value", ReportDiagnosticCodes.MilestoneAboveOne, ReportDiagnosticCodes.MilestoneAboveOne,
                target.Id.ToString(), Invariant(row.Value)));
        }

        if (row.Report?.Stage is not { } name)
        {
            return;
        }

        if (target.FindStage(name) is not { } stage)
        {
            problems.Add(target.Stages.IsEmpty
                ? Error(i, "stage", ReportDiagnosticCodes.UnknownStage, ReportDiagnosticCodes.UnknownStage + ".none", target.Id.ToString())
                : Error(i, "stage", ReportDiagnosticCodes.UnknownStage, ReportDiagnosticCodes.UnknownStage, name, target.Id.ToString(), string.Join(", ", target.Stages.Select(s => s.Name))));
        }
        else if (stage.Completion != row.Value)
        {
            problems.Add(Error(i, "value", ReportDiagnosticCodes.StageValueDiffers, ReportDiagnosticCodes.StageValueDiffers,
                name, target.Id.ToString(), Invariant(stage.Completion), Invariant(row.Value)));
        }
    }

    /// <summary>Amounts in their measure word's range (so sums cannot overflow), whole when they count things, a share's part within its whole.</summary>
    /// <remarks>Called from an AggressiveOptimization check: ReadyToRun: internal, not private, so that it is compiled ahead of time. The library is trimmable, so crossgen2
    /// roots only what can be called from outside (internals included); a private method is compiled only for a caller
    /// compiled ahead of time, and a caller marked AggressiveOptimization never is: without this its callees would start
    /// unoptimised in every cold process (benchmarks/README.md, cold start of zedu).</remarks>
    internal static void CheckAmounts(int i, in AdmissionRow report, Target target, Found problems)
    {
        var limit = MeasureWords.MaximumAmount(target.Unit);
        var counts = target.Comparison.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage) && target.OrgUnitAggregation != OrgUnitAggregation.Ratio;
        var words = MeasureWords.ToChinese(target.Unit);
        if (report.Value > limit)
        {
            problems.Add(Error(i, "value", ReportDiagnosticCodes.AboveMaximum, ReportDiagnosticCodes.AboveMaximum,
                Invariant(report.Value), Invariant(limit) + words, target.Id.ToString()));
        }
        else if (counts && MeasureWords.IsWhole(target.Unit) && report.Value != decimal.Truncate(report.Value))
        {
            problems.Add(Error(i, "value", ReportDiagnosticCodes.NotWhole, ReportDiagnosticCodes.NotWhole, target.Id.ToString(), words, Invariant(report.Value)));
        }

        void CheckFraction(string field, decimal? number)
        {
            if (number > Fractions)
            {
                problems.Add(Error(i, field, ReportDiagnosticCodes.AboveMaximum, ReportDiagnosticCodes.AboveMaximum + "." + field, Invariant(number.Value), Invariant(Fractions)));
            }
        }

        // Two calls rather than a loop over a new array: this runs for every report of every file.
        CheckFraction("numerator", report.Numerator);
        CheckFraction("denominator", report.Denominator);

        if (report.Numerator > report.Denominator)
        {
            problems.Add(Error(i, "numerator", ReportDiagnosticCodes.NumeratorAboveDenominator, ReportDiagnosticCodes.NumeratorAboveDenominator,
                Invariant(report.Numerator!.Value), Invariant(report.Denominator!.Value)));
        }
    }

}

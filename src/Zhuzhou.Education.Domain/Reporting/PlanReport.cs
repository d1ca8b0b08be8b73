using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>
/// The whole report on a plan (工作要点完成情况) as of a date, assembled once from the plan, the org units, the
/// progress reports and the settings: figures per plan, section, item and target for the city and every org unit of
/// the breakdown, expected progress (序时进度), status counts and the count-based rate, the org units behind on each
/// target, the series of the plan's completion against its expected progress, reporting completeness, and for any
/// figure the reports that count. Every output — JSON (<c>zedu.evaluation/2</c>), CSV, a table, HTML — renders this
/// one object.
/// </summary>
/// <remarks>
/// <para>The reports go into the aggregation engine once (<see cref="ReportStore"/>), which gives every figure
/// through the rules; <see cref="Explain"/> gives a figure with the reports that count, through the same rules.</para>
/// <para>Immutable and thread-safe.</para>
/// <example>
/// <code>
/// var report = PlanReport.Build(plan, ZhuzhouOrgUnits.Tree2017, batch.Reports, new LocalDate(2017, 6, 30));
/// Console.WriteLine($"{report.Whole.Completion:P1} against {report.Whole.ExpectedProgress:P1}");
/// foreach (var target in report.Targets)
/// {
///     Console.WriteLine($"{target.Target.Id}: {target.Whole.Status}, behind: {string.Join("、", target.Behind.Select(u => u.Name))}");
/// }
/// </code>
/// </example>
/// </remarks>
public sealed class PlanReport
{
    private readonly AsOfResult result;
    private readonly Func<TargetId, IEnumerable<ProgressReport>> reportsOf;
    private readonly Lazy<ImmutableArray<OrgUnitReport>> orgUnits;
    private int unitEvaluations;

    private PlanReport(
        Plan plan,
        OrgUnitTree tree,
        LocalDate asOf,
        ReportSettings settings,
        PlanRollUp whole,
        ImmutableArray<OrgUnit> breakdown,
        ImmutableArray<SeriesPoint> series,
        ReportingCompleteness completeness,
        AsOfResult result,
        Func<TargetId, IEnumerable<ProgressReport>> reportsOf,
        HashSet<TargetId> reportedBelow,
        ImmutableArray<ImmutableArray<ProgressReport>> revised,
        LocalDate? knownOn)
    {
        KnownOn = knownOn;
        Plan = plan;
        Tree = tree;
        AsOf = asOf;
        Settings = settings;
        Whole = whole;
        Breakdown = breakdown;
        Series = series;
        Completeness = completeness;
        this.result = result;
        this.reportsOf = reportsOf;
        orgUnits = new(() => [.. breakdown.Select(u => new OrgUnitReport(u, EvaluatePlan(u)))]);
        Targets = [.. whole.Targets.Select((w, i) => new TargetReport(w, this, reportedBelow.Contains(w.Target.Id), revised[i]))];
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The org units that report.</summary>
    public OrgUnitTree Tree { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// The date of knowledge, when the report is "as known on" a date (what the bureau knew then: reports and
    /// revisions submitted later left out, see <see cref="ReportHistory.KnownOn"/>); null for all that is known.
    /// </summary>
    public LocalDate? KnownOn { get; }

    /// <summary>The settings the report was built with.</summary>
    public ReportSettings Settings { get; }

    /// <summary>The plan evaluated for the root of the tree (the city): its sections, items and targets.</summary>
    public PlanRollUp Whole { get; }

    /// <summary>
    /// The org units of the breakdown level (the level of <see cref="ReportSettings.Breakdown"/>), in the order of
    /// their codes: the order of <see cref="OrgUnits"/> and of every target's figures by org unit.
    /// </summary>
    public ImmutableArray<OrgUnit> Breakdown { get; }

    /// <summary>
    /// The plan evaluated for each org unit of the breakdown level, in the order of their codes; evaluated for every
    /// unit on first use and then kept (for a report by school, <see cref="TargetReport.EnumerateByOrgUnit"/> gives a
    /// target's figures one unit at a time instead).
    /// </summary>
    public ImmutableArray<OrgUnitReport> OrgUnits => orgUnits.Value;

    /// <summary>Every target in plan order: the whole's evaluation, each org unit's, and the units behind.</summary>
    public ImmutableArray<TargetReport> Targets { get; }

    /// <summary>
    /// The plan's figures for the whole at each point of the series before the as-of date (month ends by default),
    /// then on the as-of date: completion against expected progress over time.
    /// </summary>
    public ImmutableArray<SeriesPoint> Series { get; }

    /// <summary>Reporting completeness (报送完整率) as of the date, per target and org unit.</summary>
    public ReportingCompleteness Completeness { get; }

    /// <summary>The reports expected from the leaf units for ended reporting periods, over every target.</summary>
    public int ReportsExpected => Plan.Targets.Sum(t => Completeness.Expected(t.Id));

    /// <summary>The reports received for those periods, over every target.</summary>
    public int ReportsReceived => Plan.Targets.Sum(t => Completeness.Received(t.Id));

    /// <summary>Received over expected; 1 while nothing is expected yet.</summary>
    public decimal ReportingRate => ReportsExpected == 0 ? 1m : (decimal)ReportsReceived / ReportsExpected;

    /// <summary>Assembles the report.</summary>
    /// <param name="plan">The plan, with its allocations (任务分解) and milestone scopes.</param>
    /// <param name="orgUnits">The org units that report.</param>
    /// <param name="reports">The progress reports, revisions included, as one batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">The settings; <see cref="ReportSettings.Default"/> when null.</param>
    /// <param name="knownOn">The date of knowledge: the report as the bureau knew it then (reports and revisions
    /// submitted later left out); null for all that is known.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is refused by <see cref="ReportAdmission"/> (the message gives its code and why), or the settings are invalid.</exception>
    public static PlanReport Build(Plan plan, OrgUnitTree orgUnits, IEnumerable<ProgressReport> reports, LocalDate asOf, ReportSettings? settings = null, LocalDate? knownOn = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        ArgumentNullException.ThrowIfNull(reports);
        settings ??= ReportSettings.Default;
        var evaluation = settings.Evaluation;
        evaluation.Validate();
        var batch = reports as IReadOnlyList<ProgressReport> ?? [.. reports];

        // The engine holds the whole history (admission refuses the batch there) and answers as known on the date.
        var store = ReportStore.Open(plan, orgUnits);
        store.Append(batch);
        var known = knownOn is { } day ? [.. ReportHistory.KnownOn(batch, day)] : batch;
        var byTarget = known.ToLookup(r => r.Target);
        var reportedBelow = known.Where(r => r.OrgUnit != orgUnits.Root.Code).Select(r => r.Target).ToHashSet();
        return Assemble(store, asOf, settings, knownOn, reportedBelow, target => byTarget[target], target => byTarget[target]);
    }

    /// <summary>
    /// Assembles the report from the reports in a store (for files read straight into one, see
    /// <see cref="ProgressIngest"/>): the same figures as <see cref="Build"/> from the same reports as objects, with
    /// all that is known or as known on a date. The store keeps no report objects but its rare ones (revisions,
    /// corrections, reports known late): <see cref="Explain"/> and the revised reports of a target read its reports
    /// back from the store when asked (what the store keeps of a first report: org unit, date and amounts, no stage
    /// names or notes), so the store should take no reports dated on or before <paramref name="asOf"/> while the
    /// report is in use.
    /// </summary>
    /// <param name="store">The store: its plan (with its allocations, 任务分解, and milestone scopes), its tree and its reports.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">The settings; <see cref="ReportSettings.Default"/> when null.</param>
    /// <param name="knownOn">The date of knowledge: the report as the bureau knew it then (reports and revisions
    /// submitted later left out, see <see cref="ReportHistory.KnownOn"/>); null for all that is known.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public static PlanReport FromStore(ReportStore store, LocalDate asOf, ReportSettings? settings = null, LocalDate? knownOn = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        settings ??= ReportSettings.Default;
        settings.Evaluation.Validate();
        IEnumerable<ProgressReport> Known(TargetId target)
            => knownOn is { } day ? ReportHistory.KnownOn(store.ReportsOf(target), day) : store.ReportsOf(target);

        // A target reported on from beneath the root: by the store's rows, and as known on the date by its reports
        // read back (a date of knowledge can only leave some out).
        var below = store.TargetsReportedBelowRoot();
        var root = store.Tree.Root.Code;
        var reportedBelow = store.Plan.Targets
            .Where((t, i) => below[i] && (knownOn is null || Known(t.Id).Any(r => r.OrgUnit != root)))
            .Select(t => t.Id)
            .ToHashSet();
        return Assemble(store, asOf, settings, knownOn, reportedBelow, Known, target => store.IsRevised(target) ? Known(target) : []);
    }

    private static PlanReport Assemble(
        ReportStore store,
        LocalDate asOf,
        ReportSettings settings,
        LocalDate? knownOn,
        HashSet<TargetId> reportedBelow,
        Func<TargetId, IEnumerable<ProgressReport>> reportsOf,
        Func<TargetId, IEnumerable<ProgressReport>> ofRevisedTargets)
    {
        var (plan, orgUnits, evaluation) = (store.Plan, store.Tree, settings.Evaluation);
        var result = store.AsOf(asOf, knownOn);
        var whole = result.EvaluatePlan(null, evaluation);
        var breakdown = orgUnits.UnitsAt(settings.Breakdown).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToImmutableArray();
        var revised = whole.Targets
            .Select(w => Revised(plan, orgUnits, w, ofRevisedTargets(w.Target.Id), asOf, evaluation))
            .ToImmutableArray();

        // The org units' figures are evaluated when asked for (OrgUnits, TargetReport.ByOrgUnit), or one by one
        // (TargetReport.EnumerateByOrgUnit): a report by school does not hold every school's plan at once.
        return new PlanReport(
            plan, orgUnits, asOf, settings, whole, breakdown,
            SeriesOf(store, asOf, settings, whole, knownOn), store.Completeness(asOf, knownOn), result, reportsOf, reportedBelow, revised, knownOn);
    }

    /// <summary>
    /// A target's evaluation for the whole or an org unit, with the reports that count (for a level, the latest of
    /// each unit) and the explanation they give — the same figures as in the report.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root (the city).</param>
    /// <returns>The evaluation, whose <see cref="TargetEvaluation.Achievement"/> carries the reports that count.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public TargetEvaluation Explain(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var planTarget = Plan.FindTarget(target) ?? throw new ArgumentException($"Target {target} is not in the plan '{Plan.Title}'.", nameof(target));
        // The store admitted these reports; some of them (those known on a date) are not asked again: a revision may be
        // known before the report it revises was. Built on a store, which needs the period.
        return Evaluator.EvaluateAdmitted(planTarget, Tree, orgUnit ?? Tree.Root.Code, [.. reportsOf(target)], AsOf, Plan.Period!, Settings.Evaluation);
    }

    /// <summary>
    /// Writes the report as a <c>zedu.evaluation/2</c> JSON document: the whole (the root), then each org unit of the
    /// breakdown, each with its name beside its code, and the display fields in <paramref name="language"/>.
    /// </summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="language">The language of the display fields (<c>statusText</c>, <c>ruleText</c>); Chinese by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public void WriteJson(Stream utf8Json, Language language = Language.Chinese)
        => EvaluationJson.Serialize(
            AsOf,
            Breakdown.Select((u, i) => new OrgUnitEvaluation(u.Code, orgUnits.IsValueCreated ? OrgUnits[i].Plan : EvaluatePlan(u), u.Name))
                .Prepend(new OrgUnitEvaluation(Tree.Root.Code, Whole, Tree.Root.Name)),
            utf8Json,
            language);

    /// <summary>The number of evaluations of one org unit made so far (a plan counts once per target): what laziness saves.</summary>
    internal int UnitEvaluations => Volatile.Read(ref unitEvaluations);

    /// <summary>
    /// A target's figures for each org unit of the breakdown, evaluated one at a time as enumerated, in the order of
    /// <see cref="Breakdown"/>; none when no unit owes the target and no report on it comes from beneath the root (a
    /// city's own target has no per-unit figures).
    /// </summary>
    internal IEnumerable<TargetEvaluation> EvaluateByOrgUnit(TargetId target, bool reportedBelow)
    {
        if (!HasUnitFigures(reportedBelow, EvaluateEach(target)))
        {
            yield break;
        }

        foreach (var figure in EvaluateEach(target))
        {
            yield return figure;
        }
    }

    /// <summary>A target's figure for each org unit of the breakdown, evaluated one at a time as enumerated and not kept.</summary>
    internal IEnumerable<TargetEvaluation> EvaluateEach(TargetId target) => Breakdown.Select(u => Evaluate(target, u));

    /// <summary>
    /// Whether a target has figures by org unit: some unit of the breakdown owes it, or a report on it comes from
    /// beneath the root. Nobody beneath owes it or reported on it: a city's own target has no per-unit figures.
    /// </summary>
    /// <param name="reportedBelow">Whether a report on the target comes from beneath the root.</param>
    /// <param name="byUnit">The target's figures by org unit, read only until one owes it.</param>
    /// <returns>True when the target has figures by org unit.</returns>
    internal static bool HasUnitFigures(bool reportedBelow, IEnumerable<TargetEvaluation> byUnit)
        => reportedBelow || byUnit.Any(e => e.IsAssigned);

    private TargetEvaluation Evaluate(TargetId target, OrgUnit unit)
    {
        Interlocked.Increment(ref unitEvaluations);
        return result.Evaluate(target, unit.Code, Settings.Evaluation);
    }

    private PlanRollUp EvaluatePlan(OrgUnit unit)
    {
        Interlocked.Add(ref unitEvaluations, Plan.Targets.Length);
        return result.EvaluatePlan(unit.Code, Settings.Evaluation);
    }

    /// <summary>
    /// The revisions and corrections among the reports that count for the whole: asked of the rules only for the
    /// targets that have any.
    /// </summary>
    private static ImmutableArray<ProgressReport> Revised(Plan plan, OrgUnitTree tree, TargetEvaluation whole, IEnumerable<ProgressReport> reports, LocalDate asOf, EvaluationSettings settings)
    {
        var list = reports.ToList();
        if (!list.Any(r => r.Revision > 0 || r.IsCorrection))
        {
            return [];
        }

        var counted = Evaluator.EvaluateAdmitted(plan.FindTarget(whole.Target.Id)!, tree, tree.Root.Code, list, asOf, plan.Period!, settings).Achievement.Reports; // admitted by the store, as Explain's
        return [.. counted.Where(r => r.Revision > 0 || r.IsCorrection)];
    }

    /// <summary>The plan's figures at each point of the engine's series before the as-of date, then on it.</summary>
    private static ImmutableArray<SeriesPoint> SeriesOf(ReportStore store, LocalDate asOf, ReportSettings settings, PlanRollUp whole, LocalDate? knownOn)
    {
        var series = store.Series(settings.SeriesInterval, knownOn);
        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        for (var i = 0; i < series.Dates.Length && series.Dates[i] < asOf; i++)
        {
            points.Add(new SeriesPoint(series.Dates[i], series.EvaluatePlan(i, null, settings.Evaluation).Figure));
        }

        points.Add(new SeriesPoint(asOf, whole.Figure));
        return points.ToImmutable();
    }
}

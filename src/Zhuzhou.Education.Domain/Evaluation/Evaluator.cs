using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// Evaluates targets (指标): completion (完成率), expected progress (序时进度) and status as of a date.
/// Every method is a pure function of its arguments.
/// </summary>
/// <remarks>
/// <para>Three steps, each in <c>Rules</c>: (1) <see cref="ReportAdmission"/> refuses reports that are not admissible
/// and <see cref="TargetArithmetic.Achieved"/> combines the reports that count into an <see cref="Achievement"/>;
/// (2) <see cref="TargetArithmetic.Figure"/> turns it into the figures of a <see cref="TargetEvaluation"/> — the
/// aggregation engine computes (1) itself and calls (2); (3) <see cref="RollUp"/> combines evaluations into items,
/// sections and the plan through <see cref="RollUpArithmetic"/>.</para>
/// <para>Status is decided in this order: <see cref="EvaluationStatus.Achieved"/> when completion is 1
/// (<see cref="EvaluationStatus.Exceeded"/> instead when the amount went past the upper bound, or the required
/// amount of an at-least or coverage target); otherwise <see cref="EvaluationStatus.Overdue"/> when the as-of
/// date is after the due date (the deadline, or the end of the plan period); otherwise
/// <see cref="EvaluationStatus.NotStarted"/> when no report counts; otherwise
/// <see cref="EvaluationStatus.Behind"/> when completion is below expected progress minus the tolerance, else
/// <see cref="EvaluationStatus.OnTrack"/>.</para>
/// <example>
/// From reports, then the text a supervisor reads:
/// <code>
/// var evaluation = Evaluator.Evaluate(target, reports, new LocalDate(2017, 6, 30), plan.Period, settings: null);
/// Console.WriteLine(ExplanationText.Format(evaluation, Language.Chinese));
/// </code>
/// From an amount computed elsewhere, then the roll-up:
/// <code>
/// var evaluation = Evaluator.Evaluate(target, Achievement.FromAmount(sum, reportCount), asOf, plan.Period, settings);
/// var rollUp = RollUp.Of(plan, evaluations, settings);
/// </code>
/// </example>
/// <para>With no report counted the value and the achieved amount are 0, and the completion is what the rule
/// gives for 0 — 1 for a required amount of 0, and 0 for an at-most target, which has no evidence yet.</para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in a required parameter's type (a date or a clock; reports or an achievement), so a call without settings is never ambiguous.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "ApiDesign",
    "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Justification = "The overloads for an org unit of a tree take the tree and the unit as required parameters and their settings explicitly; the shorter overloads keep settings optional.")]
public static class Evaluator
{
    /// <summary>Evaluates a target from what its reports added up to (step 2).</summary>
    /// <param name="target">The target.</param>
    /// <param name="achievement">What its reports added up to as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period, for the default linear schedule and due date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid, a date is not ISO or is more than 100 years from the period, or a share target was given an amount without numerator and denominator.</exception>
    public static TargetEvaluation Evaluate(Target target, Achievement achievement, LocalDate asOf, DateInterval period, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        var figure = TargetArithmetic.Figure(target, achievement, asOf, period, settings);
        return new TargetEvaluation(target, asOf, period, achievement, figure, settings);
    }

    /// <summary>The evaluation of an org unit that owes nothing of a target: its contribution (see <see cref="TargetArithmetic.Contribution"/>).</summary>
    internal static TargetEvaluation Contribution(Target target, Achievement achievement, Achievement whole, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
    {
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        return new TargetEvaluation(target, asOf, period, achievement, TargetArithmetic.Contribution(target, achievement, whole, asOf, period, settings), settings);
    }

    /// <summary>
    /// Evaluates a target for one org unit of a tree, from reports of any units: against what the unit owes of it
    /// (<see cref="Apportionment.OwedBy"/>) — or, when it owes nothing, as its contribution
    /// (<see cref="EvaluationStatus.NotAssigned"/>: its value and its part of the whole's) — with the reports that count
    /// for it: its subtree's for a count or a share; for a milestone, each unit in scope with its own reports.
    /// </summary>
    /// <param name="target">The target as the plan states it.</param>
    /// <param name="orgUnits">The org unit tree.</param>
    /// <param name="orgUnit">The org unit.</param>
    /// <param name="reports">The target's reports from any units, in any order, revisions included.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation; its <see cref="TargetEvaluation.Target"/> is the target as it applies to the unit.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The tree has no such unit, a report is refused by <see cref="ReportAdmission"/>,
    /// or the settings are invalid.</exception>
    public static TargetEvaluation Evaluate(Target target, OrgUnitTree orgUnits, OrgUnitCode orgUnit, IEnumerable<ProgressReport> reports, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(orgUnits);
        ArgumentNullException.ThrowIfNull(reports);
        ExpectedProgress.CheckDates(period, asOf);
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        var list = reports as IReadOnlyList<ProgressReport> ?? [.. reports];
        ReportAdmission.ThrowIfRefused(target, period, list, nameof(reports));
        var (asApplies, achievement, figure) = TargetArithmetic.ForOrgUnit(target, orgUnits, orgUnit, list, asOf, period, settings);
        return new TargetEvaluation(asApplies, asOf, period, achievement, figure, settings);
    }

    /// <summary>
    /// Evaluates a target for an org unit from reports admitted already (a store's, or some of them: those known on a
    /// date, where a revision may be known before the report it revises was), without asking admission again.
    /// </summary>
    internal static TargetEvaluation EvaluateAdmitted(Target target, OrgUnitTree orgUnits, OrgUnitCode orgUnit, IReadOnlyList<ProgressReport> reports, LocalDate asOf, DateInterval period, EvaluationSettings settings)
    {
        var (asApplies, achievement, figure) = TargetArithmetic.ForOrgUnit(target, orgUnits, orgUnit, reports, asOf, period, settings);
        return new TargetEvaluation(asApplies, asOf, period, achievement, figure, settings);
    }

    /// <summary>Evaluates a target from its reports (steps 1 and 2).</summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order; those dated after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is refused by <see cref="ReportAdmission"/> (the message gives its
    /// code and why: for another target, outside the plan period, repeating another's org unit and date, a share
    /// without numerator and denominator, a milestone above 1 or with a stage it does not define), or the settings
    /// are invalid.</exception>
    public static TargetEvaluation Evaluate(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf, DateInterval period, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        ExpectedProgress.CheckDates(period, asOf);
        var list = reports as IReadOnlyList<ProgressReport> ?? [.. reports];
        ReportAdmission.ThrowIfRefused(target, period, list, nameof(reports));
        return Evaluate(target, TargetArithmetic.Achieved(target, list, asOf), asOf, period, settings);
    }

    /// <summary>Evaluates a target from its reports as of today by a clock, in the settings' time zone (Asia/Shanghai by default).</summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order.</param>
    /// <param name="clock">The clock; a FakeClock in tests.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is invalid, or the settings are.</exception>
    public static TargetEvaluation Evaluate(Target target, IEnumerable<ProgressReport> reports, IClock clock, DateInterval period, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        return Evaluate(target, reports, settings.Today(clock), period, settings);
    }

    /// <summary>
    /// Evaluates every target of a plan from a set of reports and rolls the results up (steps 1, 2 and 3).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reports">Reports for any of its targets, in any order.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The roll-up, which holds every target's evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period; a report is refused by <see cref="ReportAdmission"/> (a
    /// target the plan does not have, or any other problem; the message gives its code), or the settings are invalid.</exception>
    public static PlanRollUp EvaluatePlan(Plan plan, IEnumerable<ProgressReport> reports, LocalDate asOf, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var period = plan.PeriodToEvaluate(nameof(plan));
        var batch = reports as IReadOnlyList<ProgressReport> ?? [.. reports];
        ReportAdmission.ThrowIfRefused(new ReportAdmission(plan, orgUnits: null).Check(batch), batch, nameof(reports), string.Empty);
        var byTarget = batch.GroupBy(r => r.Target).ToDictionary(g => g.Key, g => g.ToList());
        var evaluations = new List<TargetEvaluation>(plan.Targets.Length);
        foreach (var target in plan.Targets)
        {
            var targetReports = byTarget.TryGetValue(target.Id, out var list) ? list : (IEnumerable<ProgressReport>)[];
            evaluations.Add(Evaluate(target, TargetArithmetic.Achieved(target, targetReports, asOf), asOf, period, settings));
        }

        return RollUp.Of(plan, evaluations, settings);
    }

    /// <summary>
    /// Evaluates every target of a plan for one org unit of a tree and rolls the results up: each target against what
    /// the unit owes of it, or as its contribution where it owes nothing (left out of the means, counted as
    /// <see cref="EvaluationStatus.NotAssigned"/>); see <see cref="Evaluate(Target, OrgUnitTree, OrgUnitCode, IEnumerable{ProgressReport}, LocalDate, DateInterval, EvaluationSettings?)"/>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="orgUnits">The org unit tree.</param>
    /// <param name="orgUnit">The org unit; the root for the whole.</param>
    /// <param name="reports">Reports for any of the plan's targets from any units, in any order, revisions included.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period, the tree has no such unit, a report is refused by <see cref="ReportAdmission"/>, or the settings are invalid.</exception>
    public static PlanRollUp EvaluatePlan(Plan plan, OrgUnitTree orgUnits, OrgUnitCode orgUnit, IEnumerable<ProgressReport> reports, LocalDate asOf, EvaluationSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        ArgumentNullException.ThrowIfNull(reports);
        var period = plan.PeriodToEvaluate(nameof(plan));
        ExpectedProgress.CheckDates(period, asOf);
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        var batch = reports as IReadOnlyList<ProgressReport> ?? [.. reports];
        ReportAdmission.ThrowIfRefused(new ReportAdmission(plan, orgUnits).Check(batch), batch, nameof(reports), string.Empty);
        var byTarget = batch.ToLookup(r => r.Target);
        var evaluations = plan.Targets.Select(target =>
        {
            var (asApplies, achievement, figure) = TargetArithmetic.ForOrgUnit(target, orgUnits, orgUnit, [.. byTarget[target.Id]], asOf, period, settings);
            return new TargetEvaluation(asApplies, asOf, period, achievement, figure, settings);
        });
        return RollUp.Of(plan, evaluations, settings);
    }

    /// <summary>Evaluates every target of a plan as of today by a clock, in the settings' time zone, and rolls up.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reports">Reports for any of its targets.</param>
    /// <param name="clock">The clock; a FakeClock in tests.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is refused by <see cref="ReportAdmission"/>; the settings are invalid.</exception>
    public static PlanRollUp EvaluatePlan(Plan plan, IEnumerable<ProgressReport> reports, IClock clock, EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        return EvaluatePlan(plan, reports, settings.Today(clock), settings);
    }

    /// <summary>
    /// Evaluates a commitment (举措) with several targets from its parts' evaluations; see
    /// <see cref="CompositeEvaluation"/> for the arithmetic and the status.
    /// </summary>
    /// <param name="rule">The composite rule, e.g. from <see cref="CompletionRule.For(Commitment, CompositeMode)"/>.</param>
    /// <param name="evaluations">One evaluation for each part, in any order.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The composite evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="evaluations"/> is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is missing, repeated, null or not a part of the rule; the settings are invalid.</exception>
    public static CompositeEvaluation EvaluateComposite(CompositeRule rule, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(evaluations);
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        return CompositeEvaluation.Of(rule, evaluations, settings.Tolerance);
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// Evaluates targets (指标): completion (完成率), expected progress (序时进度) and status as of a date.
/// Every method is a pure function of its arguments.
/// </summary>
/// <remarks>
/// <para>Three layers: (1) <see cref="Achievement.Of"/> combines reports; (2)
/// <see cref="Evaluate(Target, Achievement, LocalDate, DateInterval, EvaluationSettings?)"/> turns an achievement
/// into a <see cref="TargetEvaluation"/> — the aggregation engine computes (1) itself and calls (2); (3)
/// <see cref="RollUp"/> combines evaluations into items, sections and the plan.</para>
/// <para>Status is decided in this order: <see cref="EvaluationStatus.Achieved"/> when completion is 1
/// (<see cref="EvaluationStatus.Exceeded"/> instead when the amount went past the upper bound, or the required
/// amount of an at-least or coverage target); otherwise <see cref="EvaluationStatus.Overdue"/> when the as-of
/// date is after the due date (the deadline, or the end of the plan period); otherwise
/// <see cref="EvaluationStatus.NotStarted"/> when no report counts; otherwise
/// <see cref="EvaluationStatus.Behind"/> when completion is below expected progress minus the tolerance, else
/// <see cref="EvaluationStatus.OnTrack"/>.</para>
/// <example>
/// Layers 1 and 2 from reports, then the text a supervisor reads:
/// <code>
/// var evaluation = Evaluator.Evaluate(target, reports, new LocalDate(2017, 6, 30), plan.Period, settings: null);
/// Console.WriteLine(ExplanationText.Format(evaluation, ExplanationLanguage.Chinese));
/// </code>
/// The aggregation engine computes layer 1 itself and calls layer 2 and 3:
/// <code>
/// var evaluation = Evaluator.Evaluate(target, Achievement.FromAmount(sum, reportCount), asOf, plan.Period, settings);
/// var rollUp = RollUp.Of(plan, evaluations, settings);
/// </code>
/// </example>
/// <para>With no report counted the value and the achieved amount are 0, and the completion is what the rule
/// gives for 0 — 1 for a required amount of 0, and 0 for an at-most target, which has no evidence yet.</para>
/// </remarks>
public static class Evaluator
{
    /// <summary>Evaluates a target from what its reports added up to (layer 2).</summary>
    /// <param name="target">The target.</param>
    /// <param name="achievement">What its reports added up to as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period, for the default linear schedule and due date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid, a date is not ISO or is more than 100 years from the period, or a share target was given an amount without numerator and denominator.</exception>
    public static TargetEvaluation Evaluate(Target target, Achievement achievement, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ExpectedProgress.CheckDates(period, asOf);
        settings ??= EvaluationSettings.Default;
        settings.Validate();

        var rule = CompletionRule.For(target);
        decimal value = 0m, achieved = 0m, completion;
        if (achievement.HasReports)
        {
            value = MeasuredValue(target, achievement);
            achieved = rule.AchievedFrom(value);
            completion = rule.CompletionOf(achieved);
        }
        else
        {
            completion = rule is AtMostRule ? 0m : rule.CompletionOf(0m);
        }

        var expected = ExpectedProgress.At(target, period, asOf);
        var dueDate = ExpectedProgress.DueDate(target, period);
        EvaluationStatus status;
        if (completion == 1m)
        {
            status = achievement.HasReports && rule.IsExceeded(achieved) ? EvaluationStatus.Exceeded : EvaluationStatus.Achieved;
        }
        else if (asOf > dueDate)
        {
            status = EvaluationStatus.Overdue;
        }
        else if (!achievement.HasReports)
        {
            status = EvaluationStatus.NotStarted;
        }
        else
        {
            status = completion < expected - settings.Tolerance ? EvaluationStatus.Behind : EvaluationStatus.OnTrack;
        }

        return new TargetEvaluation(target, asOf, period, achievement, value, achieved, completion, expected, dueDate, settings.Tolerance, status);
    }

    /// <summary>Evaluates a target from its reports (layers 1 and 2).</summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order; those dated after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is invalid (see <see cref="Achievement.Of"/>), or the settings are.</exception>
    public static TargetEvaluation Evaluate(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
        => Evaluate(target, Achievement.Of(target, reports, asOf, period), asOf, period, settings);

    /// <summary>Evaluates a target from its reports as of today by a clock, in the settings' time zone (Asia/Shanghai by default).</summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order.</param>
    /// <param name="clock">The clock; a FakeClock in tests.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is invalid, or the settings are.</exception>
    public static TargetEvaluation Evaluate(Target target, IEnumerable<ProgressReport> reports, IClock clock, DateInterval period, EvaluationSettings? settings)
    {
        settings ??= EvaluationSettings.Default;
        return Evaluate(target, reports, settings.Today(clock), period, settings);
    }

    /// <summary>
    /// Evaluates every target of a plan from a set of reports and rolls the results up (layers 1, 2 and 3).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reports">Reports for any of its targets, in any order.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The roll-up, which holds every target's evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period; a report is for a target the plan does not have, or is otherwise invalid; the settings are invalid.</exception>
    public static PlanRollUp EvaluatePlan(Plan plan, IEnumerable<ProgressReport> reports, LocalDate asOf, EvaluationSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var period = plan.PeriodToEvaluate(nameof(plan));
        var byTarget = new Dictionary<TargetId, List<ProgressReport>>();
        foreach (var report in reports)
        {
            if (report is null)
            {
                throw new ArgumentException("A report must not be null.", nameof(reports));
            }

            if (plan.FindTarget(report.Target) is null)
            {
                throw new ArgumentException($"Report '{report}' is for target {report.Target}, which plan '{plan.Title}' does not have.", nameof(reports));
            }

            if (!byTarget.TryGetValue(report.Target, out var list))
            {
                byTarget[report.Target] = list = [];
            }

            list.Add(report);
        }

        var evaluations = new List<TargetEvaluation>(plan.Targets.Length);
        foreach (var target in plan.Targets)
        {
            var targetReports = byTarget.TryGetValue(target.Id, out var list) ? list : (IEnumerable<ProgressReport>)[];
            evaluations.Add(Evaluate(target, targetReports, asOf, period, settings));
        }

        return RollUp.Of(plan, evaluations, settings);
    }

    /// <summary>Evaluates every target of a plan as of today by a clock, in the settings' time zone, and rolls up.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reports">Reports for any of its targets.</param>
    /// <param name="clock">The clock; a FakeClock in tests.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A report is invalid or for an unknown target; the settings are invalid.</exception>
    public static PlanRollUp EvaluatePlan(Plan plan, IEnumerable<ProgressReport> reports, IClock clock, EvaluationSettings? settings)
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
    public static CompositeEvaluation EvaluateComposite(CompositeRule rule, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(evaluations);
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        return CompositeEvaluation.Of(rule, evaluations, settings.Tolerance);
    }

    // A share is carried as numerator and denominator; a percentage target's values are written as 90 for 90%.
    private static decimal MeasuredValue(Target target, Achievement achievement)
    {
        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Comparison.Kind != ComparisonKind.Milestone)
        {
            if (achievement.Denominator is not { } denominator)
            {
                throw new ArgumentException($"Target {target.Id} is a share: its achievement must carry a numerator and a denominator (use Achievement.FromRatio).", nameof(achievement));
            }

            var share = achievement.Numerator!.Value / denominator;
            return target.Unit == MeasureWord.Percent ? share * 100m : share;
        }

        return achievement.Amount;
    }
}

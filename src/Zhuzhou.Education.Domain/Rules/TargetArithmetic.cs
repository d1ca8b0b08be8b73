using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// The one arithmetic of a target (指标): from the reports that count — across time for each org unit, then across
/// org units — to the measured value, the achieved amount, the completion (完成率), the expected progress (序时进度)
/// and the status. The evaluator, the aggregation engine's as-of queries and series, and every report call it.
/// </summary>
/// <remarks>
/// <para>Across time (时间轴), per org unit, only reports dated on or before the as-of date count, and of each date
/// only the latest revision (<see cref="ProgressReport.Revision"/>; see <see cref="ReportHistory"/>):
/// <see cref="TimeAggregation.Level"/> takes the latest, <see cref="TimeAggregation.Increment"/> the sum,
/// <see cref="TimeAggregation.Average"/> the mean, <see cref="TimeAggregation.Maximum"/> and
/// <see cref="TimeAggregation.Minimum"/> the greatest or least (a share compared as numerator / denominator; equal
/// values are ordered by numerator, then by denominator, and a full tie goes to the later report). Increments and
/// averages take numerators and denominators separately.</para>
/// <para>Across org units (单位轴), <see cref="OrgUnitAggregation.Sum"/> adds amounts up and
/// <see cref="OrgUnitAggregation.Ratio"/> adds up numerators and denominators separately (a city's share is never
/// the mean of its counties' percentages). A milestone's parts are the units in its scope: completion = the sum of
/// their completions / the units in scope (units done / units in scope for a yes/no milestone), so one unit's "done"
/// never completes it for all; the issuer's milestone has one unit in scope.</para>
/// <para>Every function is pure and thread-safe. The aggregation engine runs the two axes in floating point in its
/// own loops and hands the result over once (see <see cref="Achievement"/>); everything after that is this code.</para>
/// <example>
/// <code>
/// var achieved = TargetArithmetic.Achieved(target, reports, asOf);              // the reports that count, combined
/// var figure = TargetArithmetic.Figure(target, achieved, asOf, plan.Period);    // value, completion, expected, status
/// </code>
/// </example>
/// </remarks>
public static partial class TargetArithmetic
{
    /// <summary>Combines one org unit's reports on a target across time.</summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">The reports of one org unit on the target, in any order, revisions included; those
    /// dated after <paramref name="asOf"/> do not count, and of each date only the latest revision counts.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The org unit's achievement with the reports that count; the order of the reports never changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report is null, is for another target or another org unit than the
    /// first, or repeats another's date and revision (an unmarked duplicate), or a share lacks its numerator and
    /// denominator (see <see cref="ReportAdmission"/>, which refuses such reports with a diagnostic).</exception>
    public static Achievement AcrossTime(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        var counted = new List<ProgressReport>();
        OrgUnitCode? unit = null;
        foreach (var report in reports)
        {
            Check(target, report, nameof(reports));
            unit ??= report.OrgUnit;
            if (report.OrgUnit != unit)
            {
                throw new ArgumentException($"Report '{report}' is for org unit {report.OrgUnit}; the reports combined across time must all be of one org unit ({unit}).", nameof(reports));
            }

            if (report.Date <= asOf)
            {
                counted.Add(report);
            }
        }

        counted.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        var latest = new List<ProgressReport>(counted.Count);
        foreach (var report in counted)
        {
            // Of each date the latest revision counts; an unmarked duplicate is refused, never resolved by order.
            if (latest.Count > 0 && latest[^1].Date == report.Date)
            {
                latest[^1] = ReportHistory.Later(latest[^1], report, nameof(reports));
            }
            else
            {
                latest.Add(report);
            }
        }

        return AcrossTime(target, latest);
    }

    /// <summary>Combines org units' achievements on a target (each across time, or a subtree's) into their whole's.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnits">The achievements of distinct org units, in any order; for a milestone, one for each unit in
    /// its scope (<see cref="Achievement.None"/> for one that has not reported).</param>
    /// <returns>The whole's achievement: amounts summed, a share's numerators and denominators summed, a milestone's
    /// completions summed over the units in scope (its amount their mean: units done / units in scope); the reports
    /// that count, by org unit and date, when every part carries them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A share's part lacks its numerator and denominator.</exception>
    public static Achievement AcrossOrgUnits(Target target, IEnumerable<Achievement> orgUnits)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(orgUnits);
        var share = IsShare(target);
        var milestone = target.Comparison.Kind == ComparisonKind.Milestone;
        decimal amount = 0m, numerator = 0m, denominator = 0m;
        var count = 0;
        var inScope = 0;
        var reports = new List<ProgressReport>();
        foreach (var part in orgUnits)
        {
            inScope++;
            if (!part.HasReports)
            {
                continue;
            }

            if (share)
            {
                if (part.Denominator is not { } d)
                {
                    throw new ArgumentException($"Target {target.Id} is a share: every part must carry a numerator and a denominator.", nameof(orgUnits));
                }

                numerator += part.Numerator!.Value;
                denominator += d;
            }
            else
            {
                amount += part.Amount;
            }

            count += part.ReportCount;
            reports.AddRange(part.Reports);
        }

        reports.Sort(static (a, b) =>
        {
            var byUnit = string.CompareOrdinal(a.OrgUnit.Value, b.OrgUnit.Value);
            return byUnit != 0 ? byUnit : a.Date.CompareTo(b.Date);
        });
        var known = reports.Count == count ? [.. reports] : ImmutableArray<ProgressReport>.Empty;
        if (milestone && inScope > 1)
        {
            // Units done / units in scope, kept as a fraction like a share.
            return Achievement.Combined(amount / inScope, amount, inScope, count, known);
        }

        return share
            ? Achievement.Combined(count == 0 ? 0m : numerator / denominator, count == 0 ? null : numerator, count == 0 ? null : denominator, count, known)
            : Achievement.Combined(amount, null, null, count, known);
    }

    /// <summary>
    /// Combines a target's reports from any org units: across time for each, then across org units. For a milestone
    /// the units in scope are those whose reports count (for a milestone owed by every unit of a level, units that
    /// have not reported count as not done only with <see cref="AcrossOrgUnits"/> or an evaluation against a tree).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order, revisions included; those dated after <paramref name="asOf"/> do not count.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The achievement with the reports that count; the order of the reports never changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report is null or for another target, two repeat an org unit and date, or
    /// a share lacks its numerator and denominator.</exception>
    public static Achievement Achieved(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        var byUnit = new Dictionary<OrgUnitCode, List<ProgressReport>>();
        foreach (var report in reports)
        {
            Check(target, report, nameof(reports));
            if (!byUnit.TryGetValue(report.OrgUnit, out var list))
            {
                byUnit[report.OrgUnit] = list = [];
            }

            list.Add(report);
        }

        // Units in code order: an average per unit is rounded to decimal's 28 digits, and adding such parts in the
        // order the reports came in could change the last digit of the total.
        return AcrossOrgUnits(target, byUnit.OrderBy(static p => p.Key.Value, StringComparer.Ordinal).Select(p => AcrossTime(target, p.Value, asOf)).Where(a => a.HasReports));
    }

    /// <summary>A target's figures from what its reports that count add up to.</summary>
    /// <param name="target">The target as it applies to the org unit (for a county, its part of the required amount).</param>
    /// <param name="achievement">What the reports that count add up to as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period, for the default schedule and due date.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid, a date is not ISO or is more than 100 years from
    /// the period, or a share target was given an amount without numerator and denominator.</exception>
    public static TargetFigure Figure(Target target, Achievement achievement, LocalDate asOf, DateInterval period, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ExpectedProgress.CheckDates(period, asOf);
        settings ??= EvaluationSettings.Default;
        settings.Validate();

        var rule = CompletionRule.For(target);
        decimal value = 0m, achieved = 0m, completion;
        var exceeded = false;
        if (achievement.HasReports)
        {
            value = MeasuredValue(target, achievement);
            achieved = rule.AchievedFrom(value);
            completion = rule.CompletionOf(achieved);
            exceeded = rule.IsExceeded(achieved);
        }
        else
        {
            // No evidence yet: an at-most target is not complete because nothing was reported.
            completion = rule is AtMostRule ? 0m : rule.CompletionOf(0m);
        }

        var expected = ExpectedProgress.At(target, period, asOf, settings.ProgressBasis);
        var dueDate = ExpectedProgress.DueDate(target, period);
        var status = StatusDecision.ForTarget(owed: true, completion, exceeded, asOf, dueDate, achievement.HasReports, expected, settings.Tolerance);
        return new TargetFigure(value, achieved, target.Comparison.Required, completion, expected, dueDate, status, achievement.ReportCount);
    }

    /// <summary>Whether a target is carried as numerator and denominator (a share that is not a milestone).</summary>
    internal static bool IsShare(Target target)
        => target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Comparison.Kind != ComparisonKind.Milestone;

    /// <summary>
    /// How many of an org unit's reports on or before a date count: all of them for increments and averages, the
    /// latest (or the chosen one) for levels, maxima and minima. The engine's loops count with this too.
    /// </summary>
    internal static int CountingReports(TimeAggregation aggregation, long reportsOnOrBefore)
        => aggregation is TimeAggregation.Increment or TimeAggregation.Average
            ? (int)Math.Min(reportsOnOrBefore, int.MaxValue)
            : reportsOnOrBefore > 0 ? 1 : 0;

    /// <summary>The measured value in the target's unit: the amount, or a share's ratio (× 100 for a percentage target, written 94 for 94%).</summary>
    internal static decimal MeasuredValue(Target target, Achievement achievement)
    {
        if (!IsShare(target))
        {
            return achievement.Amount;
        }

        if (achievement.Denominator is not { } denominator)
        {
            throw new ArgumentException($"Target {target.Id} is a share: its achievement must carry a numerator and a denominator (use Achievement.FromRatio).", nameof(achievement));
        }

        var ratio = achievement.Numerator!.Value / denominator;
        return target.Unit == MeasureWord.Percent ? ratio * 100m : ratio;
    }

    private static void Check(Target target, ProgressReport? report, string paramName)
    {
        if (report is null)
        {
            throw new ArgumentException("A report must not be null.", paramName);
        }

        if (report.Target != target.Id)
        {
            throw new ArgumentException($"Report '{report}' is for target {report.Target}, not for target {target.Id}.", paramName);
        }

        if (IsShare(target) && (report.Numerator is null || report.Denominator is null))
        {
            throw new ArgumentException($"Report '{report}' is for target {target.Id}, a share, and must carry both a numerator and a denominator.", paramName);
        }
    }

    // One org unit's reports on or before the as-of date, sorted by date.
    private static Achievement AcrossTime(Target target, List<ProgressReport> reports)
    {
        if (reports.Count == 0)
        {
            return Achievement.None;
        }

        var share = IsShare(target);
        switch (target.TimeAggregation)
        {
            case TimeAggregation.Increment:
            case TimeAggregation.Average:
                decimal value = 0m, numerator = 0m, denominator = 0m;
                foreach (var report in reports)
                {
                    value += report.Value;
                    numerator += report.Numerator ?? 0m;
                    denominator += report.Denominator ?? 0m;
                }

                if (target.TimeAggregation == TimeAggregation.Average)
                {
                    (value, numerator, denominator) = (value / reports.Count, numerator / reports.Count, denominator / reports.Count);
                }

                return share
                    ? Achievement.Counted(numerator / denominator, numerator, denominator, [.. reports])
                    : Achievement.Counted(value, null, null, [.. reports]);
            case TimeAggregation.Maximum:
            case TimeAggregation.Minimum:
                var best = reports[0];
                for (var i = 1; i < reports.Count; i++)
                {
                    // Sorted by date: a later report wins a full tie, so the choice never depends on the input order.
                    var order = Compare(share, reports[i], best);
                    if (order == 0 || (order > 0) == (target.TimeAggregation == TimeAggregation.Maximum))
                    {
                        best = reports[i];
                    }
                }

                return Single(share, best);
            default:
                return Single(share, reports[^1]);
        }
    }

    // The order of the engine's cells: by value (a share by numerator / denominator, cross-multiplied), then by
    // numerator, then by denominator.
    private static int Compare(bool share, ProgressReport a, ProgressReport b)
    {
        if (!share)
        {
            return a.Value.CompareTo(b.Value);
        }

        var (an, ad, bn, bd) = (a.Numerator!.Value, a.Denominator!.Value, b.Numerator!.Value, b.Denominator!.Value);
        var byRatio = (an * bd).CompareTo(bn * ad);
        if (byRatio != 0)
        {
            return byRatio;
        }

        var byNumerator = an.CompareTo(bn);
        return byNumerator != 0 ? byNumerator : ad.CompareTo(bd);
    }

    private static Achievement Single(bool share, ProgressReport report)
        => share
            ? Achievement.Counted(report.Numerator!.Value / report.Denominator!.Value, report.Numerator, report.Denominator, [report])
            : Achievement.Counted(report.Value, null, null, [report]);
}

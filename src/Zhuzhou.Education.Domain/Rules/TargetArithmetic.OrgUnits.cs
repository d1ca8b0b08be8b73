using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Rules;

/// <content>A target for one org unit of a tree: what it owes, which reports count for it, and what it contributed.</content>
public static partial class TargetArithmetic
{
    /// <summary>
    /// The figures of an org unit that owes nothing of a target (<see cref="EvaluationStatus.NotAssigned"/>): what it
    /// reported (its value) and, for a count, its part of the whole's value; no completion, no required amount.
    /// </summary>
    /// <param name="target">The target as the plan states it.</param>
    /// <param name="achievement">What the unit's reports that count add up to.</param>
    /// <param name="whole">What the whole's (the root's) reports that count add up to.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="settings">The settings; <see cref="EvaluationSettings.Default"/> when null.</param>
    internal static TargetFigure Contribution(Target target, Achievement achievement, Achievement whole, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
    {
        ExpectedProgress.CheckDates(period, asOf);
        settings ??= EvaluationSettings.Default;
        var value = achievement.HasReports ? MeasuredValue(target, achievement) : 0m;
        decimal? part = null;
        if (target.OrgUnitAggregation == OrgUnitAggregation.Sum && target.Comparison.Kind != ComparisonKind.Milestone && whole.HasReports)
        {
            var wholeValue = MeasuredValue(target, whole);
            part = wholeValue > 0m ? value / wholeValue : null;
        }

        var expected = ExpectedProgress.At(target, period, asOf, settings.ProgressBasis);
        var dueDate = ExpectedProgress.DueDate(target, period);
        var status = StatusDecision.ForTarget(owed: false, 0m, false, asOf, dueDate, achievement.HasReports, expected, settings.Tolerance);
        return new TargetFigure(value, value, 0m, 0m, expected, dueDate, status, achievement.ReportCount, part);
    }

    /// <summary>
    /// A target for one org unit of a tree, from reports of any units: what the unit owes (<see cref="Apportionment"/>),
    /// what the reports that count for it add up to — its subtree's for a count or a share; for a milestone, each unit
    /// in scope with its own reports, those that have not reported counting as not done — and its figures, or its
    /// contribution when it owes nothing.
    /// </summary>
    /// <returns>The target as it applies to the unit (the plan's own when it owes nothing), the achievement and the figures.</returns>
    internal static (Target AsApplies, Achievement Achievement, TargetFigure Figure) ForOrgUnit(
        Target target, OrgUnitTree tree, OrgUnitCode orgUnit, IReadOnlyList<ProgressReport> reports, LocalDate asOf, DateInterval period, EvaluationSettings? settings)
    {
        var owed = Apportionment.OwedBy(target, tree, orgUnit);
        var achievement = AchievedAt(target, tree, orgUnit, owed is not null, reports, asOf);
        if (owed is not null)
        {
            return (owed, achievement, Figure(owed, achievement, asOf, period, settings));
        }

        var whole = AchievedAt(target, tree, tree.Root.Code, owed: true, reports, asOf);
        return (target, achievement, Contribution(target, achievement, whole, asOf, period, settings));
    }

    private static Achievement AchievedAt(Target target, OrgUnitTree tree, OrgUnitCode orgUnit, bool owed, IReadOnlyList<ProgressReport> reports, LocalDate asOf)
    {
        if (target.Comparison.Kind != ComparisonKind.Milestone)
        {
            return Achieved(target, reports.Where(r => tree.AncestorsAndSelf(r.OrgUnit).Any(a => a.Code == orgUnit)), asOf);
        }

        // A milestone: each unit in scope with its own reports; a unit that owes nothing shows its own.
        var units = owed ? Apportionment.UnitsInScope(target, tree, orgUnit).Select(u => u.Code).ToList() : [orgUnit];
        return AcrossOrgUnits(target, units.Select(u => AcrossTime(target, reports.Where(r => r.OrgUnit == u), asOf)));
    }
}

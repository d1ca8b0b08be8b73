using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>
/// One target (指标) of a <see cref="PlanReport"/>: its evaluation for the whole (the city), for each org unit of the
/// breakdown, and the units behind schedule on it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetReport
{
    private readonly PlanReport report;
    private readonly bool reportedBelow;
    private readonly Lazy<(ImmutableArray<TargetEvaluation> ByUnit, ImmutableArray<OrgUnit> Behind, ImmutableArray<OrgUnit> NotAssigned)> byOrgUnit;

    internal TargetReport(TargetEvaluation whole, PlanReport report, bool reportedBelow, ImmutableArray<ProgressReport> revised)
    {
        Whole = whole;
        Revised = revised;
        this.report = report;
        this.reportedBelow = reportedBelow;
        byOrgUnit = new(() => report.ByOrgUnit(whole.Target.Id, reportedBelow));
    }

    /// <summary>The target.</summary>
    public Target Target => Whole.Target;

    /// <summary>The target evaluated for the root of the tree (the city).</summary>
    public TargetEvaluation Whole { get; }

    /// <summary>
    /// The target evaluated for each org unit of the breakdown, in the order of <see cref="PlanReport.OrgUnits"/>:
    /// against what the unit owes of it (its allocation, or the whole of a share or of a milestone it is in scope
    /// of), or as its contribution where it owes nothing (<see cref="EvaluationStatus.NotAssigned"/>); empty when no
    /// unit of the breakdown owes it and no report on it comes from beneath the root (a city's own milestone).
    /// </summary>
    /// <remarks>Every unit is evaluated on first use (of this, <see cref="Behind"/> or <see cref="NotAssigned"/>) and kept.</remarks>
    public ImmutableArray<TargetEvaluation> ByOrgUnit => byOrgUnit.Value.ByUnit;

    /// <summary>
    /// The org units of the breakdown behind schedule (滞后) or overdue on what they owe of the target — never one that
    /// owes nothing of it.
    /// </summary>
    public ImmutableArray<OrgUnit> Behind => byOrgUnit.Value.Behind;

    /// <summary>The org units of the breakdown that owe nothing of the target (未分解): all of them when it has no allocation.</summary>
    public ImmutableArray<OrgUnit> NotAssigned => byOrgUnit.Value.NotAssigned;

    /// <summary>
    /// The same figures as <see cref="ByOrgUnit"/>, evaluated one org unit at a time as the sequence is enumerated and
    /// not kept: memory does not grow with the number of units (for a report by school, 按学校). The i-th figure is
    /// that of <see cref="PlanReport.Breakdown"/>[i]; the sequence is empty when <see cref="ByOrgUnit"/> is.
    /// </summary>
    /// <returns>The figures, in the order of <see cref="PlanReport.Breakdown"/>; each enumeration evaluates again.</returns>
    public IEnumerable<TargetEvaluation> EnumerateByOrgUnit()
        => byOrgUnit.IsValueCreated ? byOrgUnit.Value.ByUnit : report.EvaluateByOrgUnit(Whole.Target.Id, reportedBelow);

    /// <summary>The revisions (修订) and corrections (冲减) among the reports that count for the whole, by org unit and date.</summary>
    public ImmutableArray<ProgressReport> Revised { get; }

    /// <summary>
    /// For a milestone every unit of the breakdown's level owes (<see cref="MilestoneScopeKind.EveryUnit"/>): how many
    /// of them have done it, beside <see cref="UnitsInScope"/> (6 / 9个单位); null for any other target.
    /// </summary>
    public int? UnitsDone => UnitsInScope is null ? null : ByOrgUnit.Count(e => e.IsAssigned && e.IsComplete);

    /// <summary>For a milestone every unit of the breakdown's level owes: how many units owe it; null for any other target.</summary>
    public int? UnitsInScope
        => Target.Comparison.Kind == ComparisonKind.Milestone && Target.Scope.Kind == MilestoneScopeKind.EveryUnit
            && report.Breakdown.All(u => u.Level == Target.Scope.Level) && !ByOrgUnit.IsEmpty && ByOrgUnit.Length == report.Breakdown.Length
            ? ByOrgUnit.Count(e => e.IsAssigned)
            : null;
}

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
    private readonly ImmutableArray<OrgUnit> units;

    internal TargetReport(TargetEvaluation whole, ImmutableArray<TargetEvaluation> byOrgUnit, ImmutableArray<OrgUnit> behind, ImmutableArray<OrgUnit> notAssigned, ImmutableArray<ProgressReport> revised, ImmutableArray<OrgUnit> units)
    {
        Whole = whole;
        ByOrgUnit = byOrgUnit;
        Behind = behind;
        NotAssigned = notAssigned;
        Revised = revised;
        this.units = units;
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
    public ImmutableArray<TargetEvaluation> ByOrgUnit { get; }

    /// <summary>
    /// The org units of the breakdown behind schedule (滞后) or overdue on what they owe of the target — never one that
    /// owes nothing of it.
    /// </summary>
    public ImmutableArray<OrgUnit> Behind { get; }

    /// <summary>The org units of the breakdown that owe nothing of the target (未分解): all of them when it has no allocation.</summary>
    public ImmutableArray<OrgUnit> NotAssigned { get; }

    /// <summary>The revisions (修订) and corrections (冲减) among the reports that count for the whole, by org unit and date.</summary>
    public ImmutableArray<ProgressReport> Revised { get; }

    /// <summary>
    /// For a milestone every unit of the breakdown's level owes (<see cref="MilestoneScopeKind.EveryUnit"/>): how many
    /// of them have done it, beside <see cref="UnitsInScope"/> (6 / 9个单位); null for any other target.
    /// </summary>
    public int? UnitsDone => UnitsInScope is null ? null : ByOrgUnit.Count(e => e.IsAssigned && e.IsComplete);

    /// <summary>For a milestone every unit of the breakdown's level owes: how many units owe it; null for any other target.</summary>
    public int? UnitsInScope
        => Target.Comparison.Kind == ComparisonKind.Milestone && Target.Scope.Kind == MilestoneScopeKind.EveryUnit && !ByOrgUnit.IsEmpty
            && ByOrgUnit.Length == units.Length && units.All(u => u.Level == Target.Scope.Level)
            ? ByOrgUnit.Count(e => e.IsAssigned)
            : null;
}

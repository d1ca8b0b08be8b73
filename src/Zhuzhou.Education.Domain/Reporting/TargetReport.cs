using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>
/// One target (指标) of a <see cref="PlanReport"/>: its evaluation for the whole (the city), for each org unit of the
/// breakdown, and the units behind schedule on it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetReport
{
    internal TargetReport(TargetEvaluation whole, ImmutableArray<TargetEvaluation> byOrgUnit, ImmutableArray<OrgUnit> behind)
    {
        Whole = whole;
        ByOrgUnit = byOrgUnit;
        Behind = behind;
    }

    /// <summary>The target.</summary>
    public Target Target => Whole.Target;

    /// <summary>The target evaluated for the root of the tree (the city).</summary>
    public TargetEvaluation Whole { get; }

    /// <summary>
    /// The target evaluated for each org unit of the breakdown, in the order of <see cref="PlanReport.OrgUnits"/>,
    /// against the unit's share of it; empty when no report on the target comes from beneath the root (a city
    /// milestone has no per-unit figures).
    /// </summary>
    public ImmutableArray<TargetEvaluation> ByOrgUnit { get; }

    /// <summary>
    /// The org units of the breakdown behind schedule (滞后) or overdue on their share of the target. None once the
    /// target is complete as a whole: a county's proportional share of "5所" is not a commitment of its own, and
    /// listing counties behind on a target already met misleads the reader.
    /// </summary>
    public ImmutableArray<OrgUnit> Behind { get; }
}

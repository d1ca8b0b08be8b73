using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>The plan evaluated for one org unit (单位) of a <see cref="PlanReport"/>: its figures per section, item and target.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OrgUnitReport
{
    internal OrgUnitReport(OrgUnit orgUnit, PlanRollUp plan)
    {
        OrgUnit = orgUnit;
        Plan = plan;
    }

    /// <summary>The org unit.</summary>
    public OrgUnit OrgUnit { get; }

    /// <summary>The plan evaluated from the reports of the unit and the units beneath it, against its share of each target.</summary>
    public PlanRollUp Plan { get; }
}

using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>The evaluation of a plan for one org unit (单位): the city, a county or a school.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OrgUnitEvaluation
{
    /// <summary>Pairs an org unit with its plan roll-up.</summary>
    /// <param name="orgUnit">The org unit the roll-up is for.</param>
    /// <param name="rollUp">The plan evaluated from that org unit's reports (and those of the units beneath it).</param>
    /// <param name="name">The org unit's name (株洲市, 醴陵市), written beside its code; null to leave it out.</param>
    /// <exception cref="ArgumentException"><paramref name="orgUnit"/> is unset.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rollUp"/> is null.</exception>
    public OrgUnitEvaluation(OrgUnitCode orgUnit, PlanRollUp rollUp, string? name = null)
    {
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        OrgUnit = orgUnit;
        RollUp = Preconditions.CheckNotNull(rollUp);
        Name = name;
    }

    /// <summary>The org unit.</summary>
    public OrgUnitCode OrgUnit { get; }

    /// <summary>The org unit's name, written beside its code; null when not given.</summary>
    public string? Name { get; }

    /// <summary>Its plan roll-up.</summary>
    public PlanRollUp RollUp { get; }
}

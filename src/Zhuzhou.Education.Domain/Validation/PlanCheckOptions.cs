using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>What <see cref="PlanCheck"/> checks a plan against besides itself: the org units (单位) and the allocations (任务分解).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanCheckOptions
{
    /// <summary>No org units: the plan is checked by itself, its allocations unchecked.</summary>
    public static PlanCheckOptions Default { get; } = new();

    /// <summary>
    /// The org units the plan's targets are divided among: every unit a target's explicit allocation (任务分解, the
    /// plan's <see cref="Plans.Target.Allocation"/>) names must be in it, and the units beneath a unit tell whose amounts
    /// must add up to its own (the city's is the target's required amount). Null to skip the allocations.
    /// </summary>
    public OrgUnitTree? OrgUnits { get; init; }
}

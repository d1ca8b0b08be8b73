using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>What <see cref="PlanCheck"/> checks a plan against besides itself: the org units (单位) and the allocations (任务分解).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanCheckOptions
{
    /// <summary>No org units and no allocations: the plan is checked by itself.</summary>
    public static PlanCheckOptions Default { get; } = new();

    /// <summary>
    /// The org units the plan's targets are divided among; with <see cref="Allocations"/>, every allocated unit must be
    /// in it, and the units beneath a unit tell whose amounts must add up to its own. Null to skip the allocations.
    /// </summary>
    public OrgUnitTree? OrgUnits { get; init; }

    /// <summary>
    /// Explicit amounts per target and org unit (任务分解表); where the units beneath one unit are given amounts of a
    /// target, those amounts must add up to that unit's (the city's is the target's required amount). Null for none.
    /// </summary>
    public TargetAllocations? Allocations { get; init; }
}

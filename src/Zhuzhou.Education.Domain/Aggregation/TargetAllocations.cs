using System.Collections.Immutable;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// How a city-wide target is divided among org units (指标分解): explicit amounts for some units (a county's
/// share of a city target, from data), and proportional shares for the rest.
/// </summary>
/// <remarks>
/// <para>A unit without an explicit amount gets its parent's amount times its share of the parent's leaf units
/// (schools, or counties in a tree without schools): with nine counties of equal size each county's default is
/// a ninth. Explicit amounts need not add up to the parent's. Only counts are divided: shares (coverage,
/// percentages) and milestones require the same of every unit.</para>
/// <para>Immutable and thread-safe; <see cref="With"/> returns a new instance.</para>
/// </remarks>
public sealed class TargetAllocations
{
    private TargetAllocations(ImmutableDictionary<(TargetId Target, OrgUnitCode OrgUnit), decimal> amounts) => Amounts = amounts;

    /// <summary>No explicit amounts: every unit gets its proportional share.</summary>
    public static TargetAllocations Proportional { get; } = new(ImmutableDictionary<(TargetId, OrgUnitCode), decimal>.Empty);

    /// <summary>The number of explicit amounts.</summary>
    public int Count => Amounts.Count;

    internal ImmutableDictionary<(TargetId Target, OrgUnitCode OrgUnit), decimal> Amounts { get; }

    /// <summary>Returns allocations with an explicit required amount of a target for an org unit.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit, e.g. a county.</param>
    /// <param name="required">The amount the unit must achieve, in the target's measure word; not negative.</param>
    /// <returns>The new allocations; this instance is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> or <paramref name="orgUnit"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> is negative.</exception>
    public TargetAllocations With(TargetId target, OrgUnitCode orgUnit, decimal required)
    {
        Preconditions.CheckArgument(target != default, nameof(target), "Target id must be set.");
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        Preconditions.CheckNonNegative(required);
        return new(Amounts.SetItem((target, orgUnit), required));
    }

    /// <summary>The explicit amount for a target and org unit, if there is one.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>The amount, or null when the unit gets its proportional share.</returns>
    public decimal? Find(TargetId target, OrgUnitCode orgUnit)
        => Amounts.TryGetValue((target, orgUnit), out var amount) ? amount : null;
}

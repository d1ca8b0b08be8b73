using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>How an <see cref="Allocation"/> gives each org unit its part.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum AllocationMethod
{
    /// <summary>An amount per org unit, as a bureau's 任务分解表 sets it.</summary>
    Explicit = 0,

    /// <summary>A weight per org unit (e.g. enrolment): the plan's amount split in proportion, in whole measure units.</summary>
    Proportional = 1,
}

/// <summary>
/// One org unit's line of an <see cref="Allocation"/> (任务分解): the amount it must reach, or its weight in a
/// proportional split, and for a target measured against a baseline, the unit's own baseline.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record AllocationPart
{
    private readonly decimal? baseline;

    /// <summary>Creates a part.</summary>
    /// <param name="orgUnit">The org unit, e.g. 430281 醴陵市.</param>
    /// <param name="amount">The required amount in the target's measure word (explicit), or the unit's weight (proportional); not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="orgUnit"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public AllocationPart(OrgUnitCode orgUnit, decimal amount)
    {
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        OrgUnit = orgUnit;
        Amount = Preconditions.CheckNonNegative(amount);
    }

    /// <summary>The org unit.</summary>
    public OrgUnitCode OrgUnit { get; }

    /// <summary>The required amount (explicit) or the weight (proportional).</summary>
    public decimal Amount { get; }

    /// <summary>
    /// The unit's own baseline, for a target measured against one (a baseline is never split: each unit's is given);
    /// null otherwise. Not negative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Baseline
    {
        get => baseline;
        init => baseline = value is null ? null : Preconditions.CheckNonNegative(value.Value, nameof(Baseline));
    }

    /// <summary>"430281 2600", or "430281 2600 (baseline 120)".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{OrgUnit} {Amount}{(Baseline is { } b ? $" (baseline {b})" : string.Empty)}");
}

/// <summary>
/// Who owes what of a target (任务分解): the org units that each owe a part of a city-wide count, with an explicit
/// amount per unit (a bureau's 任务分解表) or weights the plan's amount is split by.
/// </summary>
/// <remarks>
/// <para>A target without an allocation is owed by the plan's issuer alone: a county owes nothing of it, and its
/// figures show only what it contributed. Shares (coverage, percentages) apply to every unit alike and milestones
/// have a <see cref="MilestoneScope"/>; neither takes an allocation (see <see cref="Target.Allocation"/>).</para>
/// <para>A proportional split is done by the rules in whole measure units, so that the parts add up to the whole
/// (largest remainder; ties go to the lower org unit code); for a range each bound is split the same way. A baseline
/// is never split: targets with a baseline, and at-most targets, take explicit allocations only.</para>
/// <para>Parts are kept in the order of their org unit codes. Equality is structural. Immutable and thread-safe.</para>
/// <example>
/// <code>
/// var places = target with { Allocation = Allocation.Explicit([new(OrgUnitCode.Parse("430281"), 2600m), new(OrgUnitCode.Parse("430202"), 1900m)]) };
/// </code>
/// </example>
/// </remarks>
public sealed record Allocation
{
    private Allocation(AllocationMethod method, ImmutableArray<AllocationPart> parts)
    {
        Method = method;
        Parts = parts;
    }

    /// <summary>How each unit's part is given.</summary>
    public AllocationMethod Method { get; }

    /// <summary>The parts, in the order of their org unit codes (ordinal); at least one.</summary>
    public ImmutableArray<AllocationPart> Parts { get; }

    /// <summary>An amount per org unit, as a 任务分解表 sets it; the amounts need not add up to the plan's.</summary>
    /// <param name="parts">One part per org unit: the amount it must reach, with its baseline where the target has one.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no part, a part is null, or an org unit repeats.</exception>
    public static Allocation Explicit(IEnumerable<AllocationPart> parts) => new(AllocationMethod.Explicit, Check(parts, nameof(parts)));

    /// <summary>Weights per org unit (e.g. enrolment): the plan's amount is split in proportion, in whole measure units.</summary>
    /// <param name="weights">One part per org unit, its <see cref="AllocationPart.Amount"/> the weight.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no part, a part is null or gives a baseline, an org unit repeats,
    /// or the weights add up to 0.</exception>
    public static Allocation Proportional(IEnumerable<AllocationPart> weights)
    {
        var parts = Check(weights, nameof(weights));
        Preconditions.CheckArgument(parts.All(p => p.Baseline is null), nameof(weights), "A proportional allocation splits amounts, never baselines: give weights without baselines.");
        Preconditions.CheckArgument(parts.Sum(p => p.Amount) > 0m, nameof(weights), "The weights of a proportional allocation must not add up to 0.");
        return new(AllocationMethod.Proportional, parts);
    }

    /// <summary>Finds the part of an org unit.</summary>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>Its part, or null when it has none.</returns>
    public AllocationPart? Find(OrgUnitCode orgUnit)
    {
        foreach (var part in Parts)
        {
            if (part.OrgUnit == orgUnit)
            {
                return part;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Allocation? other) => other is not null && Method == other.Method && Sequences.Equal(Parts, other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Sequences.Hash(Parts));

    /// <summary>"explicit: 430202 1900, 430281 2600".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => (Method == AllocationMethod.Explicit ? "explicit: " : "proportional: ") + string.Join(", ", Parts);

    private static ImmutableArray<AllocationPart> Check(IEnumerable<AllocationPart> parts, string paramName)
    {
        var list = Sequences.ToImmutable(parts, paramName);
        Preconditions.CheckArgument(!list.IsEmpty, paramName, "An allocation needs at least one org unit.");
        var seen = new HashSet<OrgUnitCode>();
        foreach (var part in list)
        {
            Preconditions.CheckArgument(seen.Add(part.OrgUnit), paramName, $"Org unit {part.OrgUnit} appears more than once in the allocation.");
        }

        return [.. list.OrderBy(p => p.OrgUnit.Value, StringComparer.Ordinal)];
    }
}

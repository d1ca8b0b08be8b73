using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.Completeness"/>: per target and org unit the reports expected and
/// received as of a date, so a supervisor (督导) sees who has not reported — as DHIS2's reporting rates.
/// </summary>
/// <remarks>Methods taking an optional org unit default to the root. Immutable and thread-safe.</remarks>
public sealed class ReportingCompleteness
{
    private readonly StoreLayout layout;
    private readonly int[] expected;
    private readonly int[] received;
    private readonly bool[] missedLast;

    internal ReportingCompleteness(StoreLayout layout, LocalDate asOf, int[] expected, int[] received, bool[] missedLast)
    {
        this.layout = layout;
        AsOf = asOf;
        this.expected = expected;
        this.received = received;
        this.missedLast = missedLast;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The reports expected: ended reporting periods times the leaf units at or beneath the unit.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The number expected.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public int Expected(TargetId target, OrgUnitCode? orgUnit = null) => expected[Cell(target, orgUnit)];

    /// <summary>The reports received: (leaf unit, ended period) pairs with at least one report.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The number received.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public int Received(TargetId target, OrgUnitCode? orgUnit = null) => received[Cell(target, orgUnit)];

    /// <summary>The reporting rate: received over expected; 1 while nothing is expected yet.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The rate, from 0 to 1.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public double Rate(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var cell = Cell(target, orgUnit);
        return expected[cell] == 0 ? 1d : (double)received[cell] / expected[cell];
    }

    /// <summary>The leaf units that have not reported on a target for the latest ended period.</summary>
    /// <param name="target">The target.</param>
    /// <returns>Their codes, in tree order.</returns>
    /// <exception cref="ArgumentException">The plan has no such target.</exception>
    public ImmutableArray<OrgUnitCode> Missing(TargetId target)
    {
        var first = layout.TargetOf(target, nameof(target)) * layout.UnitCount;
        var builder = ImmutableArray.CreateBuilder<OrgUnitCode>();
        for (var u = 0; u < layout.UnitCount; u++)
        {
            if (missedLast[first + u])
            {
                builder.Add(layout.Units[u].Code);
            }
        }

        return builder.ToImmutable();
    }

    private int Cell(TargetId target, OrgUnitCode? orgUnit)
        => (layout.TargetOf(target, nameof(target)) * layout.UnitCount)
            + (orgUnit is { } code ? layout.UnitOf(code, nameof(orgUnit)) : layout.Root);
}

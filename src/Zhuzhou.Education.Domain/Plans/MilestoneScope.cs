using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>Who a milestone is owed by: the issuer (or one unit the plan names responsible), or every unit of a level.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum MilestoneScopeKind
{
    /// <summary>The plan's issuer, or the unit it names responsible: done when that unit reports it done.</summary>
    Issuer = 0,

    /// <summary>Every unit of a level (e.g. every county rectifies its 学前班): done when all of them are.</summary>
    EveryUnit = 1,
}

/// <summary>
/// The scope of a milestone (节点): who owes it, and so whose reports complete it.
/// </summary>
/// <remarks>
/// <para><see cref="Issuer"/> (the default): the milestone is done when the issuer — the root of the org unit tree,
/// or the unit named <see cref="Responsible"/> — reports it done; other units' reports are shown as theirs and never
/// complete it. <see cref="EveryUnitAt"/>: every unit of a level owes it; a unit above that level has completion
/// = units done / units in scope beneath it (a staged milestone: the mean of their stages' completions), and is
/// done when all of them are. One county's "done" never completes a city-wide milestone for everyone.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record MilestoneScope
{
    private MilestoneScope(MilestoneScopeKind kind, OrgUnitLevel? level, OrgUnitCode? responsible)
    {
        Kind = kind;
        Level = level;
        Responsible = responsible;
    }

    /// <summary>The issuer's milestone (the default): done when the root of the tree reports it done.</summary>
    public static MilestoneScope Issuer { get; } = new(MilestoneScopeKind.Issuer, null, null);

    /// <summary>Who owes the milestone.</summary>
    public MilestoneScopeKind Kind { get; }

    /// <summary>For <see cref="MilestoneScopeKind.EveryUnit"/>: the level whose every unit owes it; otherwise null.</summary>
    public OrgUnitLevel? Level { get; }

    /// <summary>For <see cref="MilestoneScopeKind.Issuer"/>: the unit the plan names responsible, whose report completes it; null for the root.</summary>
    public OrgUnitCode? Responsible { get; }

    /// <summary>An issuer's milestone that one named unit is responsible for: done when that unit reports it done.</summary>
    /// <param name="orgUnit">The responsible unit, e.g. the city's special-education school.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="orgUnit"/> is unset.</exception>
    public static MilestoneScope ResponsibleUnit(OrgUnitCode orgUnit)
    {
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        return new(MilestoneScopeKind.Issuer, null, orgUnit);
    }

    /// <summary>A milestone every unit of a level owes (e.g. <see cref="OrgUnitLevel.County"/>: 各县市区).</summary>
    /// <param name="level">The level: county-level units or schools.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is undefined, or is a province or city (the issuer's own level).</exception>
    public static MilestoneScope EveryUnitAt(OrgUnitLevel level)
    {
        Preconditions.CheckArgument(level is OrgUnitLevel.County or OrgUnitLevel.School, nameof(level), $"A milestone can be owed by every county-level unit or every school, not by every unit of level {level}.");
        return new(MilestoneScopeKind.EveryUnit, level, null);
    }

    /// <summary>"issuer", "issuer: 430200" or "every county".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => Kind == MilestoneScopeKind.EveryUnit
        ? "every " + Level!.Value.ToString().ToLowerInvariant()
        : Responsible is { } unit ? "issuer: " + unit : "issuer";
}

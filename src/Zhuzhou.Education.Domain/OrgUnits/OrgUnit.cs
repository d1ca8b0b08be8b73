using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.OrgUnits;

/// <summary>The level of an org unit in the tree.</summary>
public enum OrgUnitLevel
{
    /// <summary>A province (省).</summary>
    Province = 0,

    /// <summary>A prefecture-level city (市), such as 株洲市.</summary>
    City = 1,

    /// <summary>A county-level division (县市区), such as 醴陵市 or 荷塘区.</summary>
    County = 2,

    /// <summary>A school or other institution beneath a county.</summary>
    School = 3,
}

/// <summary>
/// An org unit (单位): the city, a county-level division, or a school, with its parent's code.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record OrgUnit
{
    /// <summary>Creates an org unit.</summary>
    /// <param name="code">Its code.</param>
    /// <param name="name">Its name, e.g. "醴陵市".</param>
    /// <param name="level">Its level.</param>
    /// <param name="parent">Its parent's code; null for the root.</param>
    /// <exception cref="ArgumentException">The code is unset, the name blank, the level undefined, or the unit is its own parent.</exception>
    public OrgUnit(OrgUnitCode code, string name, OrgUnitLevel level, OrgUnitCode? parent)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "Code must be set.");
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), "Unknown level.");
        Preconditions.CheckArgument(parent != code, nameof(parent), "An org unit cannot be its own parent.");
        Code = code;
        Name = Preconditions.CheckNotBlank(name);
        Level = level;
        Parent = parent;
    }

    /// <summary>Its code.</summary>
    public OrgUnitCode Code { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>Its level.</summary>
    public OrgUnitLevel Level { get; }

    /// <summary>Its parent's code; null for the root.</summary>
    public OrgUnitCode? Parent { get; }

    /// <summary>"430281 醴陵市".</summary>
    /// <returns>Code and name.</returns>
    public override string ToString() => $"{Code} {Name}";
}

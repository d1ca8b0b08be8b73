using System.Collections.Frozen;
using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.OrgUnits;

/// <summary>
/// An immutable tree of org units: one root (the city) with county-level divisions beneath it and schools
/// beneath those.
/// </summary>
/// <remarks>
/// Valid by construction: exactly one root, every parent present, no repeated code, no cycle, and each unit's level
/// below its parent's (a county beneath a city, a school beneath a county).
/// Adding a unit returns a new tree. Immutable and thread-safe.
/// </remarks>
public sealed class OrgUnitTree
{
    private readonly FrozenDictionary<OrgUnitCode, OrgUnit> byCode;
    private readonly FrozenDictionary<OrgUnitCode, ImmutableArray<OrgUnit>> children;
    private readonly FrozenDictionary<string, OrgUnit> byName;

    private OrgUnitTree(ImmutableArray<OrgUnit> units, OrgUnit root, FrozenDictionary<OrgUnitCode, OrgUnit> byCode)
    {
        Units = units;
        Root = root;
        this.byCode = byCode;
        children = units.Where(u => u.Parent is not null)
            .GroupBy(u => u.Parent!.Value)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

        // A name names a unit only when no other unit has it.
        byName = units.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
    }

    /// <summary>The root unit (the city).</summary>
    public OrgUnit Root { get; }

    /// <summary>Every unit, in the order given.</summary>
    public ImmutableArray<OrgUnit> Units { get; }

    /// <summary>The number of units.</summary>
    public int Count => Units.Length;

    /// <summary>Creates a tree from its units.</summary>
    /// <param name="units">The units, in any order.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">There is not exactly one root, a code repeats, a parent is missing, the parents form a cycle, or a unit's level is not below its parent's.</exception>
    public static OrgUnitTree Create(IEnumerable<OrgUnit> units)
    {
        var list = Sequences.ToImmutable(units, nameof(units));
        var rows = list.Select(u => new OrgUnitRow(u.Code, u.Parent, u.Level)).ToList();
        var faults = OrgUnitTreeRules.CheckShape(rows);
        if (faults.Count == 0)
        {
            faults = OrgUnitTreeRules.CheckLevels(rows).Faults;
        }

        if (faults.Count > 0)
        {
            throw new ArgumentException(Describe(faults.MinBy(f => f.Kind), list, rows.Count(r => r.Parent is null)), nameof(units));
        }

        return new OrgUnitTree(list, list.First(u => u.Parent is null), list.ToFrozenDictionary(u => u.Code));
    }

    /// <summary>Finds a unit by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The unit, or null when the tree has none with that code.</returns>
    public OrgUnit? Find(OrgUnitCode code) => byCode.GetValueOrDefault(code);

    /// <summary>Finds a unit by its name, as the bureau writes it: 醴陵市, 天元区.</summary>
    /// <param name="name">The name; white space around it is ignored.</param>
    /// <returns>The unit, or null when no unit has that name or more than one has it (then find it by code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <example><code>var liling = ZhuzhouOrgUnits.Tree2017.FindByName("醴陵市");   // 430281</code></example>
    public OrgUnit? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.GetValueOrDefault(name.Trim());
    }

    /// <summary>Finds a unit as people write it: by its code (430281) or its name (醴陵市).</summary>
    /// <param name="text">The code or the name.</param>
    /// <returns>The unit, or null when no unit has that code or, alone, that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public OrgUnit? Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OrgUnitCode.TryParse(text, out var code) && Find(code) is { } unit ? unit : FindByName(text);
    }

    /// <summary>Whether the tree holds a unit with the code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(OrgUnitCode code) => byCode.ContainsKey(code);

    /// <summary>The direct children of a unit.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>Its children, in the order given; empty for a leaf or an unknown code.</returns>
    public ImmutableArray<OrgUnit> ChildrenOf(OrgUnitCode code) => children.GetValueOrDefault(code, []);

    /// <summary>The unit and its ancestors, from the unit up to the root.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The chain; empty for an unknown code.</returns>
    public IEnumerable<OrgUnit> AncestorsAndSelf(OrgUnitCode code)
    {
        for (var current = Find(code); current is not null; current = current.Parent is { } p ? byCode[p] : null)
        {
            yield return current;
        }
    }

    /// <summary>The units of one level, in the order given (e.g. the nine county-level divisions).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The units.</returns>
    public IEnumerable<OrgUnit> UnitsAt(OrgUnitLevel level) => Units.Where(u => u.Level == level);

    /// <summary>Returns a new tree with a school added beneath a county-level unit.</summary>
    /// <param name="county">The code of the county-level unit.</param>
    /// <param name="code">The school's code.</param>
    /// <param name="name">The school's name.</param>
    /// <returns>The new tree; this tree is unchanged.</returns>
    /// <exception cref="ArgumentException">The county is not in the tree or is not county-level, the code is already used, or the name is blank.</exception>
    public OrgUnitTree WithSchool(OrgUnitCode county, OrgUnitCode code, string name)
    {
        var parent = Find(county);
        Preconditions.CheckArgument(parent is not null, nameof(county), $"Org unit {county} is not in the tree.");
        Preconditions.CheckArgument(parent!.Level == OrgUnitLevel.County, nameof(county), $"Org unit {county} is not a county-level unit.");
        Preconditions.CheckArgument(!Contains(code), nameof(code), $"Org unit code {code} is already in the tree.");
        return Create(Units.Add(new OrgUnit(code, name, OrgUnitLevel.School, county)));
    }

    private static string Describe(OrgUnitFault fault, ImmutableArray<OrgUnit> units, int roots)
    {
        var unit = fault.Index >= 0 ? units[fault.Index] : null;
        return fault.Kind switch
        {
            OrgUnitFaultKind.DuplicateCode => $"Org unit code {unit!.Code} is repeated.",
            OrgUnitFaultKind.UnknownParent => $"Org unit {unit!.Code} names parent {unit.Parent}, which is not in the tree.",
            OrgUnitFaultKind.NoRoot or OrgUnitFaultKind.SecondRoot => $"A tree needs exactly one root (a unit without a parent); found {roots}.",
            OrgUnitFaultKind.Cycle => $"Org unit {unit!.Code} is on a cycle of parents: {string.Join(" → ", fault.Cycle!)}.",
            OrgUnitFaultKind.NotBelowParent => $"Org unit {unit!.Code} is a {unit.Level}, which is not below its parent {units[fault.Other].Code}, a {units[fault.Other].Level}.",
            _ => $"Org unit {unit!.Code} is beneath a school, which has no units beneath it.",
        };
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Orleans;

/// <summary>
/// The plans (工作要点) a cluster serves, each under a name with the org unit tree (单位) that reports on it.
/// Every silo and every client registers the same catalog (as a singleton service); grains find their plan and
/// their org units in it, and reports are routed by it.
/// </summary>
/// <remarks>
/// <para>Routing: each org unit's reports belong to one owner — the unit directly beneath the root on its path
/// (a county-level unit, 县市区, with all its schools), or the root itself for the root's own reports. One grain
/// per owner holds them (<see cref="Grains.IOrgUnitReportsGrain"/>), so a unit's reports are never split.</para>
/// <para>Immutable and thread-safe once built; <see cref="Add"/> returns the catalog, for chaining at start-up.</para>
/// </remarks>
public sealed class PlanCatalog
{
    private readonly Dictionary<string, PlanPartitioning> plans = new(StringComparer.Ordinal);

    /// <summary>The names of the plans served.</summary>
    public IEnumerable<string> Names => plans.Keys;

    /// <summary>Adds a plan under a name.</summary>
    /// <param name="name">The name grains and clients use: letters, digits, '-', '_' or '.'; e.g. "zhuzhou-2017".</param>
    /// <param name="plan">The plan.</param>
    /// <param name="tree">The org units that report on it.</param>
    /// <returns>This catalog.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, has another character, or is taken.</exception>
    public PlanCatalog Add(string name, Plan plan, OrgUnitTree tree)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tree);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"Plan name \"{name}\" must be letters, digits, '-', '_' or '.'.", nameof(name));
        }

        if (!plans.TryAdd(name, new PlanPartitioning(name, plan, tree)))
        {
            throw new ArgumentException($"Plan name \"{name}\" is already in the catalog.", nameof(name));
        }

        return this;
    }

    /// <summary>The plan served under a name, with its routing.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The plan's partitioning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No plan has the name.</exception>
    public PlanPartitioning this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return plans.TryGetValue(name, out var entry) ? entry : throw new KeyNotFoundException($"No plan is served under the name \"{name}\".");
        }
    }
}

/// <summary>
/// One plan served by a cluster: the plan, its org unit tree, and who owns which org unit's reports (see
/// <see cref="PlanCatalog"/>). Immutable and thread-safe.
/// </summary>
public sealed class PlanPartitioning
{
    private readonly FrozenDictionary<OrgUnitCode, OrgUnitCode> ownerOf;

    internal PlanPartitioning(string name, Plan plan, OrgUnitTree tree)
    {
        Name = name;
        Plan = plan;
        Tree = tree;
        var root = tree.Root.Code;
        Owners = [root, .. tree.ChildrenOf(root).Select(u => u.Code)];
        ownerOf = tree.Units.ToFrozenDictionary(u => u.Code, u => u.Code == root ? root : tree.AncestorsAndSelf(u.Code).First(a => a.Parent == root).Code);
    }

    /// <summary>The name the plan is served under.</summary>
    public string Name { get; }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The whole org unit tree.</summary>
    public OrgUnitTree Tree { get; }

    /// <summary>The owners: the root first, then the units directly beneath it (one grain each).</summary>
    public ImmutableArray<OrgUnitCode> Owners { get; }

    /// <summary>The owner of an org unit's reports.</summary>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>The root for the root's own reports, otherwise the unit directly beneath the root on its path.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    public OrgUnitCode OwnerOf(OrgUnitCode orgUnit)
        => ownerOf.TryGetValue(orgUnit, out var owner) ? owner : throw new ArgumentException($"Org unit {orgUnit} is not in the tree of {Tree.Root.Name}.", nameof(orgUnit));

    /// <summary>The org units an owner holds the reports of, as a tree of their own (the owner its root).</summary>
    /// <param name="owner">One of <see cref="Owners"/>.</param>
    /// <returns>For the root, the root alone; for a unit beneath it, the unit and every unit beneath it.</returns>
    /// <exception cref="ArgumentException">The unit is not an owner.</exception>
    public OrgUnitTree Subtree(OrgUnitCode owner)
    {
        if (!Owners.Contains(owner))
        {
            throw new ArgumentException($"Org unit {owner} does not own reports of plan \"{Name}\".", nameof(owner));
        }

        var root = Tree.Root.Code;
        var units = owner == root
            ? [Tree.Root]
            : Tree.Units.Where(u => u.Code != root && ownerOf[u.Code] == owner);
        return OrgUnitTree.Create(units.Select(u => u.Code == owner ? new OrgUnit(u.Code, u.Name, u.Level, null) : u));
    }

    /// <summary>The grain key of an owner's reports: "name/code".</summary>
    internal string GrainKey(OrgUnitCode owner) => Name + "/" + owner.Value;
}

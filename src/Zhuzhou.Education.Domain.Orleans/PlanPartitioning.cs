using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Orleans;

/// <summary>
/// One plan served by a cluster: the plan, its org unit tree, and who owns which org unit's reports (see
/// <see cref="PlanCatalog"/>), split into how many partitions. Immutable and thread-safe.
/// </summary>
public sealed class PlanPartitioning
{
    private readonly FrozenDictionary<OrgUnitCode, OrgUnitCode> ownerOf;
    private readonly FrozenDictionary<OrgUnitCode, int> partitionOf;
    private readonly FrozenDictionary<OrgUnitCode, int> grainOf;

    internal PlanPartitioning(string name, Plan plan, OrgUnitTree tree, int partitions)
    {
        Name = name;
        Plan = plan;
        Tree = tree;
        Partitions = partitions;
        var root = tree.Root.Code;
        Owners = [root, .. tree.ChildrenOf(root).Select(u => u.Code)];
        ownerOf = tree.Units.ToFrozenDictionary(u => u.Code, u => u.Code == root ? root : tree.AncestorsAndSelf(u.Code).First(a => a.Parent == root).Code);
        partitionOf = tree.Units.ToFrozenDictionary(u => u.Code, u => Partition(tree, ownerOf[u.Code], u.Code, partitions));
        GrainKeys = [.. Owners.SelectMany(o => Enumerable.Range(0, o == root ? 1 : partitions).Select(p => GrainKey(o, p)))];
        var keyIndex = GrainKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        grainOf = tree.Units.ToFrozenDictionary(u => u.Code, u => keyIndex[GrainKeyOf(u.Code)]);
    }

    /// <summary>The name the plan is served under.</summary>
    public string Name { get; }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>The whole org unit tree.</summary>
    public OrgUnitTree Tree { get; }

    /// <summary>The owners: the root first, then the units directly beneath it (one grain each, or one a partition).</summary>
    public ImmutableArray<OrgUnitCode> Owners { get; }

    /// <summary>How many grains share each owner's reports (the root's own reports always have one).</summary>
    public int Partitions { get; }

    /// <summary>The keys of every grain holding the plan's reports: each owner's partitions.</summary>
    internal ImmutableArray<string> GrainKeys { get; }

    /// <summary>The owner of an org unit's reports.</summary>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>The root for the root's own reports, otherwise the unit directly beneath the root on its path.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    public OrgUnitCode OwnerOf(OrgUnitCode orgUnit)
        => ownerOf.TryGetValue(orgUnit, out var owner) ? owner : throw new ArgumentException($"Org unit {orgUnit} is not in the tree of {Tree.Root.Name}.", nameof(orgUnit));

    /// <summary>The partition of its owner that holds an org unit's reports.</summary>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>From 0 to <see cref="Partitions"/> − 1 (always 0 with one partition, and for the root's own reports).</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    public int PartitionOf(OrgUnitCode orgUnit)
        => partitionOf.TryGetValue(orgUnit, out var partition) ? partition : throw new ArgumentException($"Org unit {orgUnit} is not in the tree of {Tree.Root.Name}.", nameof(orgUnit));

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

    /// <summary>The grain key of an owner's reports: "name/code", or "name/code#partition" when owners are partitioned.</summary>
    internal string GrainKey(OrgUnitCode owner, int partition)
        => Partitions == 1 || owner == Tree.Root.Code ? Name + "/" + owner.Value : string.Create(CultureInfo.InvariantCulture, $"{Name}/{owner.Value}#{partition}");

    /// <summary>The grain key of an org unit's reports.</summary>
    internal string GrainKeyOf(OrgUnitCode orgUnit) => GrainKey(OwnerOf(orgUnit), partitionOf[orgUnit]);

    /// <summary>Where an org unit's reports go, as an index into <see cref="GrainKeys"/>, resolved once per unit: one
    /// lookup a report when routing, no key built.</summary>
    /// <returns>False if the tree has no such unit.</returns>
    internal bool TryGetGrainIndex(OrgUnitCode orgUnit, out int grain) => grainOf.TryGetValue(orgUnit, out grain);

    /// <summary>Reads a grain key back: the owner and the partition.</summary>
    internal (OrgUnitCode Owner, int Partition) ParseGrainKey(string key)
    {
        var code = key[(Name.Length + 1)..];
        var hash = code.LastIndexOf('#');
        return hash < 0
            ? (OrgUnitCode.Parse(code), 0)
            : (OrgUnitCode.Parse(code[..hash]), int.Parse(code[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
    }

    // The subtree beneath the owner on the unit's path (the unit itself for a school directly beneath its county; the
    // owner for its own reports), hashed (FNV-1a over the code, the same in every process) into a partition.
    private static int Partition(OrgUnitTree tree, OrgUnitCode owner, OrgUnitCode unit, int partitions)
    {
        if (partitions == 1 || unit == owner || unit == tree.Root.Code)
        {
            return 0;
        }

        var subtree = tree.AncestorsAndSelf(unit).First(a => a.Parent == owner).Code.Value;
        var hash = 2166136261u;
        foreach (var c in subtree)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)partitions);
    }
}

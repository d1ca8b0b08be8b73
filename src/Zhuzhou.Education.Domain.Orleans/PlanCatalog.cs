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
/// per owner holds them (<see cref="Grains.IOrgUnitReportsGrain"/>), or, for a large owner, one grain per partition
/// of it (see <see cref="Add(string, Plan, OrgUnitTree, int)"/>); a unit's reports are never split.</para>
/// <para>Immutable and thread-safe once built; <see cref="Add(string, Plan, OrgUnitTree)"/> returns the catalog, for chaining at start-up.</para>
/// </remarks>
public sealed class PlanCatalog
{
    private const int MaxPartitions = 4096;

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
    public PlanCatalog Add(string name, Plan plan, OrgUnitTree tree) => Add(name, plan, tree, 1);

    /// <summary>Adds a plan under a name, each owner's reports split across several grains.</summary>
    /// <param name="name">The name grains and clients use: letters, digits, '-', '_' or '.'; e.g. "zhuzhou-2017".</param>
    /// <param name="plan">The plan.</param>
    /// <param name="tree">The org units that report on it.</param>
    /// <param name="partitions">How many grains share each owner's reports (1: one grain an owner). An org unit's
    /// reports go to the partition of its subtree beneath the owner — a school with its own units, or a district
    /// with its schools — chosen by a stable hash of that subtree's code, so one unit's reports stay together.
    /// Every silo and client must be given the same number.</param>
    /// <returns>This catalog.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, has another character, or is taken.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1 or above 4096.</exception>
    public PlanCatalog Add(string name, Plan plan, OrgUnitTree tree, int partitions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partitions, MaxPartitions);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"Plan name \"{name}\" must be letters, digits, '-', '_' or '.'.", nameof(name));
        }

        if (!plans.TryAdd(name, new PlanPartitioning(name, plan, tree, partitions)))
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

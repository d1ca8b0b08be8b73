using NodaTime;
using Orleans;
using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>
/// The plan-level grain (key: the plan's name in the <see cref="PlanCatalog"/>): fans an as-of query out to every
/// owner's <see cref="IOrgUnitReportsGrain"/> at once and merges their partials (<see cref="RollUpPartial.Merge(Plans.Plan, LocalDate, IEnumerable{RollUpPartial})"/>),
/// in whatever order they arrive.
/// </summary>
public interface IPlanReportsGrain : IGrainWithStringKey
{
    /// <summary>The merged partial of every owner as of a date, as columns; a store of the whole tree rolls it up.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (only the reports and revisions known then count); null for all held.</param>
    /// <returns>The merged partial, as columns (<see cref="RollUpPartial.ToColumns"/>).</returns>
    Task<RollUpColumns> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null);

    /// <summary>
    /// The merged subtree totals of every owner as of a date (<see cref="IOrgUnitReportsGrain.TotalsAsOf"/>), as
    /// columns: a store of the whole tree rolls them up into the figures of the owners and the root.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (only the reports and revisions known then count); null for all held.</param>
    /// <returns>The merged totals, as columns.</returns>
    Task<RollUpColumns> TotalsAsOf(LocalDate asOf, LocalDate? knownOn = null);

    /// <summary>The number of reports every owner holds.</summary>
    /// <returns>The count.</returns>
    Task<long> Count();
}

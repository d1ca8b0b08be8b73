using System.Collections.Immutable;
using NodaTime;
using Orleans;
using Orleans.Concurrency;
using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>The grain of <see cref="IPlanReportsGrain"/>: holds nothing; asks every owner at once and merges.</summary>
[StatelessWorker]
internal sealed class PlanReportsGrain(PlanCatalog catalog) : Grain, IPlanReportsGrain
{
    public async Task<ImmutableArray<RollUpCell>> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null)
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var plan = partitioning.Plan;
        var calls = partitioning.GrainKeys.Select(k => GrainFactory.GetGrain<IOrgUnitReportsGrain>(k).PartialAsOf(asOf, knownOn));
        var cells = await Task.WhenAll(calls).ConfigureAwait(true);
        var merged = RollUpPartial.Merge(plan, asOf, cells.Select(c => RollUpPartial.FromCells(plan, asOf, c)));
        return [.. merged.Cells];
    }

    public async Task<long> Count()
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var counts = await Task.WhenAll(partitioning.GrainKeys.Select(k => GrainFactory.GetGrain<IOrgUnitReportsGrain>(k).Count())).ConfigureAwait(true);
        return counts.Sum();
    }
}

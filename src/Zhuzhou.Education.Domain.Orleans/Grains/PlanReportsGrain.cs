using NodaTime;
using Orleans;
using Orleans.Concurrency;
using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>The grain of <see cref="IPlanReportsGrain"/>: holds nothing; asks every owner at once and merges.</summary>
[StatelessWorker]
internal sealed class PlanReportsGrain(PlanCatalog catalog) : Grain, IPlanReportsGrain
{
    public async Task<RollUpColumns> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null)
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var plan = partitioning.Plan;
        var calls = partitioning.GrainKeys.Select(k => GrainFactory.GetGrain<IOrgUnitReportsGrain>(k).PartialAsOf(asOf, knownOn));
        var columns = await Task.WhenAll(calls).ConfigureAwait(true);
        return RollUpPartial.Merge(plan, asOf, columns.Select(c => RollUpPartial.FromColumns(plan, asOf, c))).ToColumns();
    }

    public async Task<long> Count()
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var counts = await Task.WhenAll(partitioning.GrainKeys.Select(k => GrainFactory.GetGrain<IOrgUnitReportsGrain>(k).Count())).ConfigureAwait(true);
        return counts.Sum();
    }
}

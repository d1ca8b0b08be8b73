using NodaTime;
using Orleans;
using Orleans.Concurrency;
using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>The grain of <see cref="IPlanReportsGrain"/>: holds nothing; asks every owner at once and merges.</summary>
[StatelessWorker]
internal sealed class PlanReportsGrain(PlanCatalog catalog) : Grain, IPlanReportsGrain
{
    private IOrgUnitReportsGrain[]? owners;

    public Task<RollUpColumns> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null) => MergeAsync(asOf, g => g.PartialAsOf(asOf, knownOn));

    public Task<RollUpColumns> TotalsAsOf(LocalDate asOf, LocalDate? knownOn = null) => MergeAsync(asOf, g => g.TotalsAsOf(asOf, knownOn));

    public async Task<long> Count()
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var counts = await Task.WhenAll(Owners(partitioning).Select(g => g.Count())).ConfigureAwait(true);
        return counts.Sum();
    }

    // Asks every owner's grain at once and merges what they send, in whatever order it arrives.
    private async Task<RollUpColumns> MergeAsync(LocalDate asOf, Func<IOrgUnitReportsGrain, Task<RollUpColumns>> ask)
    {
        var partitioning = catalog[this.GetPrimaryKeyString()];
        var plan = partitioning.Plan;
        var columns = await Task.WhenAll(Owners(partitioning).Select(ask)).ConfigureAwait(true);
        return RollUpPartial.Merge(plan, asOf, columns.Select(c => RollUpPartial.FromColumns(plan, asOf, c))).ToColumns();
    }

    // The owners' grains, resolved once an activation.
    private IOrgUnitReportsGrain[] Owners(PlanPartitioning partitioning)
        => owners ??= [.. partitioning.GrainKeys.Select(k => GrainFactory.GetGrain<IOrgUnitReportsGrain>(k))];
}

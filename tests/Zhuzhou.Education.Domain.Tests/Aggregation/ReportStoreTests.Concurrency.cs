using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <content>The concurrency contract: appends are serialized, and queries running beside them see whole batches.</content>
public partial class ReportStoreTests
{
    [Fact]
    public async Task AsOf_ManyReadersBesideManyAppenders_SeeOnlyWholeBatchesAndNeverLessThanBefore()
    {
        const int Appenders = 4;
        const int Batches = 30;
        var plan = ZhuzhouPlans.Education2017;
        var tree = ZhuzhouOrgUnits.Tree2017;
        var counties = tree.UnitsAt(OrgUnitLevel.County).Take(2).Select(u => u.Code).ToArray();
        var target = TargetId.Create(8, 1); // an increment: the city figure is the sum of every report
        var store = ReportStore.Open(plan, tree);
        var asOf = new LocalDate(2017, 12, 31);
        var done = 0;
        var torn = 0;
        var fell = 0;
        var reads = 0;

        var appenders = Enumerable.Range(0, Appenders).Select(a => Task.Run(() =>
        {
            for (var b = 0; b < Batches; b++)
            {
                // Each batch is two reports of 1 on one day: a reader that saw half a batch would see an odd sum.
                var date = new LocalDate(2017, 1, 1).PlusDays((a * Batches) + b);
                store.Append([.. counties.Select(c => new ProgressReport(target, c, date, 1m))]);
            }

            Interlocked.Increment(ref done);
        })).ToArray();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var last = 0m;
            while (Volatile.Read(ref done) < Appenders)
            {
                var achieved = store.AsOf(asOf).Figure(target).Achieved;
                Interlocked.Increment(ref reads);
                _ = achieved % 2 != 0 ? Interlocked.Increment(ref torn) : 0;
                _ = achieved < last ? Interlocked.Increment(ref fell) : 0;
                last = achieved;
            }
        })).ToArray();
        await Task.WhenAll([.. appenders, .. readers]);

        (torn, fell).Should().Be((0, 0), "each of {0} reads saw whole batches, never fewer than before", reads);
        store.Count.Should().Be(Appenders * Batches * 2);
        store.AsOf(asOf).Figure(target).Achieved.Should().Be(Appenders * Batches * 2);
    }
}

using Orleans;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Client;

/// <content>Routing: a batch split by the grain of each report's org unit, in the batch's order.</content>
public partial class ClusterReportStoreTests
{
    [Fact]
    public void Route_ReportsOfTwoPartitionsAndAnOwner_OnePartAGrainInBatchOrder()
    {
        var store = fixture.Store(SmallPartitioned);
        ProgressReport[] batch = [Report(Places, Schools[1], 1m), Report(Places, Schools[0], 2m), Report(Places, Hetang, 3m), Report(Counsellors, Schools[1], 4m)];

        var parts = store.Route(batch, "reports");

        parts.Select(p => (p.Grain.GetPrimaryKeyString(), p.Reports.Select(r => r.Value).ToArray())).Should().BeEquivalentTo(
            [(SmallPartitioned + "/430202#0", new[] { 2m, 3m }), (SmallPartitioned + "/430202#1", new[] { 1m, 4m })],
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Route_ReportOfAUnitNotInTheTree_ThrowsNamingIt()
    {
        var store = fixture.Store(SmallPartitioned);

        var act = () => store.Route([Report(Places, Schools[0], 1m), new ProgressReport(Places.Id, OrgUnitCode.Parse("999999"), March, 1m)], "reports");

        act.Should().Throw<ArgumentException>().WithMessage("Report 1 *").Which.ParamName.Should().Be("reports");
    }
}

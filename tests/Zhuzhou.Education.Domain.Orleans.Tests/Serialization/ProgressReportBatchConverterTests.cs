using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Serialization;

[Collection(ClusterDefinition.Name)]
public class ProgressReportBatchConverterTests(ClusterFixture fixture)
{
    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public void RoundTrip_EveryField_SameReportsInOrder()
    {
        ProgressReportBatch batch =
        [
            new(Places.Id, Schools[0], March, 5m),
            new(Arts.Id, Schools[2], March.PlusDays(1), 0.5m)
            {
                Numerator = 20m, Denominator = 40m, Stage = "启动", Reporter = "张老师", Note = "抽样",
                Received = March.PlusDays(3), Evidence = [new EvidenceLink("通报", new Uri("https://example.org/a"))],
            },
            new(Counsellors.Id, Schools[0], new LocalDate(2016, 12, 31), 7.25m),
        ];

        var back = Serializer().Deserialize<ProgressReportBatch>(Serializer().SerializeToArray(batch));

        back.Should().Equal(batch);
        back.Select(r => (r.Reporter, r.Note, r.Received, r.Evidence.Length)).Should().Equal(batch.Select(r => (r.Reporter, r.Note, r.Received, r.Evidence.Length)));
        back[1].Evidence[0].Should().Be(batch[1].Evidence[0]);
    }

    [Fact]
    public void ConvertToSurrogate_PlainReports_OrgUnitsOnceAndNoOptionalColumn()
    {
        ProgressReportBatch batch = [.. Enumerable.Range(0, 6).Select(i => new ProgressReport(Places.Id, Schools[i % 2], March.PlusDays(i), i))];

        var wire = new ProgressReportBatchConverter().ConvertToSurrogate(batch);

        wire.OrgUnitCodes.Should().Equal("H1", "H2");
        wire.OrgUnits.Should().Equal(0, 1, 0, 1, 0, 1);
        (wire.Numerators, wire.Denominators, wire.Stages, wire.Reporters, wire.Notes, wire.Received, wire.EvidenceTitles).Should().Be((null, null, null, null, null, null, null));
    }

    [Fact]
    public void Create_NullReport_ThrowsNamingIt()
    {
        var act = () => ProgressReportBatch.Create([new ProgressReport(Places.Id, OrgUnitCode.Parse("H1"), March, 1m), null!]);

        act.Should().Throw<ArgumentException>().WithMessage("Report 1 is null.*");
    }

    private Serializer Serializer() => fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
}

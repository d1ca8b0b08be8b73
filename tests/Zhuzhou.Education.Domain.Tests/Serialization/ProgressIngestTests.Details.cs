using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>What a report says beside its amounts (a stage, a note, who reported) survives a file read straight into the store.</summary>
public partial class ProgressIngestTests
{
    [Fact]
    public void ReadJson_ReportWithANoteAndAReporter_ReadsBackWholeFromTheStore()
    {
        var target = Targets[0];
        ProgressReport[] reports =
        [
            new(target.Id, Hetang, new LocalDate(2017, 3, 1), 10m) { Note = "含新建校2所", Reporter = "荷塘区教育局" },
            new(target.Id, Lusong, new LocalDate(2017, 3, 1), 4m),
        ];
        var ingest = new ProgressIngest(TestPlan, Tree);

        ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch(reports))), "noted.json").Where(d => d.IsError).Should().BeEmpty();
        var store = ingest.ToStore().Value;

        var read = store.ReportsOf(target.Id);
        read.Should().HaveCount(2, "the report kept whole is not read back twice");
        read.Should().ContainSingle(r => r.Note == "含新建校2所" && r.Reporter == "荷塘区教育局" && r.Value == 10m && r.OrgUnit == Hetang);
        var expected = PlanReport.Build(TestPlan, Tree, reports, AsOf);
        PlanReport.FromStore(store, AsOf).Targets.Select(t => t.Whole.Figure).Should().Equal(expected.Targets.Select(t => t.Whole.Figure));
        PlanReport.FromStore(store, AsOf, knownOn: new LocalDate(2017, 3, 1)).Targets.Select(t => t.Whole.Figure)
            .Should().Equal(expected.Targets.Select(t => t.Whole.Figure), "known on its own day like any first report");
    }
}

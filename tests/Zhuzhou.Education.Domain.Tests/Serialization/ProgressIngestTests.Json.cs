using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>A JSON file read in many batches: what it lists is what one batch would list.</content>
public partial class ProgressIngestTests
{
    [Fact]
    public void ReadJson_ManyWarningsInManyBatches_ListsTheFirstThousandWhereTheDocumentPlacesThemAndCountsTheRest()
    {
        // A level that falls every day at five org units: 5 × 299 = 1,495 warnings, as the whole document has, though
        // read in batches of 64 (a fall across a batch boundary is found too); the thousandth comes in the sixteenth
        // batch, and the batches after it only count theirs.
        var reports = Enumerable.Range(0, 1500)
            .Select(i => new ProgressReport(Targets[1].Id, AllUnits[i % 5], Year2017.Start.PlusDays(i / 5), 300 - (i / 5)))
            .ToArray();
        var json = ProgressJson.Serialize(new ProgressBatch(reports));
        var document = ProgressJson.Parse(json, TestPlan, Tree).Warnings.ToDictionary(d => d.Path!, Placed);
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 64 };

        var diagnostics = ingest.ReadJson(Utf8(json), "levels.json");

        ingest.Count.Should().Be(1500);
        diagnostics.Should().HaveCount(1001).And.OnlyContain(d => !d.IsError);
        diagnostics[..1000].Select(Placed).Should().Equal(diagnostics[..1000].Select(d => document[d.Path!]));
        diagnostics[..1000].Select(d => d.Line!.Value).Should().BeInAscendingOrder();
        diagnostics[^1].Code.Should().Be(ReportDiagnosticCodes.MoreWarnings);
        document.Should().HaveCount(1495);
        diagnostics[^1].Message.Should().Be("495 more warnings are not listed.");
    }

    private static (string Code, string? Path, int? Line, int? Column, string Message) Placed(Diagnostic d) => (d.Code, d.Path, d.Line, d.Column, d.Message);
}

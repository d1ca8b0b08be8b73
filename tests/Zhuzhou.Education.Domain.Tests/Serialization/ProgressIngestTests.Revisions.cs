using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Revisions and corrections read straight into the store, as the whole-file loaders and the object path take them.</summary>
public partial class ProgressIngestTests
{
    private static readonly string RevisedCsv =
        "target,orgUnit,date,value,numerator,denominator,revision,submitted,reason\n"
        + $"1.1,{Hetang},2017-03-01,10,,,,,\n"
        + $"1.1,{Lusong},2017-03-01,4,,,,,\n"
        + $"1.1,{Hetang},2017-03-15,-3,,,,,录入有误\n"
        + $"1.2,{Hetang},2017-03-01,20,,,,,\n"
        + $"1.2,{Hetang},2017-03-01,25,,,1,2017-03-05T09:30,\n"
        + $"1.2,{Lusong},2017-04-01,7,,,,,\n";

    [Fact]
    public void ReadCsvAndReadJson_RevisionsAndCorrections_SameFiguresAsTheObjectPath()
    {
        var whole = ProgressCsv.Read(new StringReader(RevisedCsv), TestPlan, Tree);
        whole.Errors.Should().BeEmpty();
        var expected = PlanReport.Build(TestPlan, Tree, whole.Value.Reports, AsOf);
        expected.Whole.Targets.First().Value.Should().Be(11m, "10 − 3 at 荷塘 and 4 at 芦淞");

        foreach (var json in new[] { false, true })
        {
            var ingest = new ProgressIngest(TestPlan, Tree);
            var diagnostics = json
                ? ingest.ReadJson(Utf8(ProgressJson.Serialize(whole.Value)), "revised.json")
                : ingest.ReadCsv(Utf8(RevisedCsv), "revised.csv");
            diagnostics.Where(d => d.IsError).Should().BeEmpty();

            var report = PlanReport.FromStore(ingest.ToStore().Value, AsOf);

            report.Whole.Figure.Should().Be(expected.Whole.Figure);
            report.Targets.Select(t => t.Whole.Figure).Should().Equal(expected.Targets.Select(t => t.Whole.Figure));
            report.Explain(Targets[1].Id, Hetang).Value.Should().Be(25m, "the revision replaces the first report");
        }
    }

    [Fact]
    public void ReadCsv_RevisionOfNothingAndCorrectionBelowZero_RefusedAsTheWholeFileLoaderRefusesThem()
    {
        var csv = RevisedCsv
            + $"1.2,{Lusong},2017-05-01,9,,,2,2017-05-05T09:30,\n"
            + $"1.1,{Lusong},2017-05-02,-9,,,,,冲减\n";
        var whole = ProgressCsv.Read(new StringReader(csv), TestPlan, Tree);
        whole.Errors.Select(d => d.Code).Should().BeEquivalentTo([ReportDiagnosticCodes.RevisionOfNothing, ReportDiagnosticCodes.BelowZero]);
        var ingest = new ProgressIngest(TestPlan, Tree);

        var diagnostics = ingest.ReadCsv(Utf8(csv), "revised.csv");

        diagnostics.Select(d => (d.Code, d.Line, d.Message)).Should().BeEquivalentTo(whole.Diagnostics.Select(d => (d.Code, d.Line, d.Message)));
        ingest.Count.Should().Be(0);
    }
}

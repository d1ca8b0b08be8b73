using System.Globalization;
using System.Text;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Files read straight into the store: the same figures as the object path, whole or nothing.</summary>
public partial class ProgressIngestTests
{
    private static readonly LocalDate AsOf = new(2017, 6, 30);

    // Reports with unique (target, unit, date) keys, of every kind of target, in any order.
    private static readonly Gen<ProgressReport[]> GenReports =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 364], Gen.Int[0, 30], Gen.Int[1, 30])
            .Array[0, 200]
            .Select(rows => rows
                .DistinctBy(r => (r.Item1, r.Item2, r.Item3))
                .Select(r => Report(Targets[r.Item1], AllUnits[r.Item2], Year2017.Start.PlusDays(r.Item3), r.Item4, r.Item5))
                .ToArray());

    [Fact]
    public void ReadCsv_AnyReportsAnyBatchSize_SameFiguresAsTheObjectPath()
    {
        Gen.Select(GenReports, Gen.Int[1, 40]).Sample((reports, batch) =>
        {
            var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = batch };

            var diagnostics = ingest.ReadCsv(Utf8(Csv(reports)), "reports.csv");

            diagnostics.Where(d => d.IsError).Should().BeEmpty();
            SameFigures(ingest.ToStore().Value, reports);
        }, iter: 60);
    }

    [Fact]
    public void ReadJson_AnyReportsAnyBatchAndLimit_SameFiguresAsTheObjectPath()
    {
        Gen.Select(GenReports, Gen.Int[1, 40], Gen.Int[400, 4000]).Sample((reports, batch, limit) =>
        {
            var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = batch };

            var diagnostics = ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch(reports))), "reports.json", new JsonLoadOptions { MaxDocumentBytes = limit });

            diagnostics.Where(d => d.IsError).Should().BeEmpty();
            SameFigures(ingest.ToStore().Value, reports);
        }, iter: 60);
    }

    [Fact]
    public void ReadJson_LargeDocumentOverTheLimit_LoadsInBatchesTheWholeDocumentLoaderRefuses()
    {
        // 20,000 reports (about 2 MB) against a limit of 64 KB: far over it as one document, within it batch by batch.
        var reports = Enumerable.Range(0, 20000)
            .Select(i => Report(Targets[i % Targets.Length], AllUnits[i / Targets.Length % AllUnits.Length], Year2017.Start.PlusDays(i / (Targets.Length * AllUnits.Length)), i % 17, 20))
            .ToArray();
        var json = Encoding.UTF8.GetBytes(ProgressJson.Serialize(new ProgressBatch(reports)));
        var options = new JsonLoadOptions { MaxDocumentBytes = 64 * 1024 };
        ((long)json.Length).Should().BeGreaterThan(30 * options.MaxDocumentBytes);
        ProgressJson.LoadUtf8(json, TestPlan, Tree, options).Errors.Should().ContainSingle().Which.Code.Should().Be(JsonDiagnosticCodes.DocumentTooLarge);
        var ingest = new ProgressIngest(TestPlan, Tree);

        var diagnostics = ingest.ReadJson(new MemoryStream(json), "large.json", options);

        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        ingest.Count.Should().Be(reports.Length);
        SameFigures(ingest.ToStore().Value, reports);
    }

    [Fact]
    public void ReadJson_DefaultOptions_ReadsADocumentInBatchesOfTheDefaultSize()
    {
        var reports = Enumerable.Range(0, 2000)
            .Select(i => Report(Targets[1], AllUnits[i % AllUnits.Length], Year2017.Start.PlusDays(i / AllUnits.Length), i % 7, 20))
            .ToArray();
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 256 };

        var diagnostics = ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch(reports))), "reports.json");

        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        ingest.Count.Should().Be(reports.Length);
        SameFigures(ingest.ToStore().Value, reports);
    }

    /// <summary>The store's report equals the one built from the same reports as objects, figure by figure.</summary>
    private static void SameFigures(ReportStore store, ProgressReport[] reports)
    {
        var fromStore = PlanReport.FromStore(store, AsOf);
        var fromObjects = PlanReport.Build(TestPlan, Tree, reports, AsOf);
        store.Count.Should().Be(reports.Length);
        Json(fromStore).Should().Be(Json(fromObjects));
        fromStore.Series.Select(Point).Should().Equal(fromObjects.Series.Select(Point));
        fromStore.Targets.Select(t => t.Behind.Length).Should().Equal(fromObjects.Targets.Select(t => t.Behind.Length));
        fromStore.ReportsReceived.Should().Be(fromObjects.ReportsReceived);
        fromStore.ReportsExpected.Should().Be(fromObjects.ReportsExpected);
    }

    private static string Point(SeriesPoint point)
        => string.Create(CultureInfo.InvariantCulture, $"{point.Date} {point.Plan.Completion} {point.Plan.ExpectedProgress} {point.Plan.Status} {point.Plan.Counts}");

    private static string Json(PlanReport report)
    {
        using var stream = new MemoryStream();
        report.WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Csv(IEnumerable<ProgressReport> reports)
    {
        var csv = new StringBuilder(ProgressCsv.Header).Append('\n');
        foreach (var r in reports)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Target},{r.OrgUnit},{r.Date:uuuu-MM-dd},{r.Value},{r.Numerator},{r.Denominator}\n");
        }

        return csv.ToString();
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}

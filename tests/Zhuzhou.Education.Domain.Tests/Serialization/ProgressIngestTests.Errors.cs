using System.Text;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>A file with an error is refused whole, with its problems where the object path places them; the store is left as it was.</content>
public partial class ProgressIngestTests
{
    private static ProgressReport[] Many(int count, int firstDay = 0)
        => [.. Enumerable.Range(0, count).Select(i => Report(Targets[1], AllUnits[i % AllUnits.Length], Year2017.Start.PlusDays(firstDay + (i / AllUnits.Length)), i / AllUnits.Length, 20))];

    [Fact]
    public void ReadCsv_ErrorInTheLastRow_StagesNothingAndTheStoreIsUnchanged()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(Many(50, firstDay: 200));
        var before = Json(PlanReport.FromStore(store, AsOf));
        var csv = Csv(Many(1000)) + "1.2,430202,2017-02-30,1,,\n";
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 64 };

        var diagnostics = ingest.ReadCsv(Utf8(csv), "reports.csv");

        diagnostics.Should().ContainSingle(d => d.IsError).Which.Should().Match<Diagnostic>(d => d.Line == 1002 && d.Source == "reports.csv" && d.Code == CsvDiagnosticCodes.InvalidDate);
        ingest.Count.Should().Be(0);
        ingest.AppendTo(store).Should().BeEmpty();
        store.Count.Should().Be(50);
        Json(PlanReport.FromStore(store, AsOf)).Should().Be(before);
    }

    [Fact]
    public void AppendTo_LastRowRepeatsAStoredReport_RefusedWithItsLineAndTheStoreIsUnchanged()
    {
        var stored = Many(50, firstDay: 200);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(stored);
        var segments = store.Segments;
        var before = Json(PlanReport.FromStore(store, AsOf));
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 64 };
        ingest.ReadCsv(Utf8(Csv([.. Many(1000), stored[7]])), "reports.csv").Where(d => d.IsError).Should().BeEmpty();

        var problems = ingest.AppendTo(store);

        var problem = problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ReportDiagnosticCodes.Duplicate);
        problem.Line.Should().Be(1002);
        problem.Source.Should().Be("reports.csv");
        problem.Message.Should().Contain("repeats another").And.Contain("org unit " + stored[7].OrgUnit.Value)
            .And.Contain(stored[7].Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        store.Count.Should().Be(50);
        store.Segments.Should().Equal(segments);
        Json(PlanReport.FromStore(store, AsOf)).Should().Be(before);
    }

    [Fact]
    public void AppendTo_SchoolTheStoresTreeLacks_RefusedAtItsFirstLineAndTheStoreIsUnchanged()
    {
        var school = OrgUnitCode.Parse("430202-0001");
        var ingest = new ProgressIngest(TestPlan, Tree, text => text == school.Value ? new OrgUnit(school, "荷塘三中", OrgUnitLevel.School, Hetang) : null) { BatchSize = 64 };
        ingest.ReadCsv(Utf8(Csv([.. Many(300), Report(Targets[1], school, Year2017.Start.PlusDays(60), 2, 1), .. Many(300, firstDay: 100)])), "reports.csv")
            .Where(d => d.IsError).Should().BeEmpty();
        var store = ReportStore.Open(TestPlan, Tree);

        var problem = ingest.AppendTo(store).Should().ContainSingle().Subject;

        (problem.Code, problem.Line, problem.Source).Should().Be((ReportDiagnosticCodes.UnknownOrgUnit, 302, "reports.csv"));
        store.Count.Should().Be(0);
    }

    [Fact]
    public void AppendTo_StoreRangeEndingBeforeALaterReport_RefusedAtItsLine()
    {
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 64 };
        ingest.ReadCsv(Utf8(Csv([.. Many(300), Report(Targets[1], Schools[2], Year2017.Start.PlusDays(250), 2, 1), .. Many(300, firstDay: 100)])), "reports.csv")
            .Where(d => d.IsError).Should().BeEmpty();
        var store = ReportStore.Open(TestPlan, Tree, new DateInterval(Year2017.Start, Year2017.Start.PlusDays(200)));

        var problem = ingest.AppendTo(store).Should().ContainSingle().Subject;

        (problem.Code, problem.Line).Should().Be((ReportDiagnosticCodes.OutsidePeriod, 302));
        store.Count.Should().Be(0);
    }

    [Fact]
    public void ToStore_SharesInFilesBesideARefusedOne_SameFiguresAsTheObjectPath()
    {
        // The commit is told how many of the staged rows are shares by the files read without error only.
        var share = Targets.First(t => t.OrgUnitAggregation == OrgUnitAggregation.Ratio);
        ProgressReport[] first = [.. Many(200), .. AllUnits.Select((u, i) => Report(share, u, Year2017.Start.PlusDays(i), 3, 10))];
        ProgressReport[] last = [.. AllUnits.Select((u, i) => Report(share, u, Year2017.Start.PlusDays(100 + i), 5, 10)), .. Many(100, firstDay: 150)];
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };
        var expected = ReportStore.Open(TestPlan, Tree);
        expected.Append([.. first, .. last]);

        ingest.ReadCsv(Utf8(Csv(first)), "first.csv").Where(d => d.IsError).Should().BeEmpty();
        ingest.ReadCsv(Utf8(Csv([.. AllUnits.Select((u, i) => Report(share, u, Year2017.Start.PlusDays(50 + i), 4, 10)), .. Many(40)]) + "1.2,430202,2017-02-30,1,,\n"), "refused.csv")
            .Should().Contain(d => d.IsError);
        ingest.ReadCsv(Utf8(Csv(last)), "last.csv").Where(d => d.IsError).Should().BeEmpty();
        var store = ingest.ToStore().Value;

        store.Count.Should().Be(expected.Count);
        Json(PlanReport.FromStore(store, AsOf)).Should().Be(Json(PlanReport.FromStore(expected, AsOf)));
    }

    [Fact]
    public void AppendTo_ShareAmongOtherReportsRepeatsAStoredOne_RefusedWithItsLine()
    {
        // A share's reports go to the store in chunks of their own (with denominators), apart from the others: the
        // repeat is still placed at its line in the file.
        var share = Targets.First(t => t.OrgUnitAggregation == OrgUnitAggregation.Ratio);
        var stored = Report(share, Schools[0], Year2017.Start.PlusDays(200), 3, 10);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([stored]);
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 64 };
        ingest.ReadCsv(Utf8(Csv([.. Many(500), Report(share, Schools[1], Year2017.Start.PlusDays(9), 1, 4), stored, .. Many(500, firstDay: 100)])), "reports.csv")
            .Where(d => d.IsError).Should().BeEmpty();

        var problem = ingest.AppendTo(store).Should().ContainSingle().Subject;

        (problem.Code, problem.Line).Should().Be((ReportDiagnosticCodes.Duplicate, 503));
        problem.Message.Should().Contain("org unit " + Schools[0].Value);
        store.Count.Should().Be(1);
    }

    [Fact]
    public void ToStore_RepeatAcrossBatchesAndFiles_RefusedAtTheRepeatWithItsFile()
    {
        var reports = Many(300);
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 32 };
        ingest.ReadCsv(Utf8(Csv(reports)), "a.csv").Should().BeEmpty();
        ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch([Many(1, firstDay: 300)[0], reports[5]]))), "b.json").Should().BeEmpty();

        var result = ingest.ToStore();

        result.Success.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ReportDiagnosticCodes.Duplicate);
        (error.Source, error.Path).Should().Be(("b.json", "$.reports[1]"));
        error.Message.Should().Contain("repeats another");
    }

    [Fact]
    public void ReadJson_ErrorsInLaterBatches_PlacedAsTheWholeDocumentLoaderPlacesThem()
    {
        var json = ProgressJson.Serialize(new ProgressBatch(Many(200)))
            .Replace("\"2017-01-20\"", "\"2017-02-30\"", StringComparison.Ordinal)
            .Replace("\"value\": 8", "\"value\": -8", StringComparison.Ordinal);
        var whole = ProgressJson.Parse(json, TestPlan, Tree);
        whole.Errors.Should().HaveCountGreaterThan(5);
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };

        var diagnostics = ingest.ReadJson(Utf8(json), "reports.json");

        diagnostics.Select(d => (d.Code, d.Path, d.Line, d.Column)).Should().BeEquivalentTo(whole.Diagnostics.Select(d => (d.Code, d.Path, d.Line, d.Column)));
        ingest.Count.Should().Be(0);
    }

    [Fact]
    public void ReadCsv_ErrorsInLaterBatches_PlacedAsTheWholeFileLoaderPlacesThem()
    {
        var csv = Csv(Many(200)).Replace("2017-01-20", "2017-01-40", StringComparison.Ordinal) + "9.9,430202,2017-03-01,1,,\n";
        var whole = ProgressCsv.Read(new StringReader(csv), TestPlan, Tree);
        whole.Errors.Should().HaveCountGreaterThan(3);
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };

        var diagnostics = ingest.ReadCsv(Utf8(csv), "reports.csv");

        diagnostics.Select(d => (d.Code, d.Line, d.Message)).Should().BeEquivalentTo(whole.Diagnostics.Select(d => (d.Code, d.Line, d.Message)));
    }

    [Fact]
    public void ReadCsvAndReadJson_AmountsOutOfRangeInLaterBatches_RefusedAsTheWholeFileLoadersRefuseThem()
    {
        // A count above its measure word's maximum, a count that is not whole, a share's part above its whole (ZR0020–22).
        ProgressReport[] bad =
        [
            new(Targets[0].Id, Hetang, new LocalDate(2017, 3, 1), 50_000_000_000_000_000_000_000_000_000m),
            new(Targets[0].Id, Hetang, new LocalDate(2017, 3, 2), 2.5m),
            new(Targets[4].Id, Hetang, new LocalDate(2017, 3, 3), 0.5m) { Numerator = 30, Denominator = 20 },
        ];
        ProgressReport[] reports = [.. Many(200), .. bad];
        var csv = Csv(reports) + "1.1,430202,2017-03-04,\"1,0,0\",,\n";
        var json = ProgressJson.Serialize(new ProgressBatch(reports));
        var wholeCsv = ProgressCsv.Read(new StringReader(csv), TestPlan, Tree);
        var wholeJson = ProgressJson.Parse(json, TestPlan, Tree);
        wholeCsv.Errors.Select(d => d.Code).Should().BeEquivalentTo([ReportDiagnosticCodes.AboveMaximum, ReportDiagnosticCodes.NotWhole, ReportDiagnosticCodes.NumeratorAboveDenominator, CsvDiagnosticCodes.InvalidNumber]);
        wholeJson.Errors.Should().HaveCount(3);

        var fromCsv = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };
        var fromJson = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };

        fromCsv.ReadCsv(Utf8(csv), "reports.csv").Select(d => (d.Code, d.Line, d.Message))
            .Should().BeEquivalentTo(wholeCsv.Diagnostics.Select(d => (d.Code, d.Line, d.Message)));
        fromJson.ReadJson(Utf8(json), "reports.json").Select(d => (d.Code, d.Path, d.Line, d.Column, d.Message))
            .Should().BeEquivalentTo(wholeJson.Diagnostics.Select(d => (d.Code, d.Path, d.Line, d.Column, d.Message)));
        (fromCsv.Count, fromJson.Count).Should().Be((0, 0));
    }

    [Theory]
    [InlineData("[]", JsonDiagnosticCodes.WrongType)]
    [InlineData("", JsonDiagnosticCodes.MalformedJson)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": [{\"target\": \"1.2\",", JsonDiagnosticCodes.MalformedJson)]
    [InlineData("{\"schema\": \"zedu.plan/1\", \"reports\": []}", JsonDiagnosticCodes.UnknownSchema)]
    [InlineData("{\"reports\": [], \"schema\": \"zedu.plan/1\"}", JsonDiagnosticCodes.UnknownSchema)]
    [InlineData("{\"schema\": \"zedu.progress/1\"}", JsonDiagnosticCodes.MissingProperty)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": [], \"extra\": 1}", JsonDiagnosticCodes.UnknownProperty)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": {}}", JsonDiagnosticCodes.WrongType)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": [7]}", JsonDiagnosticCodes.WrongType)]
    public void ReadJson_BrokenDocument_RefusedWithTheCodeTheWholeDocumentLoaderGives(string json, string code)
    {
        ProgressJson.Parse(json, TestPlan, Tree).Errors.Select(e => e.Code).Should().Contain(code);
        var ingest = new ProgressIngest(TestPlan, Tree);

        var diagnostics = ingest.ReadJson(Utf8(json), "broken.json");

        diagnostics.Where(d => d.IsError).Select(d => d.Code).Should().Contain(code);
        ingest.Count.Should().Be(0);
    }

    [Fact]
    public void ReadJson_OneReportLargerThanTheLimit_RefusedWithItsPlace()
    {
        var reports = Many(3);
        reports[1] = reports[1] with { Note = new string('x', 5000) };
        var json = ProgressJson.Serialize(new ProgressBatch(reports));
        var ingest = new ProgressIngest(TestPlan, Tree);

        var diagnostics = ingest.ReadJson(Utf8(json), "large.json", new JsonLoadOptions { MaxDocumentBytes = 2000 });

        diagnostics.Should().ContainSingle(d => d.IsError).Which.Should().Match<Diagnostic>(d => d.Code == JsonDiagnosticCodes.DocumentTooLarge && d.Path == "$.reports[1]");
        ingest.Count.Should().Be(0);
    }

    [Fact]
    public void ReadCsvAndReadJson_ManyWarnings_ListTheFirstThousandAndCountTheRest()
    {
        // A level that falls every day at five org units: 1,495 warnings, none an error.
        var reports = Enumerable.Range(0, 1500)
            .Select(i => new ProgressReport(Targets[1].Id, AllUnits[i % 5], Year2017.Start.PlusDays(i / 5), 300 - (i / 5)))
            .ToArray();
        ProgressCsv.Read(new StringReader(Csv(reports)), TestPlan, Tree).Warnings.Should().HaveCount(1495, "the object path lists them all");

        foreach (var json in new[] { false, true })
        {
            var ingest = new ProgressIngest(TestPlan, Tree);

            var diagnostics = json
                ? ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch(reports))), "levels.json")
                : ingest.ReadCsv(Utf8(Csv(reports)), "levels.csv");

            ingest.Count.Should().Be(1500);
            diagnostics.Should().HaveCount(1001).And.OnlyContain(d => !d.IsError);
            diagnostics.Count(d => d.Code == ReportDiagnosticCodes.LevelFalls).Should().Be(1000);
            diagnostics.Should().ContainSingle(d => d.Code == ReportDiagnosticCodes.MoreWarnings).Which.Message.Should().Be("495 more warnings are not listed.");
        }
    }
}

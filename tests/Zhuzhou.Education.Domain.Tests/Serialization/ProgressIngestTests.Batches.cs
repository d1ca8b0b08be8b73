using System.Globalization;
using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>A file's diagnostics and figures do not depend on where its batches end.</content>
public partial class ProgressIngestTests
{
    private static readonly int[] BatchSizes = [1, 7, 64, new ProgressIngest(TestPlan, Tree).BatchSize];

    // Reports of every kind of target, cells interleaved in any order, each cell's dates never going back (as a file
    // written while the reports came); within few days, so some repeat a date (duplicates) and levels often fall.
    private static readonly Gen<ProgressReport[]> GenFile =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 45], Gen.Int[0, 30], Gen.Int[1, 30])
            .Array[0, 150]
            .Select(Gen.Bool, (rows, unique) =>
            {
                var kept = unique ? [.. rows.DistinctBy(r => (r.Item1, r.Item2, r.Item3))] : rows;
                var days = kept.GroupBy(r => (r.Item1, r.Item2)).ToDictionary(g => g.Key, g => new Queue<int>(g.Select(r => r.Item3).Order()));
                return kept
                    .Select(r => Report(Targets[r.Item1], AllUnits[r.Item2], Year2017.Start.PlusDays(days[(r.Item1, r.Item2)].Dequeue()), r.Item4, r.Item5))
                    .ToArray();
            });

    [Fact]
    public void ReadCsv_AnyFileAnyBatchSize_SameDiagnosticsAndFigures()
    {
        GenFile.Sample(reports =>
        {
            var outcomes = BatchSizes.Select(size => Outcome(size, ingest => ingest.ReadCsv(Utf8(Csv(reports)), "reports.csv"))).ToList();

            outcomes.ForEach(outcome => outcome.Should().Equal(outcomes[^1]));
        }, iter: 80);
    }

    [Fact]
    public void ReadJson_AnyFileAnyBatchSize_SameDiagnosticsAndFigures()
    {
        GenFile.Sample(reports =>
        {
            var json = ProgressJson.Serialize(new ProgressBatch(reports));
            var outcomes = BatchSizes.Select(size => Outcome(size, ingest => ingest.ReadJson(Utf8(json), "reports.json"))).ToList();

            outcomes.ForEach(outcome => outcome.Should().Equal(outcomes[^1]));
        }, iter: 80);
    }

    [Fact]
    public void ReadCsv_LevelFallsAcrossABatchBoundary_WarnedAsInOneBatch()
    {
        // 1.2 is a level: the school's 12 on 2 January falls to 9 on 3 January, in the next batch of one report.
        var csv = ProgressCsv.Header + $"\n1.2,{Schools[0]},2017-01-02,12,,\n1.2,{Schools[0]},2017-01-03,9,,\n";
        var whole = new ProgressIngest(TestPlan, Tree).ReadCsv(Utf8(csv), "reports.csv");
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 1 };

        var diagnostics = ingest.ReadCsv(Utf8(csv), "reports.csv");

        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == ReportDiagnosticCodes.LevelFalls && d.Line == 3);
        Describe(diagnostics).Should().Equal(Describe(whole));
    }

    [Fact]
    public void ReadJson_DuplicateAcrossABatchBoundary_RefusedWhenRead()
    {
        var reports = new[] { Report(Targets[1], Schools[0], Year2017.Start, 3, 1), Report(Targets[1], Schools[0], Year2017.Start, 4, 1) };
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 1 };

        var diagnostics = ingest.ReadJson(Utf8(ProgressJson.Serialize(new ProgressBatch(reports))), "reports.json");

        diagnostics.Should().ContainSingle(d => d.IsError).Which.Should().Match<Diagnostic>(d => d.Code == ReportDiagnosticCodes.Duplicate && d.Path!.StartsWith("$.reports[1]", StringComparison.Ordinal));
        ingest.Count.Should().Be(0);
    }

    [Fact]
    public void ReadCsv_TwoFilesOfManySchoolsOneFirstSeenLate_SameWarningsAndFiguresWhateverTheBatchSize()
    {
        // 1.2 is a level. Each school reports it weekly, the file week by week (as one is written while reports come);
        // every 37th school's level falls in the third week, and so does school 400's, first seen in the second week.
        static string File(int first, int end) => ProgressCsv.Header + "\n" + string.Concat(
            from w in Enumerable.Range(0, 3)
            from s in Enumerable.Range(first, end - first).Append(400).Where(s => s < 400 || (end == 400 && w > 0))
            select string.Create(CultureInfo.InvariantCulture, $"1.2,{School(s)},{Year2017.Start.PlusDays(7 * w):uuuu-MM-dd},{(w == 2 && (s % 37 == 0 || s == 400) ? 11 : 10 + (2 * w))},,\n"));
        static OrgUnit? Resolve(string text) => text.StartsWith(Hetang.Value + "-", StringComparison.Ordinal) ? new OrgUnit(OrgUnitCode.Parse(text), text, OrgUnitLevel.School, Hetang) : null;

        var outcomes = BatchSizes.Select(size =>
        {
            var ingest = new ProgressIngest(TestPlan, Tree, Resolve) { BatchSize = size };
            var outcome = Describe([.. ingest.ReadCsv(Utf8(File(0, 200)), "a.csv"), .. ingest.ReadCsv(Utf8(File(200, 400)), "b.csv")]);
            outcome.Add(Json(PlanReport.FromStore(ingest.ToStore().Value, AsOf)));
            return outcome;
        }).ToList();

        outcomes.ForEach(outcome => outcome.Should().Equal(outcomes[^1]));
        outcomes[^1].Count(d => d.Contains(ReportDiagnosticCodes.LevelFalls, StringComparison.Ordinal)).Should().Be(12);
        outcomes[^1].Should().Contain(d => d.StartsWith("b.csv 603 ", StringComparison.Ordinal) && d.Contains(ReportDiagnosticCodes.LevelFalls, StringComparison.Ordinal));
    }

    private static string School(int number) => string.Create(CultureInfo.InvariantCulture, $"{Hetang.Value}-{number:D4}");

    /// <summary>A file read with a batch size: its diagnostics, then the store's report (or the commit's problems).</summary>
    private static List<string> Outcome(int batchSize, Func<ProgressIngest, IEnumerable<Diagnostic>> read)
    {
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = batchSize };
        var outcome = Describe(read(ingest));
        var store = ingest.ToStore();
        outcome.Add(store.Success ? Json(PlanReport.FromStore(store.Value, AsOf)) : string.Join("\n", Describe(store.Diagnostics)));
        return outcome;
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => [.. diagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Source} {d.Line} {d.Column} {d.Path} {d.Severity} {d.Code} {d.Message}"))];
}

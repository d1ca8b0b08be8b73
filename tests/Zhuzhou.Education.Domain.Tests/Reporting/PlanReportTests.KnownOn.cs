using System.Globalization;
using System.Text;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Testing;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

/// <summary>A report from a store read straight from files, as known on a date: the report the object path builds.</summary>
public partial class PlanReportTests
{
    // Late reports (known after their date), a revision, a correction, and a school's report known only in July.
    private static readonly string LateCsv =
        "target,orgUnit,date,value,numerator,denominator,revision,submitted,reason\n"
        + $"1.1,{Hetang},2017-03-01,10,,,,,\n"
        + $"1.1,{Hetang},2017-05-31,14,,,,2017-06-20T09:00,\n"
        + $"1.1,{Hetang},2017-03-15,-3,,,,2017-06-25T09:00,录入有误\n"
        + $"1.2,{Hetang},2017-03-01,20,,,,,\n"
        + $"1.2,{Hetang},2017-03-01,25,,,1,2017-06-05T09:30,\n"
        + $"1.2,{Schools[0]},2017-04-01,7,,,,2017-07-03T08:00,\n"
        + $"1.2,{City},2017-04-01,9,,,,,\n";

    [Theory]
    [InlineData(null)]
    [InlineData("2017-05-01")]
    [InlineData("2017-06-10")]
    [InlineData("2017-06-21")]
    [InlineData("2017-06-30")]
    [InlineData("2017-07-05")]
    public void FromStore_FileWithLateReportsAsKnownOn_SameReportAsBuild(string? knownOnText)
    {
        var knownOn = knownOnText is null ? (LocalDate?)null : LocalDate.FromDateTime(DateTime.Parse(knownOnText, CultureInfo.InvariantCulture));
        var reports = ProgressCsv.Read(new StringReader(LateCsv), TestPlan, Tree).Value.Reports;
        var ingest = new ProgressIngest(TestPlan, Tree);
        ingest.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(LateCsv)), "late.csv").Where(d => d.IsError).Should().BeEmpty();

        var fromStore = PlanReport.FromStore(ingest.ToStore().Value, June30, knownOn: knownOn);
        var built = PlanReport.Build(TestPlan, Tree, reports, June30, knownOn: knownOn);

        fromStore.KnownOn.Should().Be(knownOn);
        SameReport(fromStore, built);
    }

    [Fact]
    public void FromStore_KnownOnBeforeALateReportWasSubmitted_LeavesItOut()
    {
        // 荷塘's May increment of 1.1 was submitted on 20 June and a correction of March on 25 June: on 10 June the
        // bureau knew March's 10 alone.
        var ingest = new ProgressIngest(TestPlan, Tree);
        ingest.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(LateCsv)), "late.csv").Where(d => d.IsError).Should().BeEmpty();
        var store = ingest.ToStore().Value;

        var tenthOfJune = PlanReport.FromStore(store, June30, knownOn: new LocalDate(2017, 6, 10));
        var now = PlanReport.FromStore(store, June30);

        tenthOfJune.Whole.Targets.First().Value.Should().Be(10m, "the May report and the correction were not known on 10 June");
        now.Whole.Targets.First().Value.Should().Be(21m, "10 and 14, less 3");
    }

    [Fact]
    public void FromStore_AnyBatchWithRevisionsAsKnownOnAnyDate_SameReportAsBuild()
    {
        var gen =
            from batch in ReportGen.Batch(TestPlan, Tree, revisions: true)
            from knownOn in Gen.Int[-1, 400]
            from asOf in Gen.Int[0, 364]
            select (Reports: batch.Reports.ToArray(), KnownOn: knownOn < 0 ? (LocalDate?)null : Year2017.Start.PlusDays(knownOn), AsOf: Year2017.Start.PlusDays(asOf));
        gen.Sample(c =>
        {
            var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 7 };
            ingest.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(ProgressJson.Serialize(new ProgressBatch(c.Reports)))), "batch.json")
                .Where(d => d.IsError).Should().BeEmpty();

            SameReport(PlanReport.FromStore(ingest.ToStore().Value, c.AsOf, knownOn: c.KnownOn), PlanReport.Build(TestPlan, Tree, c.Reports, c.AsOf, knownOn: c.KnownOn));
        }, iter: 80);
    }

    [Theory]
    [InlineData("2017-05-25", 0)]
    [InlineData("2017-05-31", 30)]
    [InlineData("2017-06-10", 30)]
    public void Build_ReportReceivedBeforeItsDate_KnownFromItsDateAsInTheStore(string knownOnText, int expected)
    {
        // A figure for 31 May received on 20 May (dated after its receipt, a warning) is not known before 31 May.
        var knownOn = LocalDate.FromDateTime(DateTime.Parse(knownOnText, CultureInfo.InvariantCulture));
        ProgressReport[] reports = [new(TargetId.Create(1, 2), Hetang, new LocalDate(2017, 5, 31), 30m) { Received = new LocalDate(2017, 5, 20) }];

        var built = PlanReport.Build(TestPlan, Tree, reports, June30, knownOn: knownOn);
        var fromStore = PlanReport.FromStore(Store(reports), June30, knownOn: knownOn);

        built.Targets.Single(t => t.Target.Id == TargetId.Create(1, 2)).Whole.Value.Should().Be(expected);
        SameReport(fromStore, built);
    }

    [Theory]
    [InlineData("2017-05-31", 0)]
    [InlineData("2017-06-03", 12)]
    [InlineData("2017-06-10", 12)]
    public void Build_RevisionSubmittedBeforeTheReportItRevisesWasReceived_CountsTheLatestRevisionKnown(string knownOnText, int expected)
    {
        // A paper report (revision 0) entered on 5 June, its revision submitted on 1 June: on 3 June the bureau knew 12.
        var knownOn = LocalDate.FromDateTime(DateTime.Parse(knownOnText, CultureInfo.InvariantCulture));
        var may31 = new LocalDate(2017, 5, 31);
        ProgressReport[] reports =
        [
            new(TargetId.Create(1, 2), Hetang, may31, 10m) { Received = new LocalDate(2017, 6, 5) },
            new(TargetId.Create(1, 2), Hetang, may31, 12m) { Revision = 1, Submitted = new LocalDateTime(2017, 6, 1, 9, 0) },
        ];

        var built = PlanReport.Build(TestPlan, Tree, reports, June30, knownOn: knownOn);
        var fromStore = PlanReport.FromStore(Store(reports), June30, knownOn: knownOn);

        built.Targets.Single(t => t.Target.Id == TargetId.Create(1, 2)).Whole.Value.Should().Be(expected);
        built.Explain(TargetId.Create(1, 2)).Achievement.Reports.Select(r => r.Revision).Should().Equal(expected == 0 ? [] : [1]);
        SameReport(fromStore, built);
    }

    private static Domain.Aggregation.ReportStore Store(IReadOnlyList<ProgressReport> reports)
    {
        var ingest = new ProgressIngest(TestPlan, Tree);
        ingest.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(ProgressJson.Serialize(new ProgressBatch(reports)))), "reports.json")
            .Where(d => d.IsError).Should().BeEmpty();
        return ingest.ToStore().Value;
    }

    /// <summary>Every figure, the revised reports and the units behind of each target, the series, and what each figure's explanation counts.</summary>
    private static void SameReport(PlanReport actual, PlanReport expected)
    {
        static string Json(PlanReport report)
        {
            using var stream = new MemoryStream();
            report.WriteJson(stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        // A share as the store keeps it: its numerator and denominator (the value given beside them is their quotient, rounded).
        static string Reports(IEnumerable<ProgressReport> reports)
            => string.Join("; ", reports.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.OrgUnit} {r.Date} {(r.Denominator is { } d ? $"{r.Numerator}/{d}" : r.Value)} r{r.Revision}")).Order(StringComparer.Ordinal));

        Json(actual).Should().Be(Json(expected));
        actual.Series.Select(p => (p.Date, p.Plan.Completion, p.Plan.Status)).Should().Equal(expected.Series.Select(p => (p.Date, p.Plan.Completion, p.Plan.Status)));
        foreach (var (a, e) in actual.Targets.Zip(expected.Targets))
        {
            Reports(a.Revised).Should().Be(Reports(e.Revised), "the revised reports of {0}", a.Target.Id);
            a.ByOrgUnit.Length.Should().Be(e.ByOrgUnit.Length, "{0} has figures by org unit on both paths or neither", a.Target.Id);
            a.Behind.Select(u => u.Code).Should().Equal(e.Behind.Select(u => u.Code));
            var (ax, ex) = (actual.Explain(a.Target.Id), expected.Explain(a.Target.Id));
            ax.Figure.Should().Be(ex.Figure);
            Reports(ax.Achievement.Reports).Should().Be(Reports(ex.Achievement.Reports), "the reports that count for {0}", a.Target.Id);
        }
    }
}

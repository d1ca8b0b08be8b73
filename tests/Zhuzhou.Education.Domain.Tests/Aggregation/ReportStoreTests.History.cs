using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>Reports over time in the engine: revisions, corrections (冲减), "as known on" a date, refused batches.</summary>
public partial class ReportStoreTests
{
    private static readonly LocalDate June30 = new(2017, 6, 30);

    private static ProgressReport Revision(ProgressReport report, decimal value, LocalDate submitted, int revision = 1)
        => new ProgressReport(report.Target, report.OrgUnit, report.Date, value) { Revision = revision, Submitted = submitted.At(new LocalTime(10, 30)), Reason = "修订" };

    [Fact]
    public void AsOf_RevisionSubmittedLater_KnownOnBeforeItGivesTheOldFigureAndAfterItTheNew()
    {
        var counsellors = Targets[0];
        var may = new ProgressReport(counsellors.Id, Schools[0], new LocalDate(2017, 5, 31), 30m);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([may, new ProgressReport(counsellors.Id, Schools[1], new LocalDate(2017, 5, 31), 5m)]);
        store.Append([Revision(may, 12m, new LocalDate(2017, 7, 5))]);

        store.AsOf(June30, knownOn: new LocalDate(2017, 7, 4)).Figure(counsellors.Id).Value.Should().Be(35m, "the revision was not known on 4 July");
        store.AsOf(June30, knownOn: new LocalDate(2017, 7, 5)).Figure(counsellors.Id).Value.Should().Be(17m, "12 replaces 30, never adds to it");
        store.AsOf(June30).Figure(counsellors.Id).Value.Should().Be(17m);
        store.AsOf(June30).Achieved(counsellors.Id).ReportCount.Should().Be(2, "a revision replaces its report among those that count");
    }

    [Fact]
    public void AsOf_KnownOnBeforeAReportsDate_LeavesItOut()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 3, 31), 10m), new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 6, 30), 4m)]);

        store.AsOf(June30, knownOn: new LocalDate(2017, 4, 10)).Figure(Targets[0].Id).Value.Should().Be(10m);
    }

    [Fact]
    public void Append_UnmarkedDuplicateOfAHeldReport_IsRefusedAndNothingChanges()
    {
        var report = new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 2, 1), 3m);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([report]);

        var act = () => store.Append([new ProgressReport(Targets[1].Id, Schools[0], new LocalDate(2017, 2, 1), 1m), report with { }]);

        act.Should().Throw<ArgumentException>().WithMessage($"*{ReportDiagnosticCodes.Duplicate}: This report repeats another*");
        store.Count.Should().Be(1);
        store.AsOf(June30).Figure(Targets[1].Id).Value.Should().Be(0m, "the refused batch added nothing");
    }

    [Fact]
    public void Append_RevisionOfNothing_IsRefused()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var orphan = Revision(new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 2, 1), 3m), 4m, new LocalDate(2017, 3, 1));

        var act = () => store.Append([orphan]);

        act.Should().Throw<ArgumentException>().WithMessage($"*{ReportDiagnosticCodes.RevisionOfNothing}: Revision 1 revises no earlier report*");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_CorrectionOfIncrements_TakesAwayAndOneBelowZeroIsRefused()
    {
        var counsellors = Targets[0];
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([new ProgressReport(counsellors.Id, Schools[0], new LocalDate(2017, 3, 31), 10m)]);
        store.Append([ProgressReport.Correction(counsellors.Id, Schools[0], new LocalDate(2017, 4, 15), -4m, "重复统计冲减")]);
        var before = store.AsOf(June30).Figure(counsellors.Id);

        var act = () => store.Append([ProgressReport.Correction(counsellors.Id, Schools[0], new LocalDate(2017, 5, 15), -7m, "冲减")]);

        before.Value.Should().Be(6m);
        act.Should().Throw<ArgumentException>().WithMessage($"*{ReportDiagnosticCodes.BelowZero}: At H1 the running total of target 1.1 falls below zero*");
        store.AsOf(June30).Figure(counsellors.Id).Should().Be(before, "a refused batch leaves every figure unchanged");
    }

    /// <summary>Random first reports, some revised (submitted a few days to a month later), and a date of knowledge.</summary>
    private static Gen<(ProgressReport[] Reports, LocalDate AsOf, LocalDate KnownOn)> GenHistory
        => Gen.Select(GenReports, Gen.Int[0, 5].Array[60], Gen.Int[0, 200], Gen.Int[0, 220]).Select((reports, revise, asOf, known) =>
        {
            var all = new List<ProgressReport>(reports);
            for (var i = 0; i < reports.Length; i++)
            {
                if (revise[i] > 0)
                {
                    var target = Targets.First(t => t.Id == reports[i].Target);
                    var changed = Report(target, reports[i].OrgUnit, reports[i].Date, revise[i] * 7, 9);
                    all.Add(changed with { Revision = revise[i] % 2 == 0 ? 2 : 1, Submitted = reports[i].Date.PlusDays(revise[i] * 6).AtMidnight() });
                }
            }

            return (all.ToArray(), Year2017.Start.PlusDays(asOf), Year2017.Start.PlusDays(known));
        });

    [Fact]
    public void AsOf_RandomRevisionsKnownOnADate_EqualsTheRulesOverWhatWasKnownThen()
        => GenHistory.Sample(history =>
        {
            var store = ReportStore.Open(TestPlan, Tree);
            store.Append(history.Reports);

            var result = store.AsOf(history.AsOf, history.KnownOn);
            var known = ReportHistory.KnownOn(history.Reports, history.KnownOn).ToList();
            foreach (var target in Targets)
            {
                var mine = known.Where(r => r.Target == target.Id).ToList();
                foreach (var unit in AllUnits)
                {
                    var expected = Evaluator.Evaluate(target, Tree, unit, mine, history.AsOf, Year2017, null);
                    var actual = result.Evaluate(target.Id, unit);
                    actual.Completion.Should().BeApproximately(expected.Completion, 1e-9m, "target {0} at {1}", target.Id, unit);
                    (actual.Status, actual.Achievement.ReportCount).Should().Be((expected.Status, expected.Achievement.ReportCount), "target {0} at {1}", target.Id, unit);
                }
            }
        }, iter: 60);

    [Fact]
    public void AsOf_RevisionsInAnyOrderAndAnyBatches_GiveTheSameFigures()
        => Gen.Select(GenHistory, Gen.Int[1, 3]).Sample((history, batches) =>
        {
            var inOrder = ReportStore.Open(TestPlan, Tree);
            inOrder.Append(history.Reports);

            // Reversed, and split so that a revision may come in the batch after its report (never before it).
            var reversed = ReportStore.Open(TestPlan, Tree);
            var firsts = history.Reports.Where(r => r.Revision == 0).Reverse().ToArray();
            var revisions = history.Reports.Where(r => r.Revision > 0).Reverse().ToArray();
            foreach (var batch in firsts.Chunk(Math.Max(1, (firsts.Length / batches) + 1)))
            {
                reversed.Append(batch);
            }

            reversed.Append(revisions);

            foreach (var knownOn in new LocalDate?[] { null, history.KnownOn })
            {
                var a = inOrder.AsOf(history.AsOf, knownOn);
                var b = reversed.AsOf(history.AsOf, knownOn);
                foreach (var target in Targets)
                {
                    foreach (var unit in AllUnits)
                    {
                        b.Figure(target.Id, unit).Should().Be(a.Figure(target.Id, unit), "target {0} at {1} known on {2}", target.Id, unit, knownOn);
                    }
                }
            }
        }, iter: 40);

    [Fact]
    public void Series_KnownOnADate_EachPointEqualsAsOfKnownOnIt()
        => GenHistory.Sample(history =>
        {
            var store = ReportStore.Open(TestPlan, Tree);
            store.Append(history.Reports);

            var series = store.Series(SeriesInterval.Month, history.KnownOn);
            for (var i = 0; i < series.Dates.Length; i++)
            {
                var asOf = store.AsOf(series.Dates[i], history.KnownOn);
                foreach (var target in Targets)
                {
                    // Doubles in different orders (running sums, a mean) may differ in the last digits; no more.
                    var (inSeries, atDate) = (series.Target(target.Id)[i], asOf.Figure(target.Id));
                    inSeries.Value.Should().BeApproximately(atDate.Value, 1e-9m, "target {0} on {1}", target.Id, series.Dates[i]);
                    (inSeries.Status, inSeries.ReportCount).Should().Be((atDate.Status, atDate.ReportCount), "target {0} on {1}", target.Id, series.Dates[i]);
                }
            }
        }, iter: 30);
}

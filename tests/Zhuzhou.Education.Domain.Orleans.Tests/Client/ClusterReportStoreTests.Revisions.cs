using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Client;

/// <content>Revisions (修订) on the cluster: idempotent by report key and revision, checked against what is held, and as known on a date.</content>
public partial class ClusterReportStoreTests
{
    private static readonly LocalDateTime FifthOfApril = new(2017, 4, 5, 9, 0);

    [Fact]
    public async Task AppendAsync_RevisionInALaterBatch_SupersedesOnceAndAsKnownBeforeItTheOldFigureCounts()
    {
        var store = fixture.Store(Small(16));
        var first = Report(Places, Schools[0], 5m);
        var revision = new ProgressReport(Places.Id, Schools[0], March, 8m) { Revision = 1, Submitted = FifthOfApril };

        await store.AppendAsync([first]);
        var added = await store.AppendAsync([revision]);
        var again = await store.AppendAsync([revision]);

        (added.Added, again.Added, again.AlreadyHeld).Should().Be((1, 0, 1), "a retried revision is held once, by its key and revision");
        (await store.CountAsync()).Should().Be(2, "the history stays");
        (await store.AsOfAsync(March)).Achieved(Places.Id).Amount.Should().Be(8m);
        (await store.AsOfAsync(March, new LocalDate(2017, 4, 1))).Achieved(Places.Id).Amount.Should().Be(5m);
        var inProcess = ReportStore.Open(SmallPlan, SmallTree);
        inProcess.Append([first, revision]);
        foreach (LocalDate? knownOn in new LocalDate?[] { null, new LocalDate(2017, 4, 1), new LocalDate(2017, 4, 5) })
        {
            Figures((await store.AsOfAsync(March, knownOn)).EvaluatePlan()).Should().Equal(Figures(inProcess.AsOf(March, knownOn).EvaluatePlan()), "as known on {0}", knownOn);
        }
    }

    [Fact]
    public async Task AppendAsync_RevisionOfNothingOrARevisionRepeatedWithAnotherValue_IsRefusedAndAddsNothing()
    {
        var store = fixture.Store(Small(17));
        var revision = new ProgressReport(Places.Id, Schools[1], March, 8m) { Revision = 1, Submitted = FifthOfApril };

        var nothing = () => store.AppendAsync([revision]);
        (await nothing.Should().ThrowAsync<ArgumentException>()).WithMessage($"*is refused: {ReportDiagnosticCodes.RevisionOfNothing}: *No report of the batch was added.*");
        (await store.CountAsync()).Should().Be(0);

        await store.AppendAsync([Report(Places, Schools[1], 5m), revision]);
        var changed = () => store.AppendAsync([new ProgressReport(Places.Id, Schools[1], March, 9m) { Revision = 1, Submitted = FifthOfApril }]);
        (await changed.Should().ThrowAsync<ArgumentException>()).WithMessage($"*is refused: {ReportDiagnosticCodes.Duplicate}: *No report of the batch was added.*");
        (await store.CountAsync()).Should().Be(2);
        (await store.AsOfAsync(March)).Achieved(Places.Id).Amount.Should().Be(8m);
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Benchmarks;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Client;

[Collection(ClusterDefinition.Name)]
public partial class ClusterReportStoreTests(ClusterFixture fixture)
{
    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public async Task AsOfAsync_WorkloadW2Scaled_GivesItsPlanAndChecksumOnThreeSilos()
    {
        // W2 at C=120 S=10 R=5 (192,000 reports), routed by county to 120 grains on 3 silos.
        var p = W2;
        var rows = W1Workload.Generate(p);
        var reports = W2Workload.Reports(rows, p);
        var store = fixture.Store(W2Workload.PlanName);

        foreach (var batch in W2Workload.ByCounty(rows, reports, p, batch: 2_000))
        {
            await store.AppendAsync(batch);
        }

        var (plan, checksum) = W1Workload.Q1(await store.AsOfAsync(W1Workload.AsOfDate(p)), p);
        Math.Round(plan, 9).Should().Be(0.230705360);
        Math.Round(checksum, 9).Should().Be(893.291153666);

        // Q1 asks for the city and the counties only: the counties' subtree totals give it to the last digit.
        var (ownersPlan, ownersChecksum) = W1Workload.Q1(await store.OwnersAsOfAsync(W1Workload.AsOfDate(p)), p);
        Math.Round(ownersPlan, 9).Should().Be(0.230705360);
        Math.Round(ownersChecksum, 9).Should().Be(893.291153666);
        (await store.CountAsync()).Should().Be(rows.Length);
        fixture.Cluster.GetActiveSilos().Should().HaveCount(3);
    }

    [Fact]
    public async Task AsOfAsync_CountiesPartitioned_EveryFigureEqualsUnpartitioned()
    {
        // The same W2 reports, each county whole in one grain, and split by school across four.
        var p = W2;
        var rows = W1Workload.Generate(p);
        var reports = W2Workload.Reports(rows, p);
        var whole = fixture.Store(W2Workload.PlanName);
        var split = fixture.Store(W2Partitioned);
        foreach (var batch in W2Workload.ByCounty(rows, reports, p, batch: 2_000))
        {
            await whole.AppendAsync(batch);
            await split.AppendAsync(batch);
        }

        var asOf = W1Workload.AsOfDate(p);
        var expected = await whole.AsOfAsync(asOf);
        var actual = await split.AsOfAsync(asOf);
        var partitionedOwners = await split.OwnersAsOfAsync(asOf);

        (await split.CountAsync()).Should().Be(rows.Length);
        W1Workload.Q1(actual, p).Should().Be(W1Workload.Q1(expected, p));
        Math.Round(W1Workload.Q1(actual, p).Checksum, 9).Should().Be(893.291153666);
        Figures(actual.EvaluatePlan()).Should().Equal(Figures(expected.EvaluatePlan()));
        W1Workload.Q1(partitionedOwners, p).Should().Be(W1Workload.Q1(expected, p), "partitions send their partials, which answer for every unit");
        foreach (var unit in split.Tree.Units.Where((_, i) => i % 97 == 0).Select(u => u.Code))
        {
            Figures(actual.EvaluatePlan(unit)).Should().Equal(Figures(expected.EvaluatePlan(unit)), "the figures of {0}", unit);
        }

        (await split.PartialAsOfAsync(asOf)).Cells.Should().BeEquivalentTo((await whole.PartialAsOfAsync(asOf)).Cells);
    }

    [Fact]
    public async Task AppendAsync_PartitionedBatchWithARefusedReport_ThrowsNamingItAndAddsNothing()
    {
        var store = fixture.Store(SmallPartitioned);

        // H1 and H2 fall in different partitions of 荷塘 (asserted in PlanPartitioningTests); report 2 is refused.
        var act = () => store.AppendAsync([Report(Places, Schools[0], 1m), Report(Places, Schools[1], 2m), Report(Arts, Schools[1], 3m)]);

        (await act.Should().ThrowAsync<ArgumentException>())
            .WithMessage($"Report 2 (2.1 H2 2017-03-31 3) is refused: {ReportDiagnosticCodes.ShareWithoutFraction}: *No report of the batch was added.*");
        (await store.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task AsOfAsync_BuiltinPlanWithSampleReports_EqualsInProcessReportFigureForFigure()
    {
        var plan = ZhuzhouPlans.Education2017;
        var tree = ZhuzhouOrgUnits.Tree2017;
        var reports = ProgressJson.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json")), plan, tree).Value!.Reports;
        var asOf = new LocalDate(2017, 6, 30);
        var store = fixture.Store(Builtin);

        // One batch spanning every county: checked by each owner, then appended.
        var receipt = await store.AppendAsync(reports);
        var cluster = await store.AsOfAsync(asOf);

        receipt.Added.Should().Be(reports.Length);
        var inProcess = PlanReport.Build(plan, tree, reports, asOf);
        Figures(cluster.EvaluatePlan()).Should().Equal(Figures(inProcess.Whole));
        inProcess.OrgUnits.Should().NotBeEmpty();
        foreach (var unit in inProcess.OrgUnits)
        {
            Figures(cluster.EvaluatePlan(unit.OrgUnit.Code)).Should().Equal(Figures(unit.Plan), "the figures of {0}", unit.OrgUnit.Name);
        }

        // The owners' totals: every county-level unit and the city figure for figure, a school refused.
        var owners = await store.OwnersAsOfAsync(asOf);
        Figures(owners.EvaluatePlan()).Should().Equal(Figures(inProcess.Whole));
        foreach (var unit in inProcess.OrgUnits.Where(u => u.OrgUnit.Parent == tree.Root.Code))
        {
            Figures(owners.EvaluatePlan(unit.OrgUnit.Code)).Should().Equal(Figures(unit.Plan), "the figures of {0}", unit.OrgUnit.Name);
        }

        // As known on 1 July: before 醴陵市's revision of its May report (submitted 5 July), the cluster as the process.
        var knownOn = new LocalDate(2017, 7, 1);
        var before = PlanReport.Build(plan, tree, reports, asOf, knownOn: knownOn);
        Figures((await store.AsOfAsync(asOf, knownOn)).EvaluatePlan()).Should().Equal(Figures(before.Whole))
            .And.NotEqual(Figures(inProcess.Whole), "the sample's revision changes 14.2");
        Figures((await store.OwnersAsOfAsync(asOf, knownOn)).EvaluatePlan()).Should().Equal(Figures(before.Whole));
    }

    [Fact]
    public async Task AppendAsync_SameBatchAgain_CountsNothingTwice()
    {
        var store = fixture.Store(Small(6));
        ProgressReport[] batch = [Report(Places, Schools[0], 5m), Report(Places, Schools[2], 7m), Report(Counsellors, City, 3m)];

        var first = await store.AppendAsync(batch);
        var again = await store.AppendAsync(batch);

        (first.Added, first.AlreadyHeld).Should().Be((3, 0));
        (again.Added, again.AlreadyHeld).Should().Be((0, 3));
        (await store.CountAsync()).Should().Be(3);
        (await store.AsOfAsync(March)).Achieved(Places.Id).Amount.Should().Be(12m);
    }

    [Fact]
    public async Task AppendAsync_BatchWithARefusedReport_ThrowsNamingItAndAddsNothing()
    {
        var store = fixture.Store(Small(7));
        await store.AppendAsync([Report(Places, Schools[0], 5m)]);

        var act = () => store.AppendAsync([Report(Places, Schools[1], 1m), Report(Arts, Schools[2], 3m)]);

        (await act.Should().ThrowAsync<ArgumentException>())
            .WithMessage($"Report 1 (2.1 L1 2017-03-31 3) is refused: {ReportDiagnosticCodes.ShareWithoutFraction}: *No report of the batch was added.*")
            .Which.ParamName.Should().Be("reports");
        (await store.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task AppendAsync_BatchSpanningOwnersConflictingWithOneHeldReport_RefusedWhole()
    {
        var store = fixture.Store(Small(8));
        await store.AppendAsync([Report(Places, Schools[2], 5m)]);
        var before = (await store.PartialAsOfAsync(March)).Cells.ToList();

        // Hetang's part is good; Lusong's repeats a held report with another value.
        var act = () => store.AppendAsync([Report(Places, Schools[0], 1m), Report(Places, Schools[2], 6m)]);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage($"*(1.1 L1 2017-03-31 6) is refused: {ReportDiagnosticCodes.Duplicate}: *No report of the batch was added.*");
        (await store.CountAsync()).Should().Be(1);
        (await store.PartialAsOfAsync(March)).Cells.Should().Equal(before);
    }

    [Fact]
    public async Task AppendAsync_StorageWriteFailsOnce_RetriedAndCountedOnce()
    {
        var store = fixture.Store(Small(10));
        await store.AppendAsync([Report(Places, Schools[0], 5m)]);
        SharedMemoryGrainStorage.FailNextWrite(Small(10) + "/" + Hetang.Value);

        // The grain's write fails: it forgets the batch and drops its store; the client's retry adds it once.
        var receipt = await store.AppendAsync([Report(Places, Schools[1], 7m), Report(Counsellors, Schools[1], 2m)]);

        store.Retries.Should().BePositive();
        (receipt.Added, receipt.AlreadyHeld).Should().Be((2, 0));
        (await store.CountAsync()).Should().Be(3);
        (await store.AsOfAsync(March)).Achieved(Places.Id, Hetang).Amount.Should().Be(12m);
    }

    [Fact]
    public async Task OwnersAsOfAsync_SchoolsReported_AnswersTheCountiesAndTheCityAndRefusesASchool()
    {
        var store = fixture.Store(Small(11));
        await store.AppendAsync([Report(Places, Schools[0], 5m), Report(Places, Schools[1], 7m), Report(Places, Hetang, 1m), Report(Places, Schools[2], 4m), Report(Counsellors, City, 3m)]);

        var owners = await store.OwnersAsOfAsync(March);
        var whole = await store.AsOfAsync(March);

        owners.Achieved(Places.Id, Hetang).Amount.Should().Be(13m);
        foreach (var unit in new OrgUnitCode?[] { null, Hetang, Lusong })
        {
            Figures(owners.EvaluatePlan(unit)).Should().Equal(Figures(whole.EvaluatePlan(unit)), "the figures of {0}", unit);
        }

        var school = () => owners.Figure(Places.Id, Schools[0]);
        school.Should().Throw<ArgumentException>().WithMessage($"*{Schools[0]}*does not answer*");
    }

    [Fact]
    public async Task AsOfAsync_NothingReported_GivesTheEmptyRollUp()
    {
        var store = fixture.Store(Small(9));

        var result = await store.AsOfAsync(March);

        result.Achieved(Places.Id).HasReports.Should().BeFalse();
        result.EvaluatePlan().Figure.Should().Be(ReportStore.Open(SmallPlan, SmallTree).AsOf(March).EvaluatePlan().Figure);
    }

    internal static IEnumerable<object> Figures(PlanRollUp rollUp)
        => [rollUp.Figure, .. rollUp.Sections.Select(s => (object)s.Figure), .. rollUp.Sections.SelectMany(s => s.Items).Select(i => (object)i.Figure), .. rollUp.Targets.Select(t => (object)t.Figure)];

    private static ProgressReport Report(Plans.Target target, OrgUnitCode unit, decimal value) => new(target.Id, unit, March, value);
}

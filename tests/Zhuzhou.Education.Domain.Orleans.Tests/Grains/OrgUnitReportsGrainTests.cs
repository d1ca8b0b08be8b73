using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Grains;

[Collection(ClusterDefinition.Name)]
public partial class OrgUnitReportsGrainTests(ClusterFixture fixture)
{
    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public async Task Append_SameBatchTwice_CountsNothingTwice()
    {
        var grain = Grain(0, Hetang);
        ProgressReportBatch batch = [Report(Places, Schools[0], March, 5m), Report(Counsellors, Schools[1], March, 7m)];

        var first = await grain.Append(batch);
        var second = await grain.Append(batch);

        (first.Admitted, first.Added, first.AlreadyHeld).Should().Be((true, 2, 0));
        (second.Admitted, second.Added, second.AlreadyHeld).Should().Be((true, 0, 2));
        (await grain.Count()).Should().Be(2);
        Cells(await grain.PartialAsOf(March)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Append_BatchOverlappingHeldReports_AddsOnlyTheNewOnes()
    {
        var grain = Grain(1, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m)]);

        var receipt = await grain.Append([Report(Places, Schools[0], March, 5m), Report(Places, Schools[0], March.PlusDays(1), 6m)]);

        (receipt.Added, receipt.AlreadyHeld).Should().Be((1, 1));
        (await grain.Count()).Should().Be(2);
    }

    [Fact]
    public async Task Append_HeldKeyWithAnotherValue_RefusedWholeAndKeepsWhatItHad()
    {
        var grain = Grain(2, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m)]);
        var before = Cells(await grain.PartialAsOf(March));

        var receipt = await grain.Append([Report(Places, Schools[1], March, 3m), Report(Places, Schools[0], March, 9m)]);

        receipt.Admitted.Should().BeFalse();
        receipt.Added.Should().Be(0);
        receipt.Problems.Should().ContainSingle().Which.Should().Match($"Report 1 (1.1 H1 2017-03-31 9) is refused: {ReportDiagnosticCodes.Duplicate}: This report repeats another with the same target 1.1, org unit H1, date 2017-03-31 and revision 0: *a revision gives a higher revision number*", "admission's unmarked duplicate, as on every other path");
        (await grain.Count()).Should().Be(1);
        Cells(await grain.PartialAsOf(March)).Should().Equal(before);
    }

    [Fact]
    public async Task Append_BadReports_RefusedWholeNamingEachAndKeepsWhatItHad()
    {
        var grain = Grain(3, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m)]);

        var receipt = await grain.Append(
        [
            Report(Places, Schools[1], March, 3m),
            Report(Places, Schools[2], March, 3m),                              // 芦淞 belongs to another grain
            Report(Places, Schools[1], new LocalDate(2018, 1, 1), 3m),          // outside the plan period
            Report(Arts, Schools[1], March, 3m),                                // a share without its fraction
        ]);

        receipt.Admitted.Should().BeFalse();
        receipt.Problems.Should().HaveCount(3);
        receipt.Problems[0].Should().StartWith($"Report 1 (1.1 L1 2017-03-31 3) is refused: {ReportDiagnosticCodes.UnknownOrgUnit}: ");
        receipt.Problems[1].Should().StartWith($"Report 2 (1.1 H2 2018-01-01 3) is refused: {ReportDiagnosticCodes.OutsidePeriod}: ");
        receipt.Problems[2].Should().StartWith($"Report 3 (2.1 H2 2017-03-31 3) is refused: {ReportDiagnosticCodes.ShareWithoutFraction}: ");
        (await grain.Count()).Should().Be(1);
    }

    [Fact]
    public async Task Check_GoodBatch_AddsNothing()
    {
        var grain = Grain(4, Lusong);

        var receipt = await grain.Check([Report(Places, Schools[2], March, 5m)]);

        (receipt.Admitted, receipt.Added).Should().Be((true, 1));
        (await grain.Count()).Should().Be(0);
    }

    [Fact]
    public async Task PartialAsOf_AfterDeactivation_RebuiltFromStorage()
    {
        var grain = Grain(5, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m), Report(Arts, Schools[1], March, 0.5m, 20m, 40m)]);
        var before = Cells(await grain.PartialAsOf(March));

        await fixture.Cluster.DeactivateAsync(grain);
        var after = Cells(await grain.PartialAsOf(March));

        after.Should().Equal(before);
        after.Should().HaveCount(2);
        (await grain.Count()).Should().Be(2);
    }

    [Fact]
    public async Task Append_ReportOfAnotherPartition_RefusedWholeNamingIt()
    {
        // Of 荷塘's two partitions, H1 is in the first and H2 in the second (see PlanPartitioningTests).
        var grain = fixture.Cluster.Client.GetGrain<IOrgUnitReportsGrain>(SmallPartitioned + "/" + Hetang.Value + "#0");

        var receipt = await grain.Append([Report(Places, Schools[0], March, 5m), Report(Places, Schools[1], March, 3m)]);

        receipt.Problems.Should().ContainSingle().Which.Should().StartWith("Report 1 (1.1 H2 2017-03-31 3) is refused: org unit H2 belongs to partition 1 of its owner, not 0");
        (await grain.Count()).Should().Be(0);
    }

    // The cells of a grain's partial, read back as the plan grain reads them.
    private static List<RollUpCell> Cells(RollUpColumns columns) => [.. RollUpPartial.FromColumns(SmallPlan, March, columns).Cells];

    private static ProgressReport Report(Target target, OrgUnitCode unit, LocalDate date, decimal value, decimal? numerator = null, decimal? denominator = null)
        => new(target.Id, unit, date, value) { Numerator = numerator, Denominator = denominator };

    private IOrgUnitReportsGrain Grain(int test, OrgUnitCode owner)
        => fixture.Cluster.Client.GetGrain<IOrgUnitReportsGrain>(Small(test) + "/" + owner.Value);
}

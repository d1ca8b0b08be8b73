using NodaTime;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Grains;

// A batch of plain first reports is admitted and laid out as rows (no report object a row); these are the cases where
// the rows' path must give the same answer as the reports'.
public partial class OrgUnitReportsGrainTests
{
    [Fact]
    public async Task Append_PlainBatchWithAShareWithoutItsFraction_RefusedWholeNamingItAndKeepsWhatItHad()
    {
        var grain = Grain(12, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m)]);

        var receipt = await grain.Append([Report(Places, Schools[1], March, 3m), Report(Arts, Schools[1], March, 3m)]);

        receipt.Admitted.Should().BeFalse();
        receipt.Problems.Should().ContainSingle().Which.Should().StartWith($"Report 1 (2.1 H2 2017-03-31 3) is refused: {ReportDiagnosticCodes.ShareWithoutFraction}: ");
        (await grain.Count()).Should().Be(1);
    }

    [Fact]
    public async Task Append_PlainBatchRepeatingAKey_RefusedWholeAsADuplicate()
    {
        var grain = Grain(13, Hetang);

        var receipt = await grain.Append([Report(Places, Schools[0], March, 5m), Report(Places, Schools[0], March, 6m)]);

        receipt.Admitted.Should().BeFalse();
        receipt.Problems.Should().ContainSingle().Which.Should().StartWith($"Report 1 (1.1 H1 2017-03-31 6) is refused: {ReportDiagnosticCodes.Duplicate}: ");
        (await grain.Count()).Should().Be(0);
    }

    [Fact]
    public async Task Append_RevisionOfAReportAppendedAsARow_AdmittedAndRebuiltFromStorage()
    {
        var grain = Grain(14, Hetang);
        await grain.Append([Report(Places, Schools[0], March, 5m), Report(Places, Schools[1], March, 2m)]);
        var revision = Report(Places, Schools[0], March, 7m) with { Revision = 1, Submitted = new LocalDateTime(2017, 4, 2, 9, 0) };

        var receipt = await grain.Append([revision]);
        var before = Cells(await grain.PartialAsOf(March));
        await fixture.Cluster.DeactivateAsync(grain);

        (receipt.Admitted, receipt.Added).Should().Be((true, 1));
        (await grain.Count()).Should().Be(3);
        Cells(await grain.PartialAsOf(March)).Should().Equal(before);
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Grains;

public class HeldReportsTests
{
    private static readonly HeldCodes Codes = new([Places.Id, Counsellors.Id, Arts.Id], [Hetang, .. Schools], Year2017.Start);

    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public void Report_HeldCorrection_IsTheCorrectionAddedWithItsRevisionAndSubmittedTime()
    {
        var correction = ProgressReport.Correction(Counsellors.Id, Schools[0], March, -3m, "重复统计") with
        {
            Revision = 1,
            Submitted = new LocalDateTime(2017, 4, 2, 9, 30),
            Received = new LocalDate(2017, 4, 2),
        };

        var read = Held(correction, target: 1).Report(0, Codes);

        read.Should().Be(correction);
        read.IsCorrection.Should().BeTrue();
    }

    [Fact]
    public void Report_HeldShareWithEveryKeptField_IsTheReportAdded()
    {
        var share = new ProgressReport(Arts.Id, Schools[1], March, 0.8m)
        {
            Numerator = 800m,
            Denominator = 1000m,
            Stage = "已启动",
            Received = new LocalDate(2017, 4, 1),
            Revision = 2,
            Submitted = new LocalDateTime(2017, 4, 3, 8, 0),
            Reason = "漏报",
        };

        Held(share, target: 2).Report(0, Codes).Should().Be(share);
    }

    [Fact]
    public void Report_NegativeRowWithoutItsReason_IsRefusedAsACorrectionWithoutAReason()
    {
        var held = new HeldReports();
        held.Add(target: 1, orgUnit: 1, day: March.DayOfYear - 1, value: -3m, numerator: null, denominator: null);

        var act = () => held.Report(0, Codes);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(ProgressReport.Reason)).WithMessage("*must give its reason*");
    }

    private static HeldReports Held(ProgressReport report, int target)
    {
        var held = new HeldReports();
        held.Add(report, target, orgUnit: Array.IndexOf(Codes.OrgUnits, report.OrgUnit), day: Period.DaysBetween(Codes.Start, report.Date));
        return held;
    }
}

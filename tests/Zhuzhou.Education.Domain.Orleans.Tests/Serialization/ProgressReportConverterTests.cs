using NodaTime;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Serialization;

public class ProgressReportConverterTests
{
    private static readonly LocalDate March = new(2017, 3, 31);
    private static readonly ProgressReportConverter Converter = new();

    public static TheoryData<ProgressReport> Reports => new()
    {
        new ProgressReport(Places.Id, Schools[0], March, 5m) { Reason = "补报", Revision = 2, Submitted = new LocalDateTime(2017, 4, 2, 9, 0), Reporter = "张老师", Note = "抽样", Received = March.PlusDays(3) },
        ProgressReport.Correction(Places.Id, Schools[0], March.PlusDays(2), -2m, "重复统计冲减") with
        {
            Revision = 1, Submitted = new LocalDateTime(2017, 4, 3, 9, 0), Reporter = "李老师", Note = "核减", Received = March.PlusDays(4),
            Evidence = [new EvidenceLink("通报", new Uri("https://example.org/a"))],
        },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void ConvertFromSurrogate_ReportOrCorrection_EveryFieldBack(ProgressReport report)
    {
        var back = Converter.ConvertFromSurrogate(Converter.ConvertToSurrogate(report));

        back.Should().Be(report);
        (back.IsCorrection, back.Reason, back.Reporter, back.Note, back.Received, back.Evidence.Length)
            .Should().Be((report.IsCorrection, report.Reason, report.Reporter, report.Note, report.Received, report.Evidence.Length));
    }

    [Fact]
    public void ConvertFromSurrogate_NegativeValueWithoutReason_IsRefused()
    {
        var wire = Converter.ConvertToSurrogate(ProgressReport.Correction(Places.Id, Schools[0], March, -2m, "冲减")) with { Reason = null };

        FluentActions.Invoking(() => Converter.ConvertFromSurrogate(wire)).Should().Throw<ArgumentException>().WithParameterName("Reason");
    }
}

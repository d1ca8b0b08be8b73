using NodaTime;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Serialization;

public class BatchColumnsTests
{
    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public void Reports_FromTheWire_EqualTheReportsSent()
    {
        ProgressReportBatch batch =
        [
            new(Places.Id, Schools[0], March, 5m),
            new(Arts.Id, Schools[1], March.PlusDays(1), 0.5m) { Numerator = 20m, Denominator = 40m },
            ProgressReport.Correction(Places.Id, Schools[0], March.PlusDays(2), -2m, "重复统计冲减"),
        ];

        var columns = new BatchColumns(new ProgressReportBatchConverter().ConvertToSurrogate(batch));

        columns.Reports().Should().Equal(batch);
        ProgressReportBatch.Of(columns).Should().Equal(batch);
        (columns.Target(1), columns.Codes[columns.OrgUnits[1]], columns.Date(1), columns.Numerator(1), columns.Denominator(1))
            .Should().Be((Arts.Id, Schools[1], March.PlusDays(1), 20m, 40m));
    }

    [Fact]
    public void IsRare_RevisionCorrectionOrDetail_TrueAndPlainWithFraction_False()
    {
        ProgressReportBatch batch =
        [
            new(Arts.Id, Schools[1], March, 0.5m) { Numerator = 20m, Denominator = 40m },
            new(Places.Id, Schools[0], March, 5m) { Revision = 1, Submitted = new LocalDateTime(2017, 4, 2, 9, 0) },
            ProgressReport.Correction(Places.Id, Schools[0], March.PlusDays(2), -2m, "重复统计冲减"),
            new(Places.Id, Schools[1], March, 5m) { Stage = "启动" },
        ];

        var columns = new BatchColumns(new ProgressReportBatchConverter().ConvertToSurrogate(batch));

        Enumerable.Range(0, 4).Select(columns.IsRare).Should().Equal(false, true, true, true);
    }

    [Fact]
    public void New_OrgUnitNotAmongTheCodes_Throws()
    {
        ProgressReportBatch batch = [new(Places.Id, Schools[0], March, 5m)];
        var wire = new ProgressReportBatchConverter().ConvertToSurrogate(batch);
        wire.OrgUnits[0] = 3;

        var act = () => new BatchColumns(wire);

        act.Should().Throw<ArgumentException>().WithMessage("A row's org unit is not one of the batch's codes.*");
    }
}

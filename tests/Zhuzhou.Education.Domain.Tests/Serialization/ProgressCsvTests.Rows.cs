using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Batches read as rows: a plain first report is its fields; a revision, a correction or a report with a reason is an object.</summary>
public partial class ProgressCsvTests
{
    [Fact]
    public void ReadBatches_PlainAndRareRecords_ObjectsOnlyForRevisionsAndReasons()
    {
        const string csv = "target,orgUnit,date,value,numerator,denominator,revision,submitted,reason\n"
            + "8.1,430281,2017-03-31,12,,,,,\n"
            + "9.1,荷塘区,2017-03-31,0.8,80,100,,,\n"
            + "8.1,430281,2017-03-31,14,,,1,2017-04-02T09:30,\n"
            + "8.1,430281,2017-06-30,2,,,,,补报\n";
        var read = new List<AdmissionRow>();

        var result = ProgressCsv.ReadBatches(new StringReader(csv), Plan, Tree, ProgressCsvOptions.Default, batchSize: 3, maxWarnings: 1000, (rows, _) => read.AddRange(rows));

        result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        read.Select(r => r.Report is null).Should().Equal(true, true, false, false);
        read[1].Should().Be(new AdmissionRow(Plan.Targets.IndexOf(Plan.FindTarget(TargetId.Create(9, 1))!), TargetId.Create(9, 1), OrgUnitCode.Parse("430202"), new LocalDate(2017, 3, 31), 0.8m, 80m, 100m));
        read[2].Report!.Revision.Should().Be(1);
        read[3].Report!.Reason.Should().Be("补报");
    }
}

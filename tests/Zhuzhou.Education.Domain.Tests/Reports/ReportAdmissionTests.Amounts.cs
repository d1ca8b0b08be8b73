using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>Amounts have a range per measure word, so every sum the engine forms stays exact and never overflows.</summary>
public partial class ReportAdmissionTests
{
    [Fact]
    public void Check_ValueAtTheMaximum_IsAdmittedAndOneAboveIsRefused()
    {
        var most = MeasureWords.MaximumAmount(MeasureWord.Persons);
        var admission = new ReportAdmission(Plan, Tree);

        admission.Check([(Good with { Value = most }).ToReport()]).Where(p => p.IsError).Should().BeEmpty();
        admission.Check([(Good with { Value = most + 1 }).ToReport()]).Single(p => p.IsError).Code.Should().Be(ReportDiagnosticCodes.AboveMaximum);
    }

    [Fact]
    public void Report_MaximumValuesInEveryCounty_RollUpWithoutOverflow()
    {
        var most = MeasureWords.MaximumAmount(MeasureWord.Persons);
        var counties = Tree.ChildrenOf(Tree.Root.Code).Select(c => c.Code).ToArray();
        var reports = counties.Select(c => new ProgressReport(TargetId.Create(8, 1), c, new LocalDate(2017, 3, 31), most)).ToArray();
        var store = ReportStore.Open(Plan, Tree);

        store.Append(reports);
        var result = store.AsOf(new LocalDate(2017, 6, 30));

        result.Figure(TargetId.Create(8, 1)).Achieved.Should().Be(most * counties.Length);
        result.EvaluatePlan().Should().NotBeNull();
    }
}

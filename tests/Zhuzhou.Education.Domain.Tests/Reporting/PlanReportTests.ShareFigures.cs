using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

/// <content>A share's figure read through the store: one figure in the report and in its explanation.</content>
public partial class PlanReportTests
{
    [Fact]
    public void Explain_FromStoreRevisedShareWithARoundedValue_WritesTheQuotientTheReportShows()
    {
        // 荷塘区 revises its coverage to 9705 of 10000 and writes the value rounded, 0.970: the store keeps the report as
        // given (a revision), the rules count 9705 ÷ 10000 = 97.05%, which the report writes 97.1%.
        var coverage = Targets[4];
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(
        [
            new ProgressReport(coverage.Id, Hetang, new LocalDate(2017, 3, 1), 0.5m) { Numerator = 5000m, Denominator = 10000m },
            new ProgressReport(coverage.Id, Hetang, new LocalDate(2017, 3, 1), 0.970m)
            {
                Numerator = 9705m, Denominator = 10000m, Revision = 1, Submitted = new LocalDateTime(2017, 3, 5, 9, 0),
            },
        ]);
        var report = PlanReport.FromStore(store, June30);

        var figure = Figures.Percent(report.Explain(coverage.Id, Hetang).Value);
        var zh = ExplanationText.Format(report.Explain(coverage.Id, Hetang), Language.Chinese);
        var en = ExplanationText.Format(report.Explain(coverage.Id, Hetang), Language.English);

        figure.Should().Be("97.1%");
        zh.Should().Contain("2017年3月1日 97.1%（9705／10000）（修订1").And.NotContain("97.0%");
        en.Should().Contain("1 March 2017 97.1% (9,705/10,000) (revision 1").And.NotContain("97.0%");
    }

    [Fact]
    public void Reported_PercentageTargetReadBackFromTheStore_IsThePercentageNotTheRatio()
    {
        // A percentage target (written 97.05 for 97.05%): the store keeps 9705 of 10000 and reads back their ratio; the
        // report is written as the target's figures are, 97.05%, not the ratio's 97.1%.
        var rate = new Target(TargetId.Create(4, 9), "一窗率", Comparison.AtLeast(90m), MeasureWord.Percent);
        var stored = new ProgressReport(rate.Id, Hetang, new LocalDate(2017, 3, 1), 0.9705m) { Numerator = 9705m, Denominator = 10000m };

        ExplanationText.Reported(rate, stored, Language.Chinese).Should().Be("97.05%（9705／10000）");
        ExplanationText.Reported(Targets[0], new ProgressReport(Targets[0].Id, Hetang, June30, 58m), Language.Chinese).Should().Be("58名");
    }
}

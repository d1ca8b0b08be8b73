using NodaTime;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

/// <content>Which units' figures count a revision: the rule every format marks rows by.</content>
public partial class PlanReportTests
{
    [Fact]
    public void IsRevisedAt_RevisionBySchoolOfHetang_MarksHetangAndTheCityNotLusong()
    {
        // 荷塘一中 revises its 学位 of 31 May; 芦淞一中's report is a first report.
        ProgressReport[] reports =
        [
            .. Reports,
            new ProgressReport(Targets[1].Id, Schools[0], new LocalDate(2017, 5, 31), 26m) { Revision = 1, Submitted = new LocalDateTime(2017, 6, 2, 9, 0) },
        ];
        var report = PlanReport.Build(TestPlan, Tree, reports, June30);
        var target = report.Targets.Single(t => t.Target.Id == Targets[1].Id);

        target.Revised.Should().ContainSingle();
        target.IsRevisedAt(Tree.Find(Hetang)!).Should().BeTrue();
        target.IsRevisedAt(Tree.Root).Should().BeTrue();
        target.IsRevisedAt(Tree.Find(Lusong)!).Should().BeFalse();
        report.Targets.Where(t => t.Target.Id != Targets[1].Id).Should().OnlyContain(t => !t.IsRevisedAt(Tree.Find(Hetang)!));
    }

    [Fact]
    public void RevisedAt_RevisionBySchoolOfHetang_IsThatRevisionForHetangAndTheCityAndNoneForLusong()
    {
        var revision = new ProgressReport(Targets[1].Id, Schools[0], new LocalDate(2017, 5, 31), 26m) { Revision = 1, Submitted = new LocalDateTime(2017, 6, 2, 9, 0) };
        var report = PlanReport.Build(TestPlan, Tree, [.. Reports, revision], June30);
        var target = report.Targets.Single(t => t.Target.Id == Targets[1].Id);

        target.RevisedAt(Tree.Find(Hetang)!).Should().Equal(revision);
        target.RevisedAt(Tree.Root).Should().Equal(revision);
        target.RevisedAt(Tree.Find(Lusong)!).Should().BeEmpty();
        FluentActions.Invoking(() => target.RevisedAt(null!)).Should().Throw<ArgumentNullException>().WithParameterName("orgUnit");
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

/// <summary>
/// Another city end to end: Qingdao's AI-education plan (2020-2022) read from ../shared/corpus, Qingdao's districts
/// from seeds/qingdao-org-units.csv, the invented reports of seeds/qingdao-2020-progress-sample.csv, and the report
/// as of the end of 2021, checked against figures worked out by hand. Skipped where ../shared is absent.
/// </summary>
public partial class PlanReportTests
{
    private const string QingdaoPlanFile = "04-qingdao-edu-2020-ai-education-opinions.txt";
    private static readonly LocalDate EndOf2021 = new(2021, 12, 31);

    [SkippableFact]
    public void Build_QingdaoPlanDistrictsAndSampleReports_GivesTheFiguresWorkedOutByHand()
    {
        var (plan, tree, reports) = Qingdao();

        var report = PlanReport.Build(plan, tree, reports, EndOf2021);

        // 21.3 培养总规模达到5000人以上 (increments, due 2022-12-31): 1,800 trained in 2020 and 2,150 in 2021.
        var talent = report.Targets.Single(t => t.Target.Id == TargetId.Parse("21.3"));
        talent.Whole.Value.Should().Be(3950m);
        talent.Whole.Completion.Should().Be(0.79m);
        talent.Whole.ExpectedProgress.Should().Be(731m / 1096m, "731 of the 1,096 days from 2020-01-01 to the deadline have passed");
        talent.Whole.Status.Should().Be(EvaluationStatus.OnTrack);
        // Each district's contribution, in the order of the tree: 市南区 … 莱西市.
        talent.ByOrgUnit.Select(e => e.Value).Should().Equal(150m, 200m, 1300m, 750m, 0m, 800m, 150m, 600m, 0m, 0m);

        // Eleven dated milestones reported done by the city, of the plan's 27 targets.
        report.Whole.Counts.Total.Should().Be(27);
        report.Whole.Counts.Complete.Should().Be(11);

        // 主要任务: items 6 and 27 have two of three milestones done (2/3), items 9, 12, 15, 18 and 24 one of three
        // (1/3), item 21 two milestones and 0.79 ((1 + 1 + 0.79) / 3 = 0.93), items 5 and 16 nothing: 3.93 / 10.
        report.Whole.Sections.Select(s => s.Completion).Should().Equal(null, null, 0.393m, null);
        report.Whole.Completion.Should().Be(0.393m);
        report.OrgUnits.Select(u => u.OrgUnit.Name).Should().Equal("市南区", "市北区", "黄岛区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市");
    }

    [SkippableFact]
    public void Build_QingdaoReportFromAUnitOutsideItsTree_IsRefusedAsAdmissionRefusesIt()
    {
        var (plan, tree, _) = Qingdao();

        // 醴陵市 is a county of Zhuzhou, the built-in tree, not of Qingdao.
        var result = ProgressCsv.Read(new StringReader("target,orgUnit,date,value\n21.3,醴陵市,2021-06-30,10\n21.3,430281,2021-06-30,10\n"), plan, tree);
        var stray = new ProgressReport(TargetId.Parse("21.3"), OrgUnitCode.Parse("430281"), new LocalDate(2021, 6, 30), 10m);

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal(("ZR0002", 2), ("ZR0002", 3));
        result.Errors.First().Message.Should().Be(new ReportAdmission(plan, tree).UnknownOrgUnit(0, "醴陵市").Message);
        var build = () => PlanReport.Build(plan, tree, [stray], EndOf2021);
        build.Should().Throw<ArgumentException>().WithMessage("*430281*");
    }

    private static (Plan Plan, OrgUnitTree Tree, IReadOnlyList<ProgressReport> Reports) Qingdao()
    {
        var shared = RepositoryPaths.Shared;
        var text = shared is null ? null : Path.Combine(shared, "corpus", QingdaoPlanFile);
        Skip.If(text is null || !File.Exists(text), $"../shared/corpus/{QingdaoPlanFile} is absent (it lives beside the checkout, not in it).");

        // The text has no title line; its period is read from the dated milestones (2020年…2022年). The issuer is supplied.
        using var planText = File.OpenRead(text!);
        var plan = PlanTextParser.Parse(planText, null, new PlanTextOptions { Issuer = "青岛市教育局" }).Value;
        (plan.Period!.Start, plan.Period.End).Should().Be((new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31)));

        using var units = File.OpenRead(RepositoryPaths.Combine("seeds", "qingdao-org-units.csv"));
        var tree = OrgUnitCsv.Load(units).Value;
        using var progress = File.OpenRead(RepositoryPaths.Combine("seeds", "qingdao-2020-progress-sample.csv"));
        var batch = ProgressCsv.Load(progress, plan, tree);
        batch.Diagnostics.Should().BeEmpty();
        return (plan, tree, batch.Value.Reports);
    }
}

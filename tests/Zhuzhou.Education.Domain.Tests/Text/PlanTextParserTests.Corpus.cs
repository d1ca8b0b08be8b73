using NodaTime;
using Xunit.Abstractions;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>
/// Real plans beyond the seed, read from ../shared/corpus (see its README). A user's clone has no ../shared:
/// there these tests are reported as skipped, with the reason.
/// </summary>
public partial class PlanTextParserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Parse_BaotouAssessmentTasks_GivesElevenSectionsNinetyItemsScoresAndDeadlines()
    {
        var result = Corpus("03-baotou-2022-digital-gov-assessment-tasks.txt");

        var plan = result.Value;
        plan.Issuer.Should().Be("包头市人民政府办公室");
        plan.Period!.Start.Should().Be(new LocalDate(2022, 1, 1));
        plan.Period!.End.Should().Be(new LocalDate(2022, 12, 31));
        plan.Published.Should().Be(new LocalDate(2022, 4, 14));

        // Four rule sections without items, then the attachment's seven scored sections (renumbered 5-11).
        plan.Sections.Select(s => s.Items.Length).Should().Equal(0, 0, 0, 0, 38, 15, 5, 9, 10, 8, 5);
        plan.Sections.Skip(4).Select(s => s.Weight).Should().Equal(25m, 25m, 20m, 10m, 10m, 5m, 5m);
        plan.Sections[4].Title.Should().Be("政务服务\"一网通办\"");
        plan.Items.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 90));
        (plan.FindItem(19)!.Weight, plan.FindItem(35)!.Weight, plan.FindItem(43)!.Weight, plan.FindItem(1)!.Weight).Should().Be((0.5m, 0.25m, 3m, 1m));
        result.Warnings.Should().Contain(d => d.Code == "ZP0202" && d.Line == 31);

        Describe(plan.FindTarget("9.1")).Should().Be("9.1 各级大厅综合一窗率 ≥90% 2022-03-31");
        Describe(plan.FindTarget("22.1")).Should().Be("22.1 群众文化艺术辅导培训课程 ≥100场 2022-12-31");
        Describe(plan.FindTarget("45.1")).Should().Be("45.1 各部门涉企“双随机\"检查事项覆盖率 ≥90% -");
        Describe(plan.FindTarget("47.1")).Should().Be("47.1 大中型餐饮单位纳入“互联网+明厨亮灶\"社会共治智慧监管平台 ≥2400户 2022-08-31");
        Describe(plan.FindTarget("59.1")).Should().Be("59.1 5G基站 ≥1000座 -");
        Describe(plan.FindTarget("59.2")).Should().Be("59.2 5G基站 ≥4600个 -");
        // Bandwidth is a measure word (20兆进牧户); "在现有…62项“一站式”便民服务的基础上" is the present state, no target.
        Describe(plan.FindTarget("61.2")).Should().Be("61.2 进牧户 ≥50兆 2022-10-31");
        plan.Targets.Count(t => t.Comparison.Kind != ComparisonKind.Milestone).Should().Be(12);
        // 53 items end with a dated note (5月底…, 年底…); two more date a task in their text (7月底前完成, 年底前完成).
        plan.Items.Count(i => i.Targets.Any(t => t.Deadline is not null)).Should().Be(55);
    }

    [SkippableFact]
    public void Parse_QingdaoOpinions_GivesFourSectionsItemsRenumberedAndDatedMilestones()
    {
        var result = Corpus("04-qingdao-edu-2020-ai-education-opinions.txt");

        var plan = result.Value;
        plan.Title.Should().Be("（无标题）");
        plan.Period!.Start.Should().Be(new LocalDate(2020, 1, 1));
        plan.Period!.End.Should().Be(new LocalDate(2022, 12, 31));
        plan.Sections.Select(s => (s.Title, s.Items.Length)).Should().Equal(("实施背景", 0), ("总体要求", 3), ("主要任务", 24), ("保障措施", 0));
        plan.Items.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 27));
        result.Diagnostics.Count(d => d.Code == "ZP0212" && d.Severity == DiagnosticSeverity.Info).Should().Be(8);
        result.Warnings.Select(d => d.Code).Should().Contain(["ZP0102", "ZP0103"]);

        var milestones = plan.Targets.Where(t => t.Comparison.Kind == ComparisonKind.Milestone).ToList();
        // Eight projects × three dated stages (2020年，…；2021年，…；2022年，…), one of which is the numeric 5000人 target,
        // plus one undated 实现 milestone.
        milestones.Should().HaveCount(24);
        milestones.Where(t => t.Deadline is not null).GroupBy(t => t.Deadline!.Value.Year).Select(g => (g.Key, g.Count()))
            .Should().Equal((2020, 8), (2021, 8), (2022, 7));
        Describe(plan.FindTarget("21.3")).Should().Be("21.3 全市职业院校人工智能领域技术技能人才培养总规模 ≥5000人 2022-12-31");
    }

    [SkippableFact]
    public void Parse_MiitWorkPoints_GivesThreeSectionsTenItemsAndNoNumericTarget()
    {
        var result = Corpus("06-miit-2019-icv-standards-work-points.txt");

        var plan = result.Value;
        plan.Title.Should().Be("2019年智能网联汽车标准化工作要点");
        plan.Issuer.Should().Be("工业和信息化部装备工业司");
        plan.Period!.Start.Should().Be(new LocalDate(2019, 1, 1));
        plan.Sections.Select(s => s.Items.Length).Should().Equal(3, 4, 3);
        plan.Items.Select(i => i.Title).Should().StartWith(["贯彻落实《国家车联网产业标准体系建设指南（智能网联汽车）》，加快基础通用和行业急需标准制定，加强标准关键技术研究和试验验证工作，及时开展标准宣贯与实施，确保各类标准项目有序推进"]);
        plan.Targets.Should().OnlyContain(t => t.Comparison.Kind == ComparisonKind.Milestone).And.HaveCount(4);
        result.Warnings.Should().BeEmpty();
    }

    private static string Describe(Target? target)
        => target is null ? "missing" : $"{target} {target.Deadline?.ToString("uuuu-MM-dd", null) ?? "-"}";

    private ParseResult<Plan> Corpus(string name)
    {
        var shared = RepositoryPaths.Shared;
        Skip.If(shared is null || !File.Exists(Path.Combine(shared, "corpus", name)), $"../shared/corpus/{name} is absent (it lives beside the checkout, not in it).");

        using var stream = File.OpenRead(Path.Combine(shared!, "corpus", name));
        var result = PlanTextParser.Parse(stream);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        return result;
    }
}

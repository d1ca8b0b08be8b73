using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Issue 12, item 2: layouts of the genre.</summary>
public partial class PlanTextParserTests
{
    [Fact]
    public void Parse_NoTitleLine_ReadsThePreambleAndTheStructure()
    {
        var result = PlanTextParser.Parse("为推进教育现代化，结合本县实际，制定本方案。\n一、主要任务\n1.扩充学位。新建幼儿园3所。\n2.提升质量。开展教研活动。", new PlanTextOptions { Year = 2019 });

        result.Value.Title.Should().Be("（无标题）");
        result.Value.Preamble.Should().StartWith("为推进教育现代化");
        result.Value.Items.Select(i => i.Title).Should().Equal("扩充学位", "提升质量");
        result.Warnings.Should().Contain(d => d.Code == "ZP0102");
    }

    [Fact]
    public void Parse_TitleTwice_KeepsItOnce()
    {
        var result = PlanTextParser.Parse("某县教育局2019年工作要点\n某县教育局2019年工作要点\n一、主要任务\n1.扩充学位。新建幼儿园3所。");

        (result.Value.Title, result.Value.Preamble).Should().Be(("某县教育局2019年工作要点", string.Empty));
        result.Diagnostics.Should().Contain(d => d.Code == "ZP0101" && d.Line == 2);
    }

    [Fact]
    public void Parse_TextFromAPdf_JoinsWrappedLinesAcrossPageNumbersAndReadsSpacedNumbers()
    {
        // Every line of a PDF's text is cut at the same width, mid-sentence and mid-number; a page number stands
        // between the halves of "超过 50 项以上"; a rule separates the parts; a quotation is split over two lines.
        var paragraph = string.Concat(Enumerable.Repeat("推动教育数字化转型，完善智慧校园建设标准体系，", 20))
            + "到年底建成“智慧教育示范区”，认定智慧校园超过 50 项以上，覆盖全县中小学校。";
        var lines = Wrap(paragraph, 26).ToList();
        var cut = lines.FindIndex(l => l.Contains("超过", StringComparison.Ordinal));
        lines.Insert(cut + 1, "3");
        var text = "某县教育局2019年工作要点\n─────────────\n一、主要任务\n1.推进数字化。" + string.Join('\n', lines) + "\n2.提升质量。开展教研活动。";

        var plan = PlanTextParser.Parse(text).Value;

        plan.Items.Should().HaveCount(2);
        var target = plan.FindTarget("1.1")!;
        (target.Comparison, target.Unit, target.Deadline?.ToString("uuuu-MM-dd", null)).Should().Be((Comparison.AtLeast(50m), MeasureWord.Items, "2019-12-31"));
    }

    [Fact]
    public void Parse_ItemNumberingThatChangesStyleBetweenSections_ReadsTheItemsOfBoth()
    {
        var plan = PlanTextParser.Parse("某县教育局2019年工作要点\n一、学前教育\n1．扩充学位。新建幼儿园3所。\n2．提升质量。开展教研。\n二、义务教育\n（一）改善条件。新建学校2所，改造校舍。\n（二）均衡发展。组建教育集团。").Value;

        plan.Sections.Select(s => s.Items.Length).Should().Equal(2, 2);
        plan.Items.Select(i => (i.Number, i.Title)).Should().Equal((1, "扩充学位"), (2, "提升质量"), (3, "改善条件"), (4, "均衡发展"));
        plan.FindTarget("3.1")!.Comparison.Should().Be(Comparison.AtLeast(2m));
    }

    [Fact]
    public void Parse_SubheadingsOverItemsThatRestart_NumberTheItemsOnWithAnInfo()
    {
        var result = PlanTextParser.Parse("某县教育局2019年工作要点\n一、主要任务\n（一）学前教育\n1.扩充学位。新建幼儿园3所。\n2.提升质量。开展教研。\n（二）义务教育\n1.改善条件。新建学校2所。");

        result.Value.Sections.Single().Items.Select(i => i.Number).Should().Equal(1, 2, 3);
        result.Diagnostics.Should().ContainSingle(d => d.Code == "ZP0212" && d.Severity == DiagnosticSeverity.Info);
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_TargetsOfASectionWithoutItems_AreKeptAtSectionLevel()
    {
        var plan = PlanTextParser.Parse("某县教育局2019年工作要点\n一、主要目标\n到年底，新建幼儿园20所，学前三年毛入园率达到90%以上。\n二、重点任务\n1.扩充学位。新建学校2所。").Value;

        var goals = plan.Sections[0].Commitments.SelectMany(c => c.Targets).ToList();
        goals.Select(t => (t.Id.ToString(), t.Comparison, t.Unit)).Should().Equal(
            ("S1.1", Comparison.AtLeast(20m), MeasureWord.Institutions), ("S1.2", Comparison.AtLeast(90m), MeasureWord.Percent));
        goals.Should().OnlyContain(t => t.Deadline == new NodaTime.LocalDate(2019, 12, 31));
        plan.Targets.Select(t => t.Id.ToString()).Should().Equal("1.1");
    }

    [Fact]
    public void Parse_SubheadingParagraphsOfASectionWithoutItems_AreItsCommitments()
    {
        var plan = PlanTextParser.Parse("某县教育局2019年工作要点\n一、工作目标\n（一）改善条件。新建学校2所。\n（二）提升质量。培训教师500名。\n二、重点任务\n（一）学前教育\n1.扩充学位。新建幼儿园3所。").Value;

        plan.Sections.Select(s => s.Items.Length).Should().Equal(0, 1);
        plan.Sections[0].Commitments.SelectMany(c => c.Targets).Select(t => t.ToString()).Should().Equal("S1.1 学校 ≥2所", "S1.2 教师 ≥500名");
    }

    [Fact]
    public void Parse_FiguresUnderABackgroundHeading_AreNoTargets()
    {
        var plan = PlanTextParser.Parse("某县教育局2019年工作要点\n一、发展现状\n全县现有幼儿园300所，入园率达到85%。\n二、重点任务\n1.扩充学位。新建幼儿园3所。").Value;

        plan.Sections[0].Commitments.Should().BeEmpty();
        plan.Targets.Should().ContainSingle();
    }

    [Fact]
    public void Parse_TableOfContents_IsSkipped()
    {
        var plan = PlanTextParser.Parse("某县教育发展规划（2021—2025年）\n目 录\n一、总体要求..........1\n二、主要任务..........3\n一、总体要求\n坚持立德树人。\n二、主要任务\n1.扩充学位。新建幼儿园3所。").Value;

        plan.Sections.Select(s => s.Title).Should().Equal("总体要求", "主要任务");
    }

    [Fact]
    public void Parse_RulesInChaptersAndArticles_ReadArticlesAsItemsAndTheirListsAsTheirText()
    {
        var plan = PlanTextParser.Parse("某县兼职教师管理办法\n第一章　总则\n第一条　为规范兼职教师管理，制定本办法。\n第二条　兼职教师应具备以下条件：\n（一）热爱教育事业；\n（二）身体健康。\n第二章　附则\n第三条　本办法自印发之日起施行。", new PlanTextOptions { Year = 2017 }).Value;

        plan.Sections.Select(s => s.Items.Length).Should().Equal(2, 1);
        plan.FindItem(2)!.Commitments.Select(c => c.Text).Should().Equal("兼职教师应具备以下条件：", "（一）热爱教育事业", "（二）身体健康");
    }

    [Fact]
    public void Parse_GroupHeadingsOverNumberedItems_ReadsTheItems()
    {
        var plan = PlanTextParser.Parse("某市数字化推进方案\n一、主要任务\n1.做强数字产业。\n（1）壮大软件产业。培育5个以上软件产业集群。（责任单位：市工信局）\n（2）发展电子信息。建设10个以上产业园区。（责任单位：市工信局）\n2.建设数字政府。\n（3）推进一网通办。上线200个以上事项。（责任单位：市大数据局）", new PlanTextOptions { Year = 2021 }).Value;

        plan.Items.Select(i => (i.Number, i.Title)).Should().Equal((1, "壮大软件产业"), (2, "发展电子信息"), (3, "推进一网通办"));
    }

    [Fact]
    public void Parse_TwoPlansInOneText_SkipsTheSecondTitleAndNumbersItsSectionsOn()
    {
        var result = PlanTextParser.Parse("某县教育局关于印发两个实施意见的通知\n关于加强美育的实施意见\n一、主要任务\n1.开齐课程。开设艺术课程。\n关于加强体育的实施意见\n一、主要任务\n1.开足课时。每周开设5节体育课。", new PlanTextOptions { Year = 2018 });

        var plan = result.Value;
        plan.Sections.Select(s => (s.Number, s.Title, s.Items.Length)).Should().Equal((1, "主要任务", 1), (2, "主要任务", 1));
        plan.Sections[0].Commitments.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == "ZP0101" && d.Line == 5);
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        for (var i = 0; i < text.Length; i += width)
        {
            yield return text[i..Math.Min(text.Length, i + width)];
        }
    }
}

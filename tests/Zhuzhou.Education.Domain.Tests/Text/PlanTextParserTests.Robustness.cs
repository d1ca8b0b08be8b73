using System.Text;
using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Bad input never throws: it gives a result plus diagnostics.</summary>
public partial class PlanTextParserTests
{
    private static readonly string[] Tokens =
    [
        "一、", "（一）", "第一部分", "1.", "1．", "2、", "（1）", "12. ", "\n", "\r\n", "\u3000\u3000", "。", "；", ";", ",", "，", "、",
        "《", "》", "“", "”", "\"", "(", ")", "（", "）", "2017年", "工作要点", "株洲市教育局", "发布日期:2017-02-22", "您现在的位置:",
        "培训", "新增", "100", "2万", "名", "所", "个", "%", "百分之", "以上", "不超过", "3-5", "三至五", "每位学生", "完成", "实现", "秋季",
        "6月底", "(20162020)", "36岁儿童", "一批", "若干", "十九大", "\0", "\uFFFD", "\uD800", "x", "学校", "９０", "0.5分",
    ];

    [Theory]
    [InlineData("")]
    [InlineData(" \n\u3000\r\n\t")]
    public void Parse_EmptyText_FailsWithZP0001(string text)
    {
        var result = PlanTextParser.Parse(text);

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("ZP0001");
    }

    [Fact]
    public void Parse_TextWithoutNumbering_FailsWithZP0002()
        => PlanTextParser.Parse("株洲市教育局2017年工作要点\n只有一段话。").Errors.Single().Code.Should().Be("ZP0002");

    [Fact]
    public void Parse_NoYearAnywhere_ParsesWithoutAPeriodAndWarnsZP0003()
    {
        var result = PlanTextParser.Parse("一、测试\n1.标题。内容。");

        result.Success.Should().BeTrue();
        result.Value.Period.Should().BeNull();
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0003");
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNull()
    {
        var act = () => PlanTextParser.Parse((string)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Parse_BinaryGarbage_ReturnsAResultWithDiagnostics()
    {
        var bytes = new byte[100_000];
        new Random(2017).NextBytes(bytes);

        var result = PlanTextParser.Parse(new MemoryStream(bytes));

        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Contain(["ZP0005", "ZP0004", "ZP0002"]);
    }

    [Fact]
    public void Parse_LineOfOneMegabyte_IsReadThroughAndRefusedAsLongerThanPlanJsonKeeps()
    {
        var line = "1.长句。" + string.Concat(Enumerable.Repeat("培训100名教师，《未闭合的标题“引号", 60_000)) + "。";
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n" + line);

        line.Length.Should().BeGreaterThan(1_000_000);
        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("ZP0006");
        result.Diagnostics.Count(d => d.Code == "ZP0301").Should().BeLessThanOrEqualTo(1000);
    }

    [Fact]
    public void Parse_LineJustUnderTheLimit_IsReadAsOneItemWithItsTargets()
    {
        var line = "1.长句。" + string.Concat(Enumerable.Repeat("培训100名教师，《未闭合的标题“引号", 3_000)) + "。";
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n" + line);

        result.Value.Items.Single().Targets.Should().NotBeEmpty();
    }

    [Fact]
    public void Parse_FileOfTenMegabytes_OfConcatenatedPlans_ReadsEveryItem()
    {
        var seed = File.ReadAllBytes(SeedPath);
        var copies = (10_000_000 / (seed.Length + 1)) + 1;
        using var file = new MemoryStream();
        for (var i = 0; i < copies; i++)
        {
            file.Write(seed);
            file.WriteByte((byte)'\n');
        }

        file.Length.Should().BeGreaterThan(10_000_000);
        file.Position = 0;

        var result = PlanTextParser.Parse(file);

        result.Value.Items.Should().HaveCount(25 * copies);
        result.Value.Items.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 25 * copies));
    }

    [Fact]
    public void Parse_UnbalancedTitleMark_WarnsWithPositionAndStillReadsTheTargets()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.标题。落实《株洲市方案。培训100名教师。");

        var warning = result.Warnings.Should().ContainSingle(d => d.Code == "ZP0301").Subject;
        (warning.Line, warning.Column).Should().Be((3, 8));
        warning.Message.Should().Contain("《");
        result.Value.Targets.Should().ContainSingle().Which.Subject.Should().Be("教师");
    }

    [Fact]
    public void Parse_UnbalancedQuote_Warns()
        => PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.标题。开展“六礼三仪教育。")
            .Warnings.Should().ContainSingle(d => d.Code == "ZP0301" && d.Message.Contains('“'));

    [Fact]
    public void Parse_SectionWithoutItems_WarnsZP0203AndKeepsTheSection()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、空的\n二、有的\n1.标题。内容。");

        result.Value.Sections.Select(s => s.Items.Length).Should().Equal(0, 1);
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0203" && d.Line == 2);
    }

    [Fact]
    public void Parse_ItemNumberSkips_WarnsAndKeepsTheWrittenNumber()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.甲。\n3.乙。");

        result.Value.Items.Select(i => i.Number).Should().Equal(1, 3);
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0211" && d.Line == 4);
    }

    [Fact]
    public void Parse_ItemNumberRepeats_RenumbersWithAWarning()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.甲。\n2.乙。\n2.丙。");

        result.Value.Items.Select(i => (i.Number, i.Title)).Should().Equal((1, "甲"), (2, "乙"), (3, "丙"));
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0212" && d.Line == 5);
    }

    [Fact]
    public void Parse_ItemNumberingRestartsPerSection_RenumbersWithAnInfo()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、甲\n1.一。\n2.二。\n二、乙\n1.三。");

        result.Value.Items.Select(i => (i.Number, i.Title)).Should().Equal((1, "一"), (2, "二"), (3, "三"));
        result.Diagnostics.Should().ContainSingle(d => d.Code == "ZP0212" && d.Severity == DiagnosticSeverity.Info);
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SectionNumberRepeats_RenumbersWithAWarning()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、甲\n1.一。\n一、乙\n2.二。");

        result.Value.Sections.Select(s => (s.Number, s.Title)).Should().Equal((1, "甲"), (2, "乙"));
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0202" && d.Line == 4);
    }

    [Fact]
    public void Parse_ItemsBeforeAnySection_GoToAnUntitledSectionWithAWarning()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n1.甲。\n2.乙。");

        result.Value.Sections.Should().ContainSingle().Which.Items.Should().HaveCount(2);
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0224");
    }

    [Theory]
    [InlineData("一、甲\n1.标题。内容。")]
    [InlineData("一、甲\n1．标题。内容。")]
    [InlineData("一、甲\n1、标题。内容。")]
    [InlineData("一、甲\n1. 标题。内容。")]
    [InlineData("一、甲\n\u3000\u30001.标题。内容。")]
    [InlineData("一、甲\n    1.标题。内容。")]
    [InlineData("一、甲\n１．标题。内容。")]
    [InlineData("（一）甲\n（1）标题。内容。")]
    [InlineData("(一)甲\n(1)标题。内容。")]
    [InlineData("第一部分 甲\n1.标题。内容。")]
    [InlineData("一、甲\n（一）标题。内容。")]
    [InlineData("一、甲\r\n1.标题。内容。\r\n")]
    [InlineData("一、甲\r1.标题。内容。")]
    public void Parse_NumberingVariants_GiveOneSectionAndOneItem(string body)
    {
        var plan = PlanTextParser.Parse("某局2017年工作要点\n" + body).Value;

        plan.Sections.Should().ContainSingle().Which.Title.Should().Be("甲");
        var item = plan.Items.Should().ContainSingle().Subject;
        (item.Number, item.Title).Should().Be((1, "标题"));
        item.Commitments.Select(c => c.Text).Should().Equal("内容");
    }

    [Fact]
    public void Parse_FullWidthText_ReportsOriginalColumns()
    {
        // Two ideographic spaces and full-width digits: the column counts original characters.
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n\u3000\u3000１．标题。全面实施《方案（２０１６２０２０）》。");

        var warning = result.Warnings.Should().ContainSingle(d => d.Code == "ZP0302").Subject;
        (warning.Line, warning.Column).Should().Be((3, 16));
        warning.Message.Should().Contain("read as 2016-2020");
    }

    [Fact]
    public void Parse_CrLfSeed_EqualsLfSeed()
    {
        var seed = File.ReadAllText(SeedPath);

        PlanTextParser.Parse(seed.Replace("\n", "\r\n", StringComparison.Ordinal)).Value.Should().Be(Seed());
    }

    [Fact]
    public void Parse_RandomTokens_NeverThrowsAndGivesAValueOrAnError()
        => Gen.OneOf(Tokens).Array[0, 120].Select(string.Concat).Sample(text =>
        {
            var result = PlanTextParser.Parse(text);
            return result.Success != result.Errors.Any() && !result.Diagnostics.Any(d => d.Code == "ZP0900");
        }, iter: 3000);

    [Fact]
    public void Parse_RandomText_NeverThrowsAndGivesAValueOrAnError()
        => Gen.String.Sample(text =>
        {
            var result = PlanTextParser.Parse(text);
            return result.Success != result.Errors.Any() && !result.Diagnostics.Any(d => d.Code == "ZP0900");
        }, iter: 3000);

    [Fact]
    public void Parse_RandomBytes_NeverThrowsAndGivesAValueOrAnError()
        => Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            var result = PlanTextParser.Parse(new MemoryStream(bytes));
            return result.Success != result.Errors.Any();
        }, iter: 1000);
}

using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>What is and is not a target, one sentence at a time.</summary>
public partial class PlanTextParserTests
{
    /// <summary>A one-item plan of 2017 whose item's only commitment is <paramref name="sentence"/>.</summary>
    private static Item OneItem(string sentence)
        => PlanTextParser.Parse("株洲市教育局2017年工作要点\n一、测试\n1.标题。" + sentence + "。").Value.Items.Single();

    [Theory]
    [InlineData("培训100名心理咨询师", "AtLeast", 100, null, MeasureWord.Persons, "心理咨询师")]
    [InlineData("培训一百名心理咨询师", "AtLeast", 100, null, MeasureWord.Persons, "心理咨询师")]
    [InlineData("新建两所学校", "AtLeast", 2, null, MeasureWord.Institutions, "学校")]
    [InlineData("新增学位2万个", "AtLeast", 20000, null, MeasureWord.Units, "学位")]
    [InlineData("新增学位3千个", "AtLeast", 3000, null, MeasureWord.Units, "学位")]
    [InlineData("投入1.5亿项", "AtLeast", 150000000, null, MeasureWord.Items, "投入")]
    [InlineData("资助家庭经济困难学生4万人", "AtLeast", 40000, null, MeasureWord.People, "家庭经济困难学生")]
    [InlineData("建设3-5所高考改革试点校", "Between", 3, 5, MeasureWord.Institutions, "高考改革试点校")]
    [InlineData("建设3–5所试点校", "Between", 3, 5, MeasureWord.Institutions, "试点校")]
    [InlineData("建设3—5个试点", "Between", 3, 5, MeasureWord.Units, "试点")]
    [InlineData("建设3~5所试点校", "Between", 3, 5, MeasureWord.Institutions, "试点校")]
    [InlineData("建设三至五所试点校", "Between", 3, 5, MeasureWord.Institutions, "试点校")]
    [InlineData("建设3到5所试点校", "Between", 3, 5, MeasureWord.Institutions, "试点校")]
    [InlineData("新增学位1-2万个", "Between", 10000, 20000, MeasureWord.Units, "学位")]
    [InlineData("增加民办幼儿园园位7000个以上", "AtLeast", 7000, null, MeasureWord.Units, "民办幼儿园园位")]
    [InlineData("组织发布不少于100场培训课程", "AtLeast", 100, null, MeasureWord.Sessions, "培训课程")]
    [InlineData("覆盖率不低于90%", "AtLeast", 90, null, MeasureWord.Percent, "覆盖率")]
    [InlineData("毛入园率达到85%", "AtLeast", 85, null, MeasureWord.Percent, "毛入园率")]
    [InlineData("综合一窗率达90%以上", "AtLeast", 90, null, MeasureWord.Percent, "综合一窗率")]
    [InlineData("巩固率达到百分之九十五", "AtLeast", 95, null, MeasureWord.Percent, "巩固率")]
    [InlineData("辍学率控制在1%以内", "AtMost", 1, null, MeasureWord.Percent, "辍学率")]
    [InlineData("大班额比例不超过5%", "AtMost", 5, null, MeasureWord.Percent, "大班额比例")]
    [InlineData("近视率降到30%以下", "AtMost", 30, null, MeasureWord.Percent, "近视率降到")]
    [InlineData("建设示范校10所左右", "Exactly", 10, null, MeasureWord.Institutions, "示范校")]
    [InlineData("每位学生掌握1-2项运动技能", "Coverage", 1, null, MeasureWord.Items, "运动技能")]
    [InlineData("培训１００名教师", "AtLeast", 100, null, MeasureWord.Persons, "教师")]
    public void Parse_TargetSentence_ReadsComparisonUnitAndSubject(string sentence, string kind, int minimum, int? maximum, MeasureWord unit, string subject)
    {
        var target = OneItem(sentence).Targets.Should().ContainSingle().Subject;

        target.Comparison.Kind.ToString().Should().Be(kind);
        target.Comparison.Minimum.Should().Be(kind == "AtMost" ? null : (decimal)minimum);
        target.Comparison.Maximum.Should().Be(kind == "AtMost" ? (decimal)minimum : kind is "Between" ? (decimal?)maximum : kind == "Exactly" ? (decimal)minimum : null);
        target.Unit.Should().Be(unit);
        target.Subject.Should().Be(subject);
        target.Text.Should().Be(sentence);
    }

    [Theory]
    [InlineData("开展“六礼三仪”文明习惯养成教育")]
    [InlineData("完善“十百千万”工程")]
    [InlineData("评选表彰一批“每天锻炼一小时”达标学校")]
    [InlineData("深入开展“七五”普法")]
    [InlineData("全面实施《行动计划(2016-2018年)》")]
    [InlineData("推进《36岁儿童学习与发展指南》实验")]
    [InlineData("健全市、县、校三级教育督导体系")]
    [InlineData("加快职业教育三年攻坚")]
    [InlineData("深入学习贯彻党的十九大精神")]
    [InlineData("创建一批基层党建示范点")]
    [InlineData("支持建设若干个市级学生艺术社团")]
    [InlineData("2017年全市教育工作")]
    [InlineData("新增5G基站建设")]
    [InlineData("提供7×24小时服务")]
    [InlineData("开展第2次评估")]
    [InlineData("推进二期工程建设")]
    [InlineData("利旧替代（累计约3600户）")]
    public void Parse_NonTargetSentence_FindsNoTarget(string sentence)
        => OneItem(sentence).Targets.Should().BeEmpty();

    [Theory]
    [InlineData("实现市特殊教育学校秋季入学", "市特殊教育学校秋季入学", "2017-09-01")]
    [InlineData("全面完成职业教育三年攻坚计划", "职业教育三年攻坚计划", null)]
    [InlineData("完成学前班的整改", "学前班的整改", null)]
    [InlineData("春季完成校舍改造", "校舍改造", "2017-03-01")]
    [InlineData("6月底前完成系统上线", "系统上线", "2017-06-30")]
    [InlineData("年底建成信息平台", "信息平台", "2017-12-31")]
    [InlineData("第三季度完成验收", "验收", "2017-09-30")]
    [InlineData("十月十五日完成评估", "评估", "2017-10-15")]
    public void Parse_CompletionVerbWithoutNumber_IsAMilestoneWithItsDeadline(string sentence, string subject, string? deadline)
    {
        var target = OneItem(sentence).Targets.Should().ContainSingle().Subject;

        target.Comparison.Should().Be(Comparison.Milestone());
        target.Subject.Should().Be(subject);
        target.Deadline.Should().Be(deadline is null ? null : LocalDate.FromDateTime(DateTime.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("新增学位2万个", TimeAggregation.Increment)]
    [InlineData("培训100名心理咨询师", TimeAggregation.Increment)]
    [InlineData("增加园位7000个以上", TimeAggregation.Increment)]
    [InlineData("建设3-5所试点校", TimeAggregation.Level)]
    [InlineData("毛入园率达到85%", TimeAggregation.Level)]
    public void Parse_GrowthVerbs_GiveIncrementOtherwiseLevel(string sentence, TimeAggregation expected)
        => OneItem(sentence).Targets.Single().TimeAggregation.Should().Be(expected);

    [Fact]
    public void Parse_AtMostTarget_IsDescending()
        => OneItem("辍学率控制在1%以内").Targets.Single().Direction.Should().Be(Direction.Descending);

    [Fact]
    public void Parse_DocumentTitles_AreDocumentReferencesWithYearRanges()
    {
        var item = OneItem("落实《株洲市2016-2017年教育扶贫实施方案》和《方案（2021—2023年）》、《改革方案(20162020)》及《细则》");

        item.Commitments.Single().Documents.Should().Equal(
            new DocumentReference("株洲市2016-2017年教育扶贫实施方案", 2016, 2017),
            new DocumentReference("方案（2021—2023年）", 2021, 2023),
            new DocumentReference("改革方案(20162020)", 2016, 2020),
            new DocumentReference("细则"));
    }

    [Fact]
    public void Parse_Commitments_SplitOnFullStopsAndSemicolonsButNotInsideTitlesOrQuotes()
    {
        var item = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.标题。甲;乙；丙《丁。戊》己“庚。辛”壬。").Value.Items.Single();

        item.Commitments.Select(c => c.Text).Should().Equal("甲", "乙", "丙《丁。戊》己“庚。辛”壬");
    }

    [Fact]
    public void Parse_ScoresInAnAssessmentList_AreWeights()
    {
        var plan = PlanTextParser.Parse("某局2022年考评指标\n一、政务服务（25分）\n1．甲。完成改造。（0.5分）（6月底完成，牵头考核单位：市局）\n2．乙。").Value;

        (plan.Sections.Single().Title, plan.Sections.Single().Weight).Should().Be(("政务服务", 25m));
        plan.Items.Select(i => i.Weight).Should().Equal(0.5m, 1m);
        plan.FindTarget("1.1")!.Deadline.Should().Be(new LocalDate(2022, 6, 30));
    }
}

using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class YearFinderTests
{
    [Theory]
    [InlineData("某市教育局2019年工作要点", 2019, 2019)]
    [InlineData("某市教育局2019年度工作要点", 2019, 2019)]
    [InlineData("某省教育信息化行动计划（2018—2020年）", 2018, 2020)]
    [InlineData("某省行动计划(2021-2023年)", 2021, 2023)]
    [InlineData("某市智慧教育2021行动方案", 2021, 2021)]
    [InlineData("某市智慧教育2021—2023行动方案", 2021, 2023)]
    [InlineData("“十四五”教育发展规划", 2021, 2025)]
    [InlineData("某市“十三五”教育规划", 2016, 2020)]
    public void InTitle_YearsAsTheGenreWritesThem_GiveThePeriod(string title, int from, int to)
    {
        YearFinder.InTitle(title, out var first, out var last, out _).Should().BeTrue();

        (first, last).Should().Be((from, to));
    }

    [Theory]
    [InlineData("关于印发《“健康中国2030”规划纲要》的通知")]
    [InlineData("某市教育局工作要点")]
    [InlineData("某区5G校园建设方案")]
    public void InTitle_NoYearOfThePlan_ReturnsFalse(string title)
        => YearFinder.InTitle(title, out _, out _, out _).Should().BeFalse();

    [Fact]
    public void InDatedParagraphs_StagesOfAMultiYearPlan_GiveTheirFirstAndLastYears()
    {
        YearFinder.InDatedParagraphs(TextFixtures.Document("一、甲\n2020年，启动试点；2021年，全面推开；2022年，总结推广。"), out var from, out var to).Should().BeTrue();

        (from, to).Should().Be((2020, 2022));
    }
}

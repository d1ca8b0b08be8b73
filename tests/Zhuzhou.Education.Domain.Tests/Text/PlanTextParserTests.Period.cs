using NodaTime;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Issue 12, item 1: the period is found where the genre writes it, and is optional.</summary>
public partial class PlanTextParserTests
{
    private const string Body = "一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n";

    [Theory]
    [InlineData("某县教育局2019年工作要点\n", 2019, 2019)]
    [InlineData("某县智慧教育2021行动方案\n", 2021, 2021)]
    [InlineData("某省教育信息化行动计划（2018—2020年）\n", 2018, 2020)]
    [InlineData("“十四五”教育发展规划\n", 2021, 2025)]
    [InlineData("某县教育局工作要点\n（2019年2月20日）\n", 2019, 2019)]
    [InlineData("某县教育局工作要点\n某教发〔2019〕3号\n", 2019, 2019)]
    public void Parse_YearWhereTheGenreWritesIt_GivesThePeriod(string header, int from, int to)
    {
        var plan = PlanTextParser.Parse(header + Body).Value;

        (plan.Period!.Start, plan.Period.End).Should().Be((new LocalDate(from, 1, 1), new LocalDate(to, 12, 31)));
    }

    [Fact]
    public void Parse_DateOnlyInTheSignatureAtTheEnd_GivesThePeriodPublishedDateAndIssuer()
    {
        var result = PlanTextParser.Parse("某县教育工作要点\n" + Body + "\n某县教育局\n2019年2月20日\n");

        var plan = result.Value;
        (plan.Period!.Start.Year, plan.Published, plan.Issuer).Should().Be((2019, new LocalDate(2019, 2, 20), "某县教育局"));
        result.Warnings.Should().ContainSingle(d => d.Code == "ZP0104");
    }

    [Fact]
    public void Parse_MultiYearStages_GiveTheirSpan()
    {
        var plan = PlanTextParser.Parse("一、推进课程\n1.普及课程。2020年，启动试点；2021年，全面推开；2022年，总结推广。").Value;

        (plan.Period!.Start, plan.Period.End).Should().Be((new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31)));
    }

    [Fact]
    public void Parse_NoYear_ParsesWithoutPeriodOrDeadlinesThatNeedOne()
    {
        var result = PlanTextParser.Parse("为办好教育，制定本方案。\n一、办好学前教育\n1.扩充学位。秋季新建幼儿园3所。");

        result.Value.Period.Should().BeNull();
        result.Value.Targets.Single().Deadline.Should().BeNull();
        result.Warnings.Select(d => d.Code).Should().Contain("ZP0003");
    }

    [Fact]
    public void Parse_PeriodGivenByTheCaller_DatesTheDeadlines()
    {
        var options = new PlanTextOptions { Period = new DateInterval(new LocalDate(2018, 9, 1), new LocalDate(2019, 8, 31)) };

        var plan = PlanTextParser.Parse("一、办好学前教育\n1.扩充学位。6月底前新建幼儿园3所。", options).Value;

        plan.Period!.Equals(options.Period).Should().BeTrue();
        plan.Targets.Single().Deadline.Should().Be(new LocalDate(2019, 6, 30));
    }
}

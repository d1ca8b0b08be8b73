using NodaTime;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class PlanTextOptionsTests
{
    [Fact]
    public void Year_AndPeriod_AreNotGivenTogether()
    {
        var act = () => new PlanTextOptions { Year = 2019, Period = TextFixtures.Year2019 };

        act.Should().Throw<ArgumentException>().WithParameterName("Period").WithMessage("Give a year or a period, not both.*");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2101)]
    public void Year_OutsideTheRange_Throws(int year)
    {
        var act = () => new PlanTextOptions { Year = year };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Year");
    }

    [Fact]
    public void Issuer_Blank_Throws()
    {
        var act = () => new PlanTextOptions { Issuer = " " };

        act.Should().Throw<ArgumentException>().WithParameterName("Issuer");
    }

    [Fact]
    public void GivenValues_AreUsedInsteadOfTheTexts()
    {
        var options = new PlanTextOptions { Year = 2020, Issuer = "某县教育局", Published = new LocalDate(2020, 2, 1) };

        var plan = PlanTextParser.Parse("某市教育局2019年工作要点\n2019年1月5日\n一、甲\n1.乙。秋季完成改造。", options).Value;

        (plan.Period!.Start, plan.Issuer, plan.Published).Should().Be((new LocalDate(2020, 1, 1), "某县教育局", new LocalDate(2020, 2, 1)));
        plan.Targets.Single().Deadline.Should().Be(new LocalDate(2020, 9, 1));
    }

    [Fact]
    public void Default_GivesNothing()
        => PlanTextOptions.Default.Should().Be(new PlanTextOptions());
}

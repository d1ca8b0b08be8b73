using System.Text;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public partial class PlanTextParserTests
{
    private static readonly string SeedPath = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt");

    private static Plan Seed() => PlanTextParser.Parse(File.ReadAllText(SeedPath)).Value;

    [Fact]
    public void Parse_Seed_HasFiveSectionsWithTheirTitles()
        => Seed().Sections.Select(s => (s.Number, s.Title)).Should().Equal(
            (1, "全面加强党的建设"),
            (2, "着力提高教育质量"),
            (3, "持续推进综合改革"),
            (4, "统筹发展各类教育"),
            (5, "提升教育保障水平"));

    [Fact]
    public void Parse_Seed_HasTwentyFiveItemsInOrder_ThreeFiveFourSevenSixPerSection()
    {
        var plan = Seed();

        plan.Sections.Select(s => s.Items.Length).Should().Equal(3, 5, 4, 7, 6);
        plan.Items.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 25));
    }

    [Fact]
    public void Parse_Seed_ReadsTitleIssuerPeriodAndPublishedDate()
    {
        var plan = Seed();

        plan.Title.Should().Be("株洲市教育局2017年工作要点");
        plan.Issuer.Should().Be("株洲市教育局");
        plan.Period!.Equals(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31))).Should().BeTrue();
        plan.Published.Should().Be(new LocalDate(2017, 2, 22));
        plan.Preamble.Should().StartWith("2017年全市教育工作的总体要求:").And.EndWith("提供有力的人才支撑。");
    }

    [Fact]
    public void Parse_Seed_ItemTitlesAreTheTextUpToTheFirstFullStop()
    {
        var plan = Seed();

        plan.FindItem(1)!.Title.Should().Be("强化理论学习");
        plan.FindItem(3)!.Title.Should().Be("落实治党责任");
        plan.FindItem(15)!.Title.Should().Be("特色发展普高教育");
        plan.FindItem(25)!.Title.Should().Be("强化教育综合保障");
    }

    [Fact]
    public void Parse_Seed_WarnsAboutTheTwoDefectsWithTheirPositions()
    {
        var result = PlanTextParser.Parse(File.ReadAllText(SeedPath));

        result.Warnings.Select(d => (d.Code, d.Line)).Should().Equal(("ZP0302", 30), ("ZP0303", 40));
        var years = result.Warnings.First();
        years.Message.Should().Contain("Year range without separator, read as 2016-2020");
        years.Column.Should().Be(File.ReadAllLines(SeedPath)[29].IndexOf("20162020", StringComparison.Ordinal) + 1);
        result.Warnings.Last().Message.Should().Contain("Age range without separator?");
    }
}

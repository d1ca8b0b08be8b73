using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class ZhuzhouPlansTests
{
    [Fact]
    public void Education2017_LoadsFromThePackage_WithFiveSectionsAndTwentyFiveItems()
    {
        var plan = ZhuzhouPlans.Education2017;

        plan.Title.Should().Be("株洲市教育局2017年工作要点");
        plan.Issuer.Should().Be("株洲市教育局");
        plan.Published.Should().Be(new LocalDate(2017, 2, 22));
        plan.Sections.Should().HaveCount(5);
        plan.Items.Should().HaveCount(25);
    }

    [Fact]
    public void Education2017_IsCached_SameInstanceEachTime()
        => ZhuzhouPlans.Education2017.Should().BeSameAs(ZhuzhouPlans.Education2017);

    [Fact]
    public void Education2017_EqualsTheReviewedGolden_Exactly()
    {
        var expected = Education2017Golden.Plan();
        var actual = ZhuzhouPlans.Education2017;

        // Item by item first, so that a difference names its item; then the whole plan.
        actual.Items.Should().Equal(expected.Items);
        actual.Should().Be(expected);
    }

    [Fact]
    public void Parse_SeedText_StillGivesTheGolden()
        => PlanTextParser.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"))).Value
            .Should().Be(Education2017Golden.Plan());

    [Fact]
    public void Golden_DiffersFromAPlanWithOneTargetChanged()
    {
        // The comparison can fail: one deadline moved is a different plan.
        var golden = Education2017Golden.Plan();
        var item = golden.FindItem(16)!;
        var changed = item.Commitments.Select(c => new Commitment(c.Text, c.Targets.Select(t => t with { Deadline = new LocalDate(2017, 9, 2) }), c.Documents));
        var sections = golden.Sections.Select(s => new Section(s.Number, s.Title, s.Items.Select(i => i.Number == 16 ? new Item(16, i.Title, changed) : i)));

        new Plan(golden.Issuer, golden.Title, golden.Period, golden.Published, golden.Preamble, sections).Should().NotBe(golden);
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Plans;

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
}

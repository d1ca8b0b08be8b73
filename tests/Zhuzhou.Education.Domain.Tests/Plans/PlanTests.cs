using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Plans;

public class PlanTests
{
    [Fact]
    public void Constructor_KeepsStructureInOrder()
    {
        var plan = SamplePlans.Small();

        plan.Issuer.Should().Be("株洲市教育局");
        plan.Period!.Start.Should().Be(new LocalDate(2017, 1, 1));
        plan.Period.End.Should().Be(new LocalDate(2017, 12, 31));
        plan.Published.Should().Be(new LocalDate(2017, 2, 22));
        plan.Sections.Select(s => s.ToString()).Should().Equal("二、着力提高教育质量", "四、统筹发展各类教育");
        plan.Items.Select(i => i.Number).Should().Equal(8, 14, 15, 16);
        plan.Targets.Select(t => t.Id.ToString()).Should().Equal("8.1", "14.1", "15.1", "16.1");
        plan.FindItem(16)!.Commitments.Should().HaveCount(2);
        plan.FindItem(16)!.ToString().Should().Be("16. 优质发展特殊教育");
    }

    [Fact]
    public void FindTarget_ByIdOrText_FindsTheTarget()
    {
        var plan = SamplePlans.Small();

        plan.FindTarget("14.1")!.Subject.Should().Be("学位");
        plan.FindTarget(TargetId.Create(15, 1))!.Comparison.Should().Be(Comparison.Between(3m, 5m));
        plan.FindTarget("14.9").Should().BeNull();
        plan.FindTarget("nonsense").Should().BeNull();
        plan.FindItem(99).Should().BeNull();
        plan.FindSectionOfItem(15)!.Number.Should().Be(4);
        plan.FindSectionOfItem(99).Should().BeNull();
    }

    [Fact]
    public void Constructor_RepeatedItemNumberAcrossSections_Throws()
    {
        var act = () => new Plan("株洲市教育局", "t", SamplePlans.Year2017, null, "",
        [
            new Section(1, "a", [new Item(1, "x", [])]),
            new Section(2, "b", [new Item(1, "y", [])]),
        ]);

        act.Should().Throw<ArgumentException>().WithParameterName("sections").WithMessage("Item number 1 is repeated.*");
    }

    [Fact]
    public void Constructor_RepeatedSectionNumber_Throws()
    {
        var act = () => new Plan("株洲市教育局", "t", SamplePlans.Year2017, null, "",
            [new Section(1, "a", []), new Section(1, "b", [])]);

        act.Should().Throw<ArgumentException>().WithMessage("Section number 1 is repeated.*");
    }

    [Fact]
    public void Item_TargetOfAnotherItem_Throws()
    {
        var act = () => new Item(9, "x", [new Commitment("c", [SamplePlans.Counsellors()])]);

        act.Should().Throw<ArgumentException>().WithParameterName("commitments").WithMessage("Target 8.1 belongs to item 8, not item 9.*");
    }

    [Fact]
    public void Item_RepeatedTargetId_Throws()
    {
        var act = () => new Item(8, "x", [new Commitment("a", [SamplePlans.Counsellors()]), new Commitment("b", [SamplePlans.Counsellors()])]);

        act.Should().Throw<ArgumentException>().WithMessage("Target id 8.1 is repeated in item 8.*");
    }

    [Fact]
    public void Section_RepeatedItemNumber_Throws()
    {
        var act = () => new Section(1, "a", [new Item(1, "x", []), new Item(1, "y", [])]);

        act.Should().Throw<ArgumentException>().WithParameterName("items");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void SectionAndItem_NumberBelowOne_Throw(int number)
    {
        ((Action)(() => _ = new Section(number, "a", []))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
        ((Action)(() => _ = new Item(number, "a", []))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }

    [Fact]
    public void Constructor_NullElement_ThrowsNamingTheCollection()
    {
        var act = () => new Section(1, "a", [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("Element 0 must not be null.*");
    }

    [Fact]
    public void Constructor_BlankIssuer_Throws()
    {
        var act = () => new Plan("", "t", SamplePlans.Year2017, null, "", []);

        act.Should().Throw<ArgumentException>().WithParameterName("issuer");
    }

    [Fact]
    public void Section_Numeral_IsChinese()
        => new Section(11, "x", []).Numeral.Should().Be("十一");

    [Fact]
    public void Section_NumberBeyondChineseNumerals_ShowsArabicInsteadOfThrowing()
    {
        var section = new Section(10000, "x", []);

        section.Numeral.Should().Be("10000");
        section.ToString().Should().Be("10000、x");
    }

    [Fact]
    public void Equality_TwoSeparatelyBuiltPlans_AreEqual()
        => EqualityContract.AssertEqualityContract(
            SamplePlans.Small(),
            SamplePlans.Small(),
            new Plan("株洲市教育局", "株洲市教育局2017年工作要点", SamplePlans.Year2017, null, "2017年全市教育工作的总体要求", SamplePlans.Small().Sections));

    [Fact]
    public void Equality_ItemsDifferingInOneTarget_AreNotEqual()
    {
        var a = new Item(8, "x", [new Commitment("c", [SamplePlans.Counsellors()])]);
        var b = new Item(8, "x", [new Commitment("c", [SamplePlans.Counsellors() with { Weight = 2m }])]);

        EqualityContract.AssertEqualityContract(a, new Item(8, "x", [new Commitment("c", [SamplePlans.Counsellors()])]), b);
    }

    [Fact]
    public void Weights_NonPositive_Throw()
    {
        ((Action)(() => _ = new Item(1, "x", []) { Weight = 0m })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Weight");
        ((Action)(() => _ = new Section(1, "x", []) { Weight = -1m })).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Weight");
    }

    [Fact]
    public void Section_OwnCommitments_KeepTheirSectionLevelTargetsOutOfThePlansTargets()
    {
        var goal = new Target(TargetId.ForSection(2, 1), "美育社团", Comparison.AtLeast(2000m), MeasureWord.Units);
        var section = new Section(2, "工作目标", []) { Commitments = [new Commitment("建设2000个美育社团", [goal])] };

        var plan = new Plan("某局", "某局2018年工作要点", null, null, string.Empty, [section]);

        plan.Sections.Single().Commitments.Single().Targets.Should().Equal(goal);
        plan.Targets.Should().BeEmpty();
        plan.FindTarget("S2.1").Should().BeNull();
        section.Should().NotBe(section with { Commitments = [] });
    }

    [Theory]
    [InlineData("S3.1")]
    [InlineData("1.1")]
    public void Section_OwnTargetWithAnotherSectionsId_Throws(string id)
    {
        var target = new Target(TargetId.Parse(id), "美育社团", Comparison.AtLeast(2000m), MeasureWord.Units);

        var act = () => new Section(2, "工作目标", []) { Commitments = [new Commitment("建设2000个美育社团", [target])] };

        act.Should().Throw<ArgumentException>().WithParameterName("Commitments").WithMessage($"Target {id} is not a target of section 2*");
    }

    [Fact]
    public void Plan_WithoutPeriod_EqualsOnlyAPlanWithoutPeriod()
    {
        var plan = new Plan("某局", "某局工作要点", null, null, string.Empty, []);

        plan.Period.Should().BeNull();
        plan.Should().Be(new Plan("某局", "某局工作要点", null, null, string.Empty, []));
        plan.Should().NotBe(new Plan("某局", "某局工作要点", new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), null, string.Empty, []));
    }
}

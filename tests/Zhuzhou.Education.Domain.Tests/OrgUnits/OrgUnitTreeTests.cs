using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Tests.OrgUnits;

public partial class OrgUnitTreeTests
{
    private static OrgUnitCode Code(string text) => OrgUnitCode.Parse(text);

    [Fact]
    public void Tree2017_HasTheCityAndNineCountyLevelUnits()
    {
        var tree = ZhuzhouOrgUnits.Tree2017;

        tree.Root.Should().Be(new OrgUnit(Code("430200"), "株洲市", OrgUnitLevel.City, null));
        tree.UnitsAt(OrgUnitLevel.County).Select(u => u.ToString()).Should().Equal(
            "430202 荷塘区", "430203 芦淞区", "430204 石峰区", "430211 天元区", "430221 株洲县",
            "430223 攸县", "430224 茶陵县", "430225 炎陵县", "430281 醴陵市");
        tree.ChildrenOf(ZhuzhouOrgUnits.City).Should().HaveCount(9);
        tree.Units.Should().OnlyContain(u => u.Code.IsAdministrativeDivision);
    }

    [Fact]
    public void WithSchool_AddsBeneathCounty_AndLeavesTheOriginalUnchanged()
    {
        var tree = ZhuzhouOrgUnits.Tree2017;
        var withSchool = tree.WithSchool(Code("430281"), Code("4302810001"), "醴陵市第一中学");

        withSchool.Count.Should().Be(11);
        tree.Count.Should().Be(10);
        withSchool.AncestorsAndSelf(Code("4302810001")).Select(u => u.Name).Should().Equal("醴陵市第一中学", "醴陵市", "株洲市");
        withSchool.Find(Code("4302810001"))!.Level.Should().Be(OrgUnitLevel.School);
        withSchool.Find(Code("4302810001"))!.Code.IsAdministrativeDivision.Should().BeFalse();
    }

    [Fact]
    public void WithSchool_DuplicateCode_Throws()
    {
        var act = () => ZhuzhouOrgUnits.Tree2017.WithSchool(Code("430281"), Code("430202"), "x");

        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("Org unit code 430202 is already in the tree.*");
    }

    [Fact]
    public void WithSchool_UnderTheCity_Throws()
    {
        var act = () => ZhuzhouOrgUnits.Tree2017.WithSchool(ZhuzhouOrgUnits.City, Code("1"), "x");

        act.Should().Throw<ArgumentException>().WithParameterName("county").WithMessage("*not a county-level unit*");
    }

    [Fact]
    public void WithSchool_UnknownCounty_Throws()
    {
        var act = () => ZhuzhouOrgUnits.Tree2017.WithSchool(Code("999999"), Code("1"), "x");

        act.Should().Throw<ArgumentException>().WithParameterName("county").WithMessage("Org unit 999999 is not in the tree.*");
    }

    [Fact]
    public void Create_Cycle_Throws()
    {
        var act = () => OrgUnitTree.Create(
        [
            new OrgUnit(Code("1"), "root", OrgUnitLevel.City, null),
            new OrgUnit(Code("2"), "a", OrgUnitLevel.County, Code("3")),
            new OrgUnit(Code("3"), "b", OrgUnitLevel.County, Code("2")),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*is on a cycle of parents*");
    }

    [Fact]
    public void Create_DuplicateCode_Throws()
    {
        var act = () => OrgUnitTree.Create(
        [
            new OrgUnit(Code("1"), "root", OrgUnitLevel.City, null),
            new OrgUnit(Code("2"), "a", OrgUnitLevel.County, Code("1")),
            new OrgUnit(Code("2"), "b", OrgUnitLevel.County, Code("1")),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("Org unit code 2 is repeated.*");
    }

    [Fact]
    public void Create_TwoRootsOrNone_Throws()
    {
        var two = () => OrgUnitTree.Create([new OrgUnit(Code("1"), "a", OrgUnitLevel.City, null), new OrgUnit(Code("2"), "b", OrgUnitLevel.City, null)]);
        var none = () => OrgUnitTree.Create([]);

        two.Should().Throw<ArgumentException>().WithMessage("A tree needs exactly one root*found 2*");
        none.Should().Throw<ArgumentException>().WithMessage("A tree needs exactly one root*found 0*");
    }

    [Fact]
    public void Create_MissingParent_Throws()
    {
        var act = () => OrgUnitTree.Create([new OrgUnit(Code("1"), "a", OrgUnitLevel.City, null), new OrgUnit(Code("2"), "b", OrgUnitLevel.County, Code("7"))]);

        act.Should().Throw<ArgumentException>().WithMessage("Org unit 2 names parent 7, which is not in the tree.*");
    }

    [Fact]
    public void OrgUnit_OwnParent_Throws()
    {
        var act = () => new OrgUnit(Code("1"), "a", OrgUnitLevel.City, Code("1"));

        act.Should().Throw<ArgumentException>().WithParameterName("parent");
    }

    [Theory]
    [InlineData("")]
    [InlineData("43 02")]
    [InlineData("醴陵")]
    [InlineData("123456789012345678901234567890123")]
    public void OrgUnitCode_Invalid_IsRejected(string text)
    {
        OrgUnitCode.TryParse(text, out _).Should().BeFalse();
        var act = () => OrgUnitCode.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not an org unit code*");
    }

    [Fact]
    public void Queries_UnknownCode_GiveNothing()
    {
        var tree = ZhuzhouOrgUnits.Tree2017;

        tree.Find(Code("1")).Should().BeNull();
        tree.Contains(Code("1")).Should().BeFalse();
        tree.ChildrenOf(Code("1")).Should().BeEmpty();
        tree.AncestorsAndSelf(Code("1")).Should().BeEmpty();
    }
}

using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Tests.OrgUnits;

public partial class OrgUnitTreeTests
{
    [Fact]
    public void Create_CountyBeneathASchool_Throws()
    {
        var act = () => OrgUnitTree.Create(
        [
            new OrgUnit(Code("1"), "root", OrgUnitLevel.City, null),
            new OrgUnit(Code("2"), "a", OrgUnitLevel.County, Code("1")),
            new OrgUnit(Code("3"), "b", OrgUnitLevel.School, Code("2")),
            new OrgUnit(Code("4"), "c", OrgUnitLevel.County, Code("3")),
        ]);

        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("Org unit 4 is a County, which is not below its parent 3, a School.*");
    }

    [Fact]
    public void Create_ProvinceAboveTheCity_IsATree()
    {
        var tree = OrgUnitTree.Create(
        [
            new OrgUnit(Code("370200"), "青岛市", OrgUnitLevel.City, Code("37")),
            new OrgUnit(Code("37"), "山东省", OrgUnitLevel.Province, null),
        ]);

        tree.Root.Name.Should().Be("山东省");
        tree.AncestorsAndSelf(Code("370200")).Select(u => u.Name).Should().Equal("青岛市", "山东省");
    }

    [Fact]
    public void Create_TwoCycles_NamesTheFirstWithItsParents()
    {
        var act = () => OrgUnitTree.Create(
        [
            new OrgUnit(Code("1"), "root", OrgUnitLevel.City, null),
            new OrgUnit(Code("5"), "e", OrgUnitLevel.County, Code("6")),
            new OrgUnit(Code("2"), "a", OrgUnitLevel.County, Code("3")),
            new OrgUnit(Code("3"), "b", OrgUnitLevel.County, Code("4")),
            new OrgUnit(Code("4"), "c", OrgUnitLevel.County, Code("2")),
            new OrgUnit(Code("6"), "f", OrgUnitLevel.County, Code("5")),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("Org unit 5 is on a cycle of parents: 5 → 6 → 5.*");
    }
}

using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Tests.OrgUnits;

public partial class OrgUnitTreeTests
{
    [Theory]
    [InlineData("醴陵市", "430281")]
    [InlineData("天元区", "430211")]
    [InlineData(" 攸县 ", "430223")]
    [InlineData("株洲市", "430200")]
    public void FindByName_AUnitsName_FindsIt(string name, string code)
        => ZhuzhouOrgUnits.Tree2017.FindByName(name)!.Code.Should().Be(OrgUnitCode.Parse(code));

    [Theory]
    [InlineData("长沙县")]
    [InlineData("430281")]
    [InlineData("")]
    public void FindByName_NoUnitOfThatName_IsNull(string name)
        => ZhuzhouOrgUnits.Tree2017.FindByName(name).Should().BeNull();

    [Fact]
    public void FindByName_NameTwoUnitsShare_IsNull()
    {
        var tree = ZhuzhouOrgUnits.Tree2017
            .WithSchool(OrgUnitCode.Parse("430281"), OrgUnitCode.Parse("430281-001"), "第一中学")
            .WithSchool(OrgUnitCode.Parse("430223"), OrgUnitCode.Parse("430223-001"), "第一中学");

        tree.FindByName("第一中学").Should().BeNull("the name alone does not say which school");
    }
}

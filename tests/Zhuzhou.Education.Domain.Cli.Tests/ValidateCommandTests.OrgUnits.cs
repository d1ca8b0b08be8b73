using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>zedu validate --org-units FILE alone: an org unit list (单位名录) checked on its own.</summary>
public partial class ValidateCommandTests
{
    [Theory]
    [InlineData("qingdao-org-units.csv")]
    [InlineData("qingdao-org-units.json")]
    public void ValidateOrgUnits_Alone_PassesWithItsCounts(string file)
    {
        var run = ZeduRunner.Run("validate", "--org-units", RepositoryPaths.Combine("seeds", file));

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().EndWith($"{file}：共11个单位，其中县市区10个、学校0所；0个错误，0个警告\n");
    }

    [Fact]
    public void ValidateOrgUnits_RepeatedCodeAndUnknownParent_Exits2WithEveryProblemLocated()
    {
        using var folder = new TempFolder();
        var list = folder.File("units.csv", "code,name,parent\n370200,青岛市,\n370202,市南区,370200\n370202,市北区,370200\n370299,某区,999999\n");

        var run = ZeduRunner.Run("validate", "--lang", "en", "--org-units", list);

        run.ExitCode.Should().Be(2);
        run.Out.Should().Contain($"{list}(4,1): error ZO0002:")
            .And.Contain($"{list}(5,11): error ZO0003:")
            .And.EndWith($"{list}: 2 errors, 0 warnings\n");
    }
}

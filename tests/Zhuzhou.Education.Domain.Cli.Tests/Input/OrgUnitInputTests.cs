using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests.Input;

/// <summary>--org-units on report, validate and explain: another city's org units from a JSON or CSV file.</summary>
public class OrgUnitInputTests
{
    private static readonly string QingdaoCsv = RepositoryPaths.Combine("seeds", "qingdao-org-units.csv");
    private static readonly string QingdaoJson = RepositoryPaths.Combine("seeds", "qingdao-org-units.json");

    // Reports on the built-in plan's 8.1 (培训100名心理咨询师) from Qingdao's districts, by name and by code.
    private const string Reports = "target,orgUnit,date,value\n8.1,崂山区,2017-03-31,5\n8.1,370211,2017-04-30,7\n";

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("explain")]
    public void Help_OfTheCommandsThatReadReports_OffersOrgUnits(string command)
        => ZeduRunner.English(command, "--help").Out.Should().Contain("--org-units <FILE>");

    [Fact]
    public void Report_OrgUnitsAsJsonOrAsCsv_ReportsOnTheirDistrictsAlike()
    {
        using var folder = new TempFolder();
        var progress = folder.File("qingdao.csv", Reports);

        var fromJson = ZeduRunner.Run("report", "--org-units", QingdaoJson, "--progress", progress, "--format", "csv");
        var fromCsv = ZeduRunner.Run("report", "--org-units", QingdaoCsv, "--progress", progress, "--format", "csv");

        fromJson.ExitCode.Should().Be(0, fromJson.Error);
        fromJson.Out.Should().Contain("370212").And.Contain("崂山区").And.Contain("莱西市").And.NotContain("醴陵市");
        fromCsv.Out.Should().Be(fromJson.Out);
    }

    [Fact]
    public void Report_OrgUnitsWithoutProgress_ReadsNoBuiltInSample()
    {
        var run = ZeduRunner.Run("report", "--org-units", QingdaoCsv);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty("the built-in sample is Zhuzhou's, so it is not read for another tree");
    }

    [Fact]
    public void Validate_ReportFromAUnitOutsideTheTree_IsRefusedAsAdmissionRefusesIt()
    {
        using var folder = new TempFolder();
        var progress = folder.File("reports.csv", Reports + "8.1,醴陵市,2017-03-31,5\n");

        var run = ZeduRunner.Run("validate", "--org-units", QingdaoCsv, "--progress", progress);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{progress}(4): 错误 ZR0002: 单位“醴陵市”不在青岛市的单位名录中。\n");
        run.Out.Should().NotContain("(2)").And.NotContain("(3)");
    }

    [Fact]
    public void Validate_TheSameReportsWithTheBuiltInTree_RefusesQingdaosDistricts()
    {
        using var folder = new TempFolder();
        var progress = folder.File("reports.csv", Reports);

        var run = ZeduRunner.English("validate", "--progress", progress);

        run.ExitCode.Should().Be(2);
        run.Out.Should().Contain($"{progress}(2): error ZR0002: Org unit \"崂山区\" is not in the org unit tree of 株洲市.");
    }

    [Fact]
    public void Explain_OrgByNameOfTheGivenTree_IsFound()
    {
        using var folder = new TempFolder();
        var progress = folder.File("qingdao.csv", Reports);

        var run = ZeduRunner.Run("explain", "8.1", "--org", "崂山区", "--org-units", QingdaoJson, "--progress", progress);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("  370212 崂山区 2017-03-31 5名").And.NotContain("370211");
    }

    [Fact]
    public void Report_BadOrgUnitsFile_NamesTheFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var units = folder.File("units.csv", "code,name,parent\n370200,青岛市,\n370212,崂山区,370299\n370213,,370200\n");

        var run = ZeduRunner.Run("report", "--org-units", units);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu：{units}(3,12): 错误 ZO0003: 370212 崂山区的上级单位370299不在名录中。（另有1个）\n");
    }

    [Fact]
    public void Report_OrgUnitsFileMissing_SaysSo()
    {
        var run = ZeduRunner.English("report", "--org-units", "no-such-units.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no-such-units.csv");
    }
}

using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public void Show_BuiltInPlan_PrintsSectionsItemsAndTargets()
    {
        var run = ZeduRunner.Run("show");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("株洲市教育局2017年工作要点").And.Contain("8. 提高学生心理素质").And.Contain("8.1 培训100名心理咨询师");
    }

    [Fact]
    public void Explain_TargetForCounty_ShowsReportsRuleAndArithmetic()
    {
        var run = ZeduRunner.Run("explain", "8.1", "--org", "醴陵市");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("8.1 培训100名心理咨询师").And.Contain("430281 醴陵市").And.Contain("report(s) on or before 2017-06-30")
            .And.Contain("completion = ").And.Contain("序时进度").And.Contain("status: ");
    }

    [Fact]
    public void Validate_FileWithProblems_ListsEveryProblemAndFails()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");
        var bad = folder.File("bad.csv", "target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n8.1,长沙县,2017-03-31,5\n8.1,430281,yesterday,5\n8.1,430281,2017-03-31,-1\n");

        var run = ZeduRunner.Run("validate", "--progress", good, bad);

        run.ExitCode.Should().Be(2);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{bad}(2): ZE001: unknown target '99.1': the plan has no such target",
            $"{bad}(3): ZE002: unknown org unit '长沙县': not an org unit of 株洲市 (use a code such as 430281, a name such as 醴陵市, or a school as 430281-001)",
            $"{bad}(4): ZC010: date 'yesterday' is not a date of the form YYYY-MM-DD, such as 2017-06-30",
            $"{bad}(5): ZC011: value '-1' is not a number of 0 or more",
            "2 file(s), 1 valid report(s), 4 problem(s)");
    }

    [Fact]
    public void Validate_GoodFile_Succeeds()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.csv", "target,orgUnit,date,value,numerator,denominator\n8.1,醴陵市,2017-03-31,5,,\n\"8.1\",430281-001,2017-04-30,\"6\",,\n");

        var run = ZeduRunner.Run("validate", "--progress", good);

        run.ExitCode.Should().Be(0, run.Out);
        run.Out.Should().Be("1 file(s), 2 valid report(s), 0 problem(s)\n");
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = ZeduRunner.Run("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("report").And.Contain("show").And.Contain("parse").And.Contain("validate").And.Contain("explain");
    }
}

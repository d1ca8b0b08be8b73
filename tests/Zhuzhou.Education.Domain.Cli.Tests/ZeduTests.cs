using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>The command line itself: help and mistyped commands.</summary>
public class ZeduTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("explain")]
    public void Help_AsOfDefault_IsAnIsoDate(string command)
    {
        var run = ZeduRunner.English(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"--as-of <DATE> +The date to evaluate as of, YYYY-MM-DD\. \[default: 2017-06-30\]\n").And.NotContain("June");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("show")]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("explain")]
    [InlineData("sample")]
    public void Help_OfEveryCommand_DescribesItsUsage(string command)
    {
        var run = ZeduRunner.English(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        // The usage line names the running program: zedu, or the test host here.
        run.Out.Should().StartWith("Description:\n").And.MatchRegex($@"\nUsage:\n  \S+ {command} ");
    }

    [Fact]
    public void Help_OfTheTool_LeavesTheHiddenSampleCommandOut()
        => ZeduRunner.English("--help").Out.Should().NotContain("sample");

    [Theory]
    [InlineData("repor", "report")]
    [InlineData("Explian", "explain")]
    [InlineData("shwo", "show")]
    [InlineData("valdate", "validate")]
    public void Run_MistypedCommand_GivesOneMessageWithTheNearestCommand(string typed, string meant)
    {
        var run = ZeduRunner.English(typed, "--as-of", "2017-06-30");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"zedu: unknown command '{typed}'; did you mean '{meant}'? 'zedu --help' lists the commands.\n");
    }

    [Fact]
    public void Run_UnknownCommandNearNone_SaysWhereTheCommandsAreListed()
        => ZeduRunner.English("xlsx").Error.Should().Be("zedu: unknown command 'xlsx'; 'zedu --help' lists the commands.\n");

    [Fact]
    public void Help_ByDefault_IsInChinese()
    {
        var run = ZeduRunner.Run("report", "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("说明：\n").And.Contain("统计截止日期，格式YYYY-MM-DD。 [默认：2017-06-30]").And.Contain("显示帮助和用法。")
            .And.NotContain("Description").And.NotContain("[default");
    }

    [Fact]
    public void Run_MistypedCommand_InChineseByDefault()
        => ZeduRunner.Run("repor").Error.Should().Be("zedu：未知命令“repor”；是否要运行“report”？zedu --help 列出所有命令。\n");

    [Theory]
    [InlineData("report")]
    [InlineData("show")]
    [InlineData("validate")]
    [InlineData("explain")]
    [InlineData("parse")]
    [InlineData("sample")]
    public void Lang_EveryCommand_TakesIt(string command)
    {
        var run = ZeduRunner.Run(command, "--lang", "en", "--help");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("--lang <en|zh>");
    }
}

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
        var run = ZeduRunner.Run(command, "--help");

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
        var run = ZeduRunner.Run(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        // The usage line names the running program: zedu, or the test host here.
        run.Out.Should().StartWith("Description:\n").And.MatchRegex($@"\nUsage:\n  \S+ {command} ");
    }

    [Fact]
    public void Help_OfTheTool_LeavesTheHiddenSampleCommandOut()
        => ZeduRunner.Run("--help").Out.Should().NotContain("sample");

    [Theory]
    [InlineData("repor", "report")]
    [InlineData("Explian", "explain")]
    [InlineData("shwo", "show")]
    [InlineData("valdate", "validate")]
    public void Run_MistypedCommand_GivesOneMessageWithTheNearestCommand(string typed, string meant)
    {
        var run = ZeduRunner.Run(typed, "--as-of", "2017-06-30");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"zedu: unknown command '{typed}'; did you mean '{meant}'? 'zedu --help' lists the commands.\n");
    }

    [Fact]
    public void Run_UnknownCommandNearNone_SaysWhereTheCommandsAreListed()
        => ZeduRunner.Run("xlsx").Error.Should().Be("zedu: unknown command 'xlsx'; 'zedu --help' lists the commands.\n");
}

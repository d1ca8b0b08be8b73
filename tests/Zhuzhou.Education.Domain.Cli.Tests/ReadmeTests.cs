using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public partial class ReadmeTests
{
    [Fact]
    public void Readme_FirstCommand_IsTheMainJob()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

        var first = Regex.Match(readme, "```sh\\r?\\n(.*?)\\r?\\n```", RegexOptions.Singleline).Groups[1].Value;

        first.Should().Be("dotnet run --project src/Zhuzhou.Education.Domain.Cli -- report");
    }

    [Theory]
    [InlineData("株洲市教育局2017年工作要点完成情况", "report")]
    [InlineData("株洲市教育局2017年工作要点 — progress report", "report", "--lang", "en")]
    [InlineData("指标 8.1：", "explain", "8.1")]
    public void Readme_OutputShown_IsWhatZeduPrints(string firstLine, params string[] args)
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var shown = Regex.Matches(readme, "```text\n(.*?)\n```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Single(block => block.StartsWith(firstLine, StringComparison.Ordinal));
        var beginning = shown.EndsWith("\n…", StringComparison.Ordinal) ? shown[..^1] : shown + "\n";

        var run = ZeduRunner.Run(args);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith(beginning, "the README shows how zedu {0} begins", string.Join(' ', args));
    }

    [Fact]
    public void Readme_ZeduSection_NamesEveryCommand()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

        foreach (var command in new[] { "zedu report", "zedu show", "zedu parse FILE", "zedu validate --progress", "zedu explain TARGET" })
        {
            readme.Should().Contain(command);
        }
    }
}

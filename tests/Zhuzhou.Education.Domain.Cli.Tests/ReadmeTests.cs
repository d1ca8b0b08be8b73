using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public class ReadmeTests
{
    [Fact]
    public void Readme_FirstCommand_IsTheMainJob()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));

        var first = Regex.Match(readme, "```sh\\r?\\n(.*?)\\r?\\n```", RegexOptions.Singleline).Groups[1].Value;

        first.Should().Be("dotnet run --project src/Zhuzhou.Education.Domain.Cli -- report");
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

using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public partial class ReadmeTests
{
    private const string QingdaoPlan = "../shared/corpus/04-qingdao-edu-2020-ai-education-opinions.txt";

    /// <summary>
    /// The README's commands for another city run as shown — from the repository root, with the plan beside the
    /// checkout — and print what the README shows beneath them. Skipped where ../shared is absent.
    /// </summary>
    [SkippableTheory]
    [InlineData("report")]
    [InlineData("explain")]
    [InlineData("validate")]
    public void Readme_AnotherCitysCommand_PrintsWhatTheReadmeShows(string command)
    {
        Skip.IfNot(File.Exists(RepositoryPaths.Combine(QingdaoPlan)), $"{QingdaoPlan} is absent (it lives beside the checkout, not in it).");
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var example = Regex.Matches(readme, "```sh\n(dotnet run [^\n]*)\n```\n\n```text\n(.*?)\n```", RegexOptions.Singleline)
            .Single(m => m.Groups[1].Value.Contains("-- " + command + " ", StringComparison.Ordinal) && m.Groups[1].Value.Contains(QingdaoPlan, StringComparison.Ordinal));
        var args = example.Groups[1].Value.Split(" -- ", 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.StartsWith("seeds/", StringComparison.Ordinal) || a.StartsWith("../", StringComparison.Ordinal) ? RepositoryPaths.Combine(a) : a)
            .ToArray();
        var shown = example.Groups[2].Value;
        var beginning = shown.EndsWith("\n…", StringComparison.Ordinal) ? shown[..^1] : shown + "\n";

        var run = ZeduRunner.Run(args);

        run.ExitCode.Should().Be(command == "validate" ? 2 : 0, run.Error);
        run.Out.Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Should().StartWith(beginning, "the README shows how zedu {0} begins for Qingdao", command);
    }
}

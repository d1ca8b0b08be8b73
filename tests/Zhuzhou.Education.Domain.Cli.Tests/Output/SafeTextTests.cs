using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

/// <summary>No output harms its reader: no formula in a spreadsheet cell, no control character on a terminal or a page.</summary>
public class SafeTextTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "\\u0009=1")]
    [InlineData("株洲市=教育局", "株洲市=教育局")]
    public void Cell_FormulaStart_IsNeutralised(string text, string cell)
        => SafeText.Cell(text).Should().Be(cell);

    [Theory]
    [InlineData("a\u001B[2Jb", "a\\u001B[2Jb")]
    [InlineData("\u0007\u0000\u009B", "\\u0007\\u0000\\u009B")]
    [InlineData("x\u202Ey", "x\\u202Ey")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("普通文字", "普通文字")]
    public void Clean_ControlCharacters_AreShownAsEscapes(string text, string clean)
        => SafeText.Clean(text).Should().Be(clean);

    [Fact]
    public void Clean_LoneSurrogate_IsShownAsAnEscape()
        => SafeText.Clean("lone " + (char)0xD800 + " surrogate").Should().Be("lone \\uD800 surrogate");

    [Fact]
    public void Report_PlanTitleStartingAFormula_ReachesTheCsvNeutralised()
    {
        using var folder = new TempFolder();
        var plan = PlanWith(folder, "\"title\": \"=HYPERLINK(\\\"http://x\\\")株洲\"", "\"title\": \"@SUM(1)加强党建\"");

        var run = ZeduRunner.English("report", "--plan", plan, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Split('\n').Select(line => line.Split(',')).Should().NotContain(cells => cells.Any(c => c.TrimStart('"').StartsWith('=') || c.TrimStart('"').StartsWith('@')));
        run.Out.Should().Contain("'=HYPERLINK").And.Contain("'@SUM(1)");
    }

    [Theory]
    [InlineData("show")]
    [InlineData("report")]
    [InlineData("report", "--format", "html")]
    [InlineData("report", "--format", "csv")]
    [InlineData("explain", "8.1")]
    public void Output_ControlCharactersInThePlan_NeverReachTheReader(params string[] command)
    {
        using var folder = new TempFolder();
        var plan = PlanWith(folder, "\"title\": \"株洲\\u001b[2J\\u0001\\u000b\\u2028要点\"", "\"title\": \"加强\\u0007党建\\u009b\"");

        var run = ZeduRunner.English([.. command, "--plan", plan]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().NotContainAny("\u001B", "\u0001", "\u0007", "\u000B", "\u009B", "\u2028");
        run.Error.Should().NotContainAny("\u001B", "\u0007");
    }

    /// <summary>The built-in plan's JSON with its title and first section's title replaced.</summary>
    private static string PlanWith(TempFolder folder, string title, string sectionTitle)
    {
        var json = File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json"))
            .Replace("\"title\": \"株洲市教育局2017年工作要点\"", title, StringComparison.Ordinal)
            .Replace("\"title\": \"全面加强党的建设\"", sectionTitle, StringComparison.Ordinal);
        return folder.File("plan.json", json);
    }
}

using Spectre.Console;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

/// <summary>The report's tables on consoles of several widths.</summary>
public class TableRendererTests
{
    [Theory]
    [InlineData(Language.English, 80)]
    [InlineData(Language.Chinese, 80)]
    [InlineData(Language.English, 100)]
    [InlineData(Language.English, 120)]
    [InlineData(Language.Chinese, 120)]
    public void Render_ConsoleOfAWidth_FitsItWithEveryFigureAndStatusWhole(Language language, int width)
    {
        var text = Render(Sample(), language, width);
        var targets = text[text.IndexOf(Formats.Word(Evaluation.ReportWord.Targets, language), StringComparison.Ordinal)..];

        text.Split('\n').Should().OnlyContain(l => LineBreaker.Cells(l) <= width);
        // The figures beside the wrapped texts are never cut: the narrow console takes its room from the texts.
        foreach (var whole in new[] { "100.0%", "56.2%", "34.9%", "58.0%" })
        {
            targets.Should().Contain(whole);
        }

        targets.Should().Contain(language == Language.English ? "(not" : "—（未分解）").And.NotContain("allocate\n");
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Chinese)]
    public void Render_NarrowConsole_ItemTitleStartsBesideItsNumber(Language language)
    {
        var lines = Render(Sample(), language, 80).Split('\n');

        // The item's indent wraps with its title rather than leaving the number beside an empty cell.
        lines.Should().Contain(l => l.StartsWith("│   5.  │   提高学生", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("│   5.  │    ", StringComparison.Ordinal) && !l.Contains("提高", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Chinese)]
    public void Render_NarrowConsole_StatusColumnNoWiderThanItsLongestStatus(Language language)
    {
        var lines = Render(Sample(), language, 80).Split('\n');

        // The sections table's header: the status column takes the room of its longest status word, the titles the rest.
        var header = lines.First(l => l.Contains(Formats.Word(Evaluation.ReportWord.SectionOrItem, language), StringComparison.Ordinal));
        var status = header.Split('│')[5];
        var longest = Enum.GetValues<Rules.EvaluationStatus>().Max(s => LineBreaker.Cells(Formats.Status(s, language)));
        LineBreaker.Cells(status).Should().BeLessThanOrEqualTo(longest + 2, "the status column is as wide as its longest status word and its padding:\n{0}", string.Join('\n', lines.Take(30)));
    }

    [Fact]
    public void Render_EnglishRevisedFigure_ItsMarkOnALineOfItsOwnUnderIt()
    {
        var lines = Render(Sample(), Language.English, CliContext.PlainWidth).Split('\n');

        var revised = Array.FindIndex(lines, l => l.StartsWith("│ 14.2 ", StringComparison.Ordinal));
        lines[revised].Should().Contain(" 10,850 / 20,000 │");
        lines[revised + 1].Should().Contain(" (revised) │");
    }

    private static PlanReport Sample()
    {
        var context = CliContext.ForWriters(TextWriter.Null, TextWriter.Null);
        var input = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, context, intoStore: true);
        input.ReadEmbeddedSample();
        var plan = AllocationInput.ApplySample(ZhuzhouPlans.Education2017, input.Tree, context);
        return PlanReport.FromStore(input.ToStore(plan), Zedu.DefaultAsOf);
    }

    private static string Render(PlanReport report, Language language, int width)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        TableRenderer.Render(report, console, language);
        return writer.ToString().ReplaceLineEndings("\n");
    }
}

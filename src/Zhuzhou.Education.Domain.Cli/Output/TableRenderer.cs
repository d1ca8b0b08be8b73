using Spectre.Console;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;
using SpectreText = Spectre.Console.Text;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as tables on a console, in the chosen language: plan, sections and items (every section, with or
/// without a measurable target), targets with the org units behind. Long texts are broken as Chinese is set
/// (<see cref="LineBreaker"/>): no county name split, no line starting with 、.
/// </summary>
internal static class TableRenderer
{
    // Cells of the targets table's wrapped columns, so that the table fits CliContext.PlainWidth (120); a narrower
    // console takes what it lacks from them (down to a few characters each), not from the figures beside them.
    private const int TargetWidth = 30;
    private const int BehindWidth = 24;
    private const int NarrowestTarget = 12;
    private const int NarrowestBehind = 12;

    public static void Render(PlanReport report, IAnsiConsole console, Language language)
    {
        var plan = report.Whole.Figure;
        string W(ReportWord word) => Formats.Word(word, language);
        var knownOn = report.KnownOn is { } k ? CliText.KnownOnSuffix(language, Figures.Date(k, language)) : string.Empty;
        console.MarkupLine($"[bold]{Markup.Escape(CliText.ReportTitle(language, SafeText.Clean(report.Plan.Title), Figures.Date(report.AsOf, language)) + knownOn)}[/]");
        console.MarkupLine(Markup.Escape(CliText.PlanLine(
            language, Formats.Percent(plan.Completion), Formats.Percent(plan.ExpectedProgress), plan.Status is { } s ? Formats.Status(s, language) : "—")));
        console.MarkupLine(Markup.Escape(CliText.CountsLine(
            language, plan.Counts.Complete, plan.Counts.Total, Formats.Percent(plan.Counts.AchievedRate),
            report.ReportsReceived, report.ReportsExpected, Formats.Percent(report.ReportingRate))));
        console.WriteLine();

        var sections = new Table().Title(W(ReportWord.SectionsAndItems)).Border(TableBorder.Rounded)
            .AddColumn(W(ReportWord.Number))
            .AddColumn(W(ReportWord.SectionOrItem))
            .AddColumn(new TableColumn(W(ReportWord.Completion)).RightAligned())
            .AddColumn(new TableColumn(W(ReportWord.ExpectedProgress)).RightAligned())
            .AddColumn(new TableColumn(W(ReportWord.Status)) { Width = StatusWidth(console, language) });
        foreach (var section in report.Whole.Sections)
        {
            sections.AddRow(
                new Markup($"[bold]{section.Section.Numeral}[/]"),
                new Markup($"[bold]{Markup.Escape(SafeText.Clean(section.Section.Title))}[/]"),
                new SpectreText(Formats.Percent(section.Completion)),
                new SpectreText(Formats.Percent(section.ExpectedProgress)),
                section.Figure.IsMeasurable ? new Markup(StatusMarkup(section.Status, language)) : new SpectreText(W(ReportWord.NoMeasurableTarget)));
            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                sections.AddRow(
                    new SpectreText($"  {item.Item.Number}."),
                    new Padder(new SpectreText(SafeText.Clean(item.Item.Title)), new Padding(2, 0, 0, 0)),
                    new SpectreText(Formats.Percent(item.Completion)),
                    new SpectreText(Formats.Percent(item.ExpectedProgress)),
                    new Markup(StatusMarkup(item.Status, language)));
            }
        }

        console.Write(sections);
        console.WriteLine();

        var lacking = Math.Max(0, CliContext.PlainWidth - console.Profile.Width);
        var targetWidth = Math.Max(NarrowestTarget, TargetWidth - (lacking * TargetWidth / (TargetWidth + BehindWidth)));
        var behindWidth = Math.Max(NarrowestBehind, BehindWidth - (lacking * BehindWidth / (TargetWidth + BehindWidth)));
        var behindWord = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? ReportWord.SchoolsBehind : ReportWord.CountiesBehind;
        var targets = new Table().Title(W(ReportWord.Targets)).Border(TableBorder.Rounded)
            .AddColumn(W(ReportWord.TargetId))
            .AddColumn(new TableColumn(W(ReportWord.Target)) { Width = targetWidth, NoWrap = true })
            .AddColumn(new TableColumn(W(ReportWord.AchievedOfRequired)).RightAligned())
            .AddColumn(new TableColumn(W(ReportWord.Completion)).RightAligned())
            .AddColumn(W(ReportWord.Status))
            .AddColumn(new TableColumn(W(behindWord)) { Width = behindWidth, NoWrap = true });
        var separator = language.Pick("、", ", ");
        foreach (var target in report.Targets)
        {
            var behind = target.Behind.Select(u => SafeText.Clean(u.Name)).ToList();
            // "（修订）" follows the figure; " (revised)" takes a line of its own under it rather than being broken off it.
            var mark = Formats.RevisedMark(target.Revised, language);
            var revised = mark.Length == 0 ? string.Empty : language.Pick(mark, "\n" + mark.TrimStart());
            targets.AddRow(
                new SpectreText(target.Target.Id.ToString()),
                new SpectreText(string.Join('\n', LineBreaker.Wrap(SafeText.Clean(Formats.TargetText(target.Target)), targetWidth))),
                new SpectreText(Formats.AchievedOfRequired(target.Whole, language, target) + revised),
                new SpectreText(Formats.Percent(target.Whole.Completion)),
                new Markup(StatusMarkup(target.Whole.Status, language)),
                new SpectreText(behind.Count == 0 ? string.Join('\n', LineBreaker.Wrap(Formats.NoneBehind(target, language), behindWidth)) : string.Join('\n', LineBreaker.WrapList(behind, separator, behindWidth))));
        }

        console.Write(targets);
    }

    /// <summary>
    /// On a console narrower than <see cref="CliContext.PlainWidth"/>, the sections table's status column as wide as
    /// its longest status ("no measurable target" wraps), so that the titles keep the room; null (as wide as its
    /// cells) otherwise.
    /// </summary>
    private static int? StatusWidth(IAnsiConsole console, Language language)
        => console.Profile.Width >= CliContext.PlainWidth ? null : Enum.GetValues<EvaluationStatus>().Max(s => LineBreaker.Cells(Formats.Status(s, language)));

    public static string StatusMarkup(EvaluationStatus? status, Language language)
        => status is { } s ? $"[{Formats.Colour(s)}]{Markup.Escape(Formats.Status(s, language))}[/]" : "—";
}

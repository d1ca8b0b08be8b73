using Spectre.Console;
using Zhuzhou.Education.Domain.Cli.Model;
using Zhuzhou.Education.Domain.Evaluation;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>The report as tables on a console: plan, sections and items, targets with the org units behind.</summary>
internal static class TableRenderer
{
    public static void Render(ReportView report, IAnsiConsole console)
    {
        var byLabel = report.Units.FirstOrDefault()?.Level == OrgUnits.OrgUnitLevel.School ? "Schools" : "Counties";
        console.MarkupLine($"[bold]{Markup.Escape(report.PlanTitle)}[/] — as of {Formats.Date(report.AsOf)}");
        console.MarkupLine(
            $"Plan completion [bold]{Formats.Percent(report.Plan.Completion)}[/], expected (序时进度) {Formats.Percent(report.Plan.Expected)}, "
            + $"status {StatusMarkup(report.Plan.Status)}");
        console.MarkupLine(
            $"Targets achieved {report.TargetsAchieved} of {report.TargetsMeasured} ({Formats.Percent(report.Rate)}); "
            + $"monthly reports received {report.Reporting.Received} of {report.Reporting.Expected} ({Formats.Percent(report.Reporting.Rate)})");
        console.WriteLine();

        var sections = new Table().Title("Sections and items").Border(TableBorder.Rounded)
            .AddColumn("No.")
            .AddColumn("Section / item")
            .AddColumn(new TableColumn("Completion").RightAligned())
            .AddColumn(new TableColumn("Expected").RightAligned())
            .AddColumn("Status");
        foreach (var section in report.Sections)
        {
            sections.AddRow(
                new Markup($"[bold]{section.Numeral}[/]"),
                new Markup($"[bold]{Markup.Escape(section.Title)}[/]"),
                new Spectre.Console.Text(section.Figure is { } f ? Formats.Percent(f.Completion) : "—"),
                new Spectre.Console.Text(section.Figure is { } g ? Formats.Percent(g.Expected) : "—"),
                section.Figure is { } h ? new Markup(StatusMarkup(h.Status)) : new Spectre.Console.Text("no measurable target"));
            foreach (var item in section.Items)
            {
                sections.AddRow(
                    new Spectre.Console.Text($"  {item.Number}."),
                    new Spectre.Console.Text("  " + item.Title),
                    new Spectre.Console.Text(Formats.Percent(item.Figure.Completion)),
                    new Spectre.Console.Text(Formats.Percent(item.Figure.Expected)),
                    new Markup(StatusMarkup(item.Figure.Status)));
            }
        }

        console.Write(sections);
        console.WriteLine();

        var targets = new Table().Title("Targets").Border(TableBorder.Rounded)
            .AddColumn("Id")
            .AddColumn("Target")
            .AddColumn(new TableColumn("Achieved / required").RightAligned())
            .AddColumn(new TableColumn("Completion").RightAligned())
            .AddColumn("Status")
            .AddColumn($"{byLabel} behind");
        foreach (var target in report.Targets)
        {
            var behind = target.Behind.Select(u => u.Unit.Name).ToList();
            targets.AddRow(
                new Spectre.Console.Text(target.Id),
                new Spectre.Console.Text(target.Text),
                new Spectre.Console.Text(Formats.AchievedOfRequired(target)),
                new Spectre.Console.Text(Formats.Percent(target.Figure.Completion)),
                new Markup(StatusMarkup(target.Figure.Status)),
                new Spectre.Console.Text(behind.Count == 0 ? "—" : string.Join("、", behind)));
        }

        console.Write(targets);
    }

    public static string StatusMarkup(EvaluationStatus status)
        => $"[{Formats.Colour(status)}]{Formats.Status(status)}[/]";
}

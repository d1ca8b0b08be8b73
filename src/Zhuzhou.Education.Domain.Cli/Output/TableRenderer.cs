using Spectre.Console;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>The report as tables on a console: plan, sections and items, targets with the org units behind.</summary>
internal static class TableRenderer
{
    public static void Render(PlanReport report, IAnsiConsole console)
    {
        var plan = report.Whole.Figure;
        var byLabel = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? "Schools" : "Counties";
        var knownOn = report.KnownOn is { } k ? $", as known on {Formats.Date(k)}" : string.Empty;
        console.MarkupLine($"[bold]{Markup.Escape(report.Plan.Title)}[/] — as of {Formats.Date(report.AsOf)}{knownOn}");
        console.MarkupLine(
            $"Plan completion [bold]{Formats.Percent(plan.Completion)}[/], expected (序时进度) {Formats.Percent(plan.ExpectedProgress)}, "
            + $"status {StatusMarkup(plan.Status)}");
        console.MarkupLine(
            $"Targets achieved {plan.Counts.Complete} of {plan.Counts.Total} ({Formats.Percent(plan.Counts.AchievedRate)}); "
            + $"monthly reports received {report.ReportsReceived} of {report.ReportsExpected} ({Formats.Percent(report.ReportingRate)})");
        console.WriteLine();

        var sections = new Table().Title("Sections and items").Border(TableBorder.Rounded)
            .AddColumn("No.")
            .AddColumn("Section / item")
            .AddColumn(new TableColumn("Completion").RightAligned())
            .AddColumn(new TableColumn("Expected").RightAligned())
            .AddColumn("Status");
        foreach (var section in report.Whole.Sections)
        {
            sections.AddRow(
                new Markup($"[bold]{section.Section.Numeral}[/]"),
                new Markup($"[bold]{Markup.Escape(section.Section.Title)}[/]"),
                new Spectre.Console.Text(Formats.Percent(section.Completion)),
                new Spectre.Console.Text(Formats.Percent(section.ExpectedProgress)),
                section.Figure.IsMeasurable ? new Markup(StatusMarkup(section.Status)) : new Spectre.Console.Text("no measurable target"));
            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                sections.AddRow(
                    new Spectre.Console.Text($"  {item.Item.Number}."),
                    new Spectre.Console.Text("  " + item.Item.Title),
                    new Spectre.Console.Text(Formats.Percent(item.Completion)),
                    new Spectre.Console.Text(Formats.Percent(item.ExpectedProgress)),
                    new Markup(StatusMarkup(item.Status)));
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
            var behind = target.Behind.Select(u => u.Name).ToList();
            var owedBy = !target.ByOrgUnit.IsEmpty && target.NotAssigned.Length == target.ByOrgUnit.Length ? "not assigned (未分解)" : "—";
            var revised = target.Revised.IsEmpty ? string.Empty : " (revised 修订)";
            targets.AddRow(
                new Spectre.Console.Text(target.Target.Id.ToString()),
                new Spectre.Console.Text(Formats.TargetText(target.Target)),
                new Spectre.Console.Text(Formats.AchievedOfRequired(target.Whole) + revised),
                new Spectre.Console.Text(Formats.Percent(target.Whole.Completion)),
                new Markup(StatusMarkup(target.Whole.Status)),
                new Spectre.Console.Text(behind.Count == 0 ? owedBy : string.Join("、", behind)));
        }

        console.Write(targets);
    }

    public static string StatusMarkup(EvaluationStatus? status)
        => status is { } s ? $"[{Formats.Colour(s)}]{Formats.Status(s)}[/]" : "—";
}

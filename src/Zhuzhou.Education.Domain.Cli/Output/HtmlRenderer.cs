using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as one self-contained HTML page (no script, no external resource) in the chosen language: the plan's
/// figures, a bar per section (every section, with or without a measurable target) and item, the completion-over-time
/// chart (<see cref="HtmlChart"/>), an org unit × target heat map and the targets with the units behind.
/// </summary>
/// <remarks>
/// Readable on a phone (360 px: bars stack, wide tables scroll in their own box) and a 1280 px screen; printed on A4
/// (通报 are printed) with a page break before each later part, no chart clipped and no row split. Built as an XML
/// tree, so the page is well-formed XHTML as well as HTML; the parts with a row or column per unit are made as they are written
/// (<see cref="HtmlStream"/>), so a page by school is never held whole.
/// </remarks>
internal static class HtmlRenderer
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    public static void Render(PlanReport report, TextWriter writer, Language language)
    {
        string W(ReportWord word) => Formats.Word(word, language);
        var plan = report.Whole.Figure;
        var period = report.Plan.Period is { } p
            ? CliText.Period(language, Figures.Date(p.Start, language), Figures.Date(p.End, language))
            : CliText.NoPeriodShown(language);
        var byWord = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? ReportWord.Schools : ReportWord.Counties;
        var body = new XElement(X + "body",
            new XElement(X + "header",
                new XElement(X + "h1", report.Plan.Title + language.Pick("完成情况", " — progress report")),
                new XElement(X + "p", new XAttribute("class", "sub"),
                    $"{language.Pick("截至", "As of ")}{Figures.Date(report.AsOf, language)} · {W(ReportWord.PlanPeriod)}{language.Pick(string.Empty, " ")}{period}")),
            new XElement(X + "section", new XAttribute("class", "overview"),
                new XElement(X + "div", new XAttribute("class", "kpis"),
                    Kpi(Formats.Percent(plan.Completion), W(ReportWord.PlanCompletion), null),
                    Kpi(Formats.Percent(plan.ExpectedProgress), W(ReportWord.ExpectedProgress), null),
                    Kpi(plan.Status is { } s ? Formats.Status(s, language) : "—", W(ReportWord.Status), plan.Status),
                    Kpi($"{plan.Counts.Complete} / {plan.Counts.Total}", $"{W(ReportWord.TargetsAchieved)} ({Formats.Percent(plan.Counts.AchievedRate)})", null),
                    report.ReportsExpected == 0
                        ? Kpi("—", CliText.NoReportDue(language), null)
                        : Kpi($"{CliText.N(language, report.ReportsReceived)} / {CliText.N(language, report.ReportsExpected)}", $"{W(ReportWord.ReportsReceived)} ({Formats.Percent(report.ReportingRate)})", null))),
            new XElement(X + "section", new XAttribute("class", "sections"),
                new XElement(X + "h2", W(ReportWord.SectionsAndItems)),
                Legend(language),
                Bars(report, language)),
            new XElement(X + "section", new XAttribute("class", "page trend"),
                new XElement(X + "h2", W(ReportWord.CompletionOverTime)),
                HtmlChart.Render(report, language),
                new XElement(X + "p", new XAttribute("class", "note"), language.Pick(
                    "蓝线为全市计划完成率（每月末及截止日），虚线为序时进度。",
                    "The blue line is the plan's completion city-wide (each month end and the as-of date); the dashed line is the expected progress."))),
            new XElement(X + "section", new XAttribute("class", "page heat"),
                new XElement(X + "h2", language.Pick($"各{W(byWord)}指标完成率", $"{W(byWord)} × targets: completion")),
                new XElement(X + "div", new XAttribute("class", "scroll"), Heat(report, language)),
                new XElement(X + "p", new XAttribute("class", "note"), language.Pick(
                    "单元格为各单位对所分担份额的完成率；加框者为滞后或逾期；“—”为无报送。",
                    "Each cell is the unit's completion of its share of the target; outlined cells are behind schedule or overdue; — means no report."))),
            new XElement(X + "section", new XAttribute("class", "page targets"),
                new XElement(X + "h2", W(ReportWord.Targets)),
                new XElement(X + "div", new XAttribute("class", "scroll"), Targets(report, language))));

        var html = new XElement(X + "html", new XAttribute("lang", language.Pick("zh-CN", "en")),
            new XElement(X + "head",
                new XElement(X + "meta", new XAttribute("charset", "utf-8")),
                new XElement(X + "meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement(X + "title", $"{report.Plan.Title} — {Formats.Date(report.AsOf)}"),
                new XElement(X + "style", HtmlStyle.Css)),
            body);

        writer.Write("<!DOCTYPE html>\n");
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n", CloseOutput = false });
        HtmlStream.Write(xml, html);
        xml.Flush();
        writer.Write('\n');
    }

    private static XElement Kpi(string value, string label, EvaluationStatus? status)
        => new(X + "div", new XAttribute("class", "kpi"),
            status is { } s
                ? new XElement(X + "div", new XAttribute("class", "v"), new XAttribute("style", $"color: {Formats.Html(s)}"), value)
                : new XElement(X + "div", new XAttribute("class", "v"), value),
            new XElement(X + "div", new XAttribute("class", "l"), label));

    private static XElement Legend(Language language)
        => new(X + "div", new XAttribute("class", "legend"),
            Enum.GetValues<EvaluationStatus>().Select(s => new XElement(X + "span", Pill(s, language))),
            new XElement(X + "span", language.Pick("▮ 黑色竖线为序时进度", "▮ the black mark is the expected progress")));

    private static XElement Pill(EvaluationStatus status, Language language)
        => new(X + "span", new XAttribute("class", "pill"), new XAttribute("style", $"background: {Formats.Html(status)}"), Formats.Status(status, language));

    private static XElement Bars(PlanReport report, Language language)
    {
        var bars = new XElement(X + "div", new XAttribute("class", "bars"));
        bars.Add(Bar("plan", Formats.Word(ReportWord.CityWide, language), report.Whole.Figure, language));
        foreach (var section in report.Whole.Sections)
        {
            bars.Add(Bar("section", $"{section.Section.Numeral}、{section.Section.Title}", section.Figure, language));
            if (section.Section.Commitments.Length > 0)
            {
                bars.Add(OwnCommitments(section.Section, language));
            }

            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                bars.Add(Bar("item", $"{item.Item.Number}. {item.Item.Title}", item.Figure, language));
            }
        }

        return bars;
    }

    // What a section states outside its items (Section.Commitments) is shown under its bar, not evaluated.
    private static XElement OwnCommitments(Plans.Section section, Language language)
        => new(X + "div", new XAttribute("class", "own"),
            new XElement(X + "p", language.Pick("本部分另有工作（不计入完成率）：", "The section's own commitments (not evaluated):")),
            new XElement(X + "ul", section.Commitments.Select(c => new XElement(X + "li", c.Text))));

    // A figure without a measurable target (section 一) keeps its row, saying so, with no bar.
    private static XElement Bar(string kind, string label, RollUpFigure figure, Language language)
    {
        var row = new XElement(X + "div", new XAttribute("class", "bar " + kind), new XElement(X + "div", new XAttribute("class", "label"), label));
        if (!figure.IsMeasurable)
        {
            row.Add(new XElement(X + "div", new XAttribute("class", "none"), Formats.Word(ReportWord.NoMeasurableTarget, language)));
            return row;
        }

        row.Add(
            new XElement(X + "div", new XAttribute("class", "track"),
                new XElement(X + "div", new XAttribute("class", "fill"), new XAttribute("style", $"width: {Css(figure.Completion!.Value)}%; background: {Formats.Html(figure.Status!.Value)}")),
                new XElement(X + "div", new XAttribute("class", "mark"), new XAttribute("style", $"left: {Css(figure.ExpectedProgress!.Value)}%"))),
            new XElement(X + "div", new XAttribute("class", "num"), Formats.Percent(figure.Completion)),
            new XElement(X + "div", new XAttribute("class", "st"), Pill(figure.Status!.Value, language)));
        return row;
    }

    // One column per unit of the breakdown and one row per target, each row's cells evaluated as they are written:
    // a page by school is not held whole (HtmlStream).
    private static XElement Heat(PlanReport report, Language language)
        => HtmlStream.Streamed(new XElement(X + "table", new XAttribute("class", "heat")), () =>
        [
            // Columns by class, so that a printed page (fixed layout) gives the targets' names a third of its width.
            HtmlStream.Streamed(new XElement(X + "colgroup"), () => report.Breakdown.Select(_ => new XElement(X + "col", new XAttribute("class", "u"))).Prepend(new XElement(X + "col", new XAttribute("class", "t")))),
            new XElement(X + "thead", HtmlStream.Streamed(new XElement(X + "tr"), () => report.Breakdown
                .Select(u => new XElement(X + "th", new XAttribute("class", "u"), u.Name))
                .Prepend(new XElement(X + "th", Formats.Word(ReportWord.Target, language))))),
            HtmlStream.Streamed(new XElement(X + "tbody"), () => report.Targets.Select(target => HtmlStream.Streamed(new XElement(X + "tr"), () => HeatRow(report, target, language)))),
        ]);

    private static IEnumerable<XElement> HeatRow(PlanReport report, TargetReport target, Language language)
    {
        yield return new XElement(X + "th", new XAttribute("class", "t"), $"{target.Target.Id} {Formats.TargetText(target.Target)}");
        using var figures = target.EnumerateByOrgUnit().GetEnumerator();
        foreach (var unit in report.Breakdown)
        {
            var result = figures.MoveNext() ? figures.Current : null;
            if (result is null || !result.Achievement.HasReports)
            {
                yield return new XElement(X + "td", new XAttribute("class", "v"), new XAttribute("style", "background: #f5f5f5; color: #999"), "—");
                continue;
            }

            if (!result.IsAssigned)
            {
                // The unit owes nothing of it: its contribution, not a completion (未分解).
                var value = Formats.Amount(result.Target, result.Value, language);
                var part = result.Contribution is { } c ? Formats.Percent(c) : null;
                yield return new XElement(X + "td", new XAttribute("class", "v"), new XAttribute("style", "background: #f5f5f5; color: #555"),
                    new XAttribute("title", CliText.NotAssignedTitle(language, unit.Name, target.Target.Id.ToString(), value, part)),
                    value);
                continue;
            }

            yield return new XElement(X + "td",
                new XAttribute("class", TargetReport.IsBehind(result) ? "v behind" : "v"),
                new XAttribute("style", $"background: {HeatColour(result.Completion)}"),
                new XAttribute("title", CliText.OwedTitle(language, unit.Name, target.Target.Id.ToString(), Formats.AchievedOfRequired(result, language), Formats.Status(result.Status, language))),
                Formats.Percent(result.Completion));
        }
    }

    private static XElement Targets(PlanReport report, Language language)
    {
        string W(ReportWord word) => Formats.Word(word, language);
        var behindWord = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? ReportWord.SchoolsBehind : ReportWord.CountiesBehind;
        var table = new XElement(X + "table", new XAttribute("class", "list"),
            new XElement(X + "thead", new XElement(X + "tr",
                new XElement(X + "th", W(ReportWord.TargetId)),
                new XElement(X + "th", W(ReportWord.Target)),
                new XElement(X + "th", new XAttribute("class", "n"), W(ReportWord.AchievedOfRequired)),
                new XElement(X + "th", new XAttribute("class", "n"), W(ReportWord.Completion)),
                new XElement(X + "th", W(ReportWord.Status)),
                new XElement(X + "th", W(behindWord)))));
        // Each cell names its column (data-label): on a phone the rows become cards and the labels show.
        XElement Cell(string? kind, ReportWord label, object content)
            => new(X + "td", kind is null ? null : new XAttribute("class", kind), new XAttribute("data-label", W(label)), content);

        // A row at a time: the units behind are found for a target when its row is written.
        table.Add(HtmlStream.Streamed(new XElement(X + "tbody"), () => report.Targets.Select(target =>
            new XElement(X + "tr",
                Cell("id", ReportWord.TargetId, target.Target.Id.ToString()),
                Cell("t", ReportWord.Target, Formats.TargetText(target.Target)),
                Cell("n", ReportWord.AchievedOfRequired, Formats.AchievedOfRequired(target.Whole, language, target) + Formats.RevisedMark(target.Revised, language)),
                Cell("n", ReportWord.Completion, Formats.Percent(target.Whole.Completion)),
                Cell(null, ReportWord.Status, Pill(target.Whole.Status, language)),
                Cell(null, behindWord, target.Behind.IsEmpty ? Formats.NoneBehind(target, language) : Names(target.Behind.Select(u => u.Name).ToList(), language))))));
        return table;
    }

    /// <summary>Names that a line never breaks inside: each in an unbreakable span, with its 、 (no line starts with 、), or followed by ", ".</summary>
    private static IEnumerable<object> Names(List<string> names, Language language)
        => names.SelectMany((n, i) => i == names.Count - 1 ? [new XElement(X + "span", new XAttribute("class", "nm"), n)]
            : language == Language.Chinese ? new object[] { new XElement(X + "span", new XAttribute("class", "nm"), n + "、") }
            : [new XElement(X + "span", new XAttribute("class", "nm"), n), ", "]);

    /// <summary>From red (0) through yellow to green (1), light enough for dark text.</summary>
    private static string HeatColour(decimal completion)
    {
        var c = (double)Math.Clamp(completion, 0m, 1m);
        var hue = 120 * c;
        return string.Create(CultureInfo.InvariantCulture, $"hsl({hue:0}, 70%, 72%)");
    }

    private static string Css(decimal fraction) => (Math.Clamp(fraction, 0m, 1m) * 100).ToString("0.##", CultureInfo.InvariantCulture);
}

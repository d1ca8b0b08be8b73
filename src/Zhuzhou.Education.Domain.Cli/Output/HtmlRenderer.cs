using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as one self-contained HTML page (no script, no external resource): bars per section and item, a
/// completion-over-time chart in inline SVG with the expected-progress line, and an org unit × target heat map.
/// </summary>
/// <remarks>Built as an XML tree, so the page is well-formed XHTML as well as HTML.</remarks>
internal static class HtmlRenderer
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> VoidElements = ["meta", "br", "hr", "img", "link", "col"];

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px 32px; color: #222; background: #fafafa; }
        h1 { font-size: 22px; margin: 0 0 4px 0; }
        h2 { font-size: 17px; margin: 28px 0 8px 0; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        .sub { color: #666; margin-bottom: 16px; }
        .kpis { display: flex; gap: 16px; }
        .kpi { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: 10px 16px; min-width: 150px; }
        .kpi .v { font-size: 26px; font-weight: bold; }
        .kpi .l { color: #666; font-size: 12px; }
        .bars { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: 8px 12px; }
        .bar { display: grid; grid-template-columns: 330px 1fr 70px 90px; align-items: center; gap: 8px; margin: 3px 0; font-size: 13px; }
        .bar.section { font-weight: bold; margin-top: 10px; }
        .bar.item .label { padding-left: 18px; }
        .track { position: relative; height: 14px; background: #eee; border-radius: 3px; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
        .mark { position: absolute; top: -3px; bottom: -3px; width: 2px; background: #333; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .pill { display: inline-block; color: #fff; border-radius: 9px; padding: 1px 8px; font-size: 11px; }
        table.heat { border-collapse: collapse; font-size: 12px; background: #fff; }
        table.heat th, table.heat td { border: 1px solid #ddd; padding: 4px 6px; }
        table.heat td.v { text-align: center; min-width: 52px; font-variant-numeric: tabular-nums; }
        table.heat td.behind { outline: 2px solid #c62828; outline-offset: -2px; font-weight: bold; }
        table.heat th.t { text-align: left; font-weight: normal; max-width: 300px; }
        .legend span { margin-right: 12px; font-size: 12px; }
        .note { color: #666; font-size: 12px; margin-top: 6px; }
        """;

    public static void Render(PlanReport report, TextWriter writer)
    {
        var byLabel = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? "学校 schools" : "县市区 counties";
        var plan = report.Whole.Figure;
        var body = new XElement(X + "body",
            new XElement(X + "h1", report.Plan.Title + " — 完成情况"),
            new XElement(X + "div", new XAttribute("class", "sub"),
                $"As of {Formats.Date(report.AsOf)} · plan period {Formats.Date(report.Plan.Period!.Start)} to {Formats.Date(report.Plan.Period.End)}"),
            new XElement(X + "div", new XAttribute("class", "kpis"),
                Kpi(Formats.Percent(plan.Completion), "plan completion 完成率", null),
                Kpi(Formats.Percent(plan.ExpectedProgress), "expected progress 序时进度", null),
                Kpi(plan.Status is { } s ? Formats.Status(s) : "—", "status 状态", plan.Status),
                Kpi($"{plan.Counts.Complete} / {plan.Counts.Total}", $"targets achieved ({Formats.Percent(plan.Counts.AchievedRate)})", null),
                Kpi(Formats.Percent(report.ReportingRate), $"reports received ({report.ReportsReceived} of {report.ReportsExpected})", null)),
            new XElement(X + "h2", "Sections and items 各部分完成率"),
            Legend(),
            Bars(report),
            new XElement(X + "h2", "Completion over time 完成率走势"),
            Chart(report),
            new XElement(X + "h2", $"Heat map: {byLabel} × targets 指标完成率"),
            Heat(report),
            new XElement(X + "p", new XAttribute("class", "note"),
                "Cells show each unit's completion of its share of the target; outlined cells are behind schedule (滞后) or overdue; — means no report."));

        var html = new XElement(X + "html", new XAttribute("lang", "zh-CN"),
            new XElement(X + "head",
                new XElement(X + "meta", new XAttribute("charset", "utf-8")),
                new XElement(X + "title", $"{report.Plan.Title} — {Formats.Date(report.AsOf)}"),
                new XElement(X + "style", Style)),
            body);

        foreach (var element in html.DescendantsAndSelf().Where(e => e.Name.Namespace == X && e.IsEmpty && !VoidElements.Contains(e.Name.LocalName)))
        {
            element.Value = string.Empty;
        }

        writer.Write("<!DOCTYPE html>\n");
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n", CloseOutput = false });
        html.WriteTo(xml);
        xml.Flush();
        writer.Write('\n');
    }

    private static XElement Kpi(string value, string label, EvaluationStatus? status)
        => new(X + "div", new XAttribute("class", "kpi"),
            status is { } s
                ? new XElement(X + "div", new XAttribute("class", "v"), new XAttribute("style", $"color: {Formats.Html(s)}"), value)
                : new XElement(X + "div", new XAttribute("class", "v"), value),
            new XElement(X + "div", new XAttribute("class", "l"), label));

    private static XElement Legend()
        => new(X + "div", new XAttribute("class", "legend"),
            Enum.GetValues<EvaluationStatus>().Select(s => new XElement(X + "span", Pill(s), " " + Formats.StatusChinese(s))),
            new XElement(X + "span", "▮ black mark = expected progress 序时进度"));

    private static XElement Pill(EvaluationStatus status)
        => new(X + "span", new XAttribute("class", "pill"), new XAttribute("style", $"background: {Formats.Html(status)}"), Formats.Status(status));

    private static XElement Bars(PlanReport report)
    {
        var bars = new XElement(X + "div", new XAttribute("class", "bars"));
        if (report.Whole.Figure.IsMeasurable)
        {
            bars.Add(Bar("section", "计划 Plan", report.Whole.Figure));
        }

        foreach (var section in report.Whole.Sections.Where(s => s.Figure.IsMeasurable))
        {
            bars.Add(Bar("section", $"{section.Section.Numeral}、{section.Section.Title}", section.Figure));
            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                bars.Add(Bar("item", $"{item.Item.Number}. {item.Item.Title}", item.Figure));
            }
        }

        return bars;
    }

    // Only measurable figures get a bar: completion, expected progress and status are all there.
    private static XElement Bar(string kind, string label, RollUpFigure figure)
        => new(X + "div", new XAttribute("class", "bar " + kind),
            new XElement(X + "div", new XAttribute("class", "label"), label),
            new XElement(X + "div", new XAttribute("class", "track"),
                new XElement(X + "div", new XAttribute("class", "fill"), new XAttribute("style", $"width: {Css(figure.Completion!.Value)}%; background: {Formats.Html(figure.Status!.Value)}")),
                new XElement(X + "div", new XAttribute("class", "mark"), new XAttribute("style", $"left: {Css(figure.ExpectedProgress!.Value)}%"), new XAttribute("title", "expected " + Formats.Percent(figure.ExpectedProgress)))),
            new XElement(X + "div", new XAttribute("class", "num"), Formats.Percent(figure.Completion)),
            new XElement(X + "div", Pill(figure.Status!.Value)));

    private static XElement Chart(PlanReport report)
    {
        const double width = 760, height = 300, left = 50, right = 20, top = 16, bottom = 40;
        var start = report.Plan.Period!.Start; // a report is built only for a plan with a period
        var days = (double)report.Plan.Period.Length;
        double X0(NodaTime.LocalDate d) => left + ((width - left - right) * NodaTime.Period.DaysBetween(start, d) / days);
        double Y0(decimal v) => top + ((height - top - bottom) * (1 - (double)v));
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height), new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", "completion over time"),
            new XElement(Svg + "rect", new XAttribute("x", 0), new XAttribute("y", 0), new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", "#fff"), new XAttribute("stroke", "#e0e0e0")));
        for (var p = 0; p <= 100; p += 25)
        {
            var y = Y0(p / 100m);
            svg.Add(new XElement(Svg + "line", Attr("x1", left), Attr("x2", width - right), Attr("y1", y), Attr("y2", y), new XAttribute("stroke", "#eee")));
            svg.Add(new XElement(Svg + "text", Attr("x", left - 6), Attr("y", y + 4), new XAttribute("text-anchor", "end"), new XAttribute("font-size", 11), new XAttribute("fill", "#666"), $"{p}%"));
        }

        for (var month = 1; month <= 12; month++)
        {
            var date = new NodaTime.LocalDate(start.Year, month, 1);
            if (date > report.Plan.Period.End)
            {
                break;
            }

            var x = X0(date);
            svg.Add(new XElement(Svg + "line", Attr("x1", x), Attr("x2", x), Attr("y1", height - bottom), Attr("y2", height - bottom + 4), new XAttribute("stroke", "#999")));
            svg.Add(new XElement(Svg + "text", Attr("x", x + 2), Attr("y", height - bottom + 16), new XAttribute("font-size", 11), new XAttribute("fill", "#666"), $"{month}月"));
        }

        // Expected progress (序时进度): the schedule's line through the year, dashed. A plan with nothing measurable has no line.
        var series = report.Series.Where(p => p.Plan.IsMeasurable).ToList();
        if (series.Count == 0)
        {
            return new XElement(X + "div", svg);
        }

        var expected = new List<(double, double)> { (X0(start), Y0(0)) };
        expected.AddRange(series.Select(p => (X0(p.Date), Y0(p.Plan.ExpectedProgress!.Value))));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(expected)), new XAttribute("fill", "none"), new XAttribute("stroke", "#555"), new XAttribute("stroke-width", 2), new XAttribute("stroke-dasharray", "6 4")));
        var actual = series.Select(p => (X0(p.Date), Y0(p.Plan.Completion!.Value))).ToList();
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(actual)), new XAttribute("fill", "none"), new XAttribute("stroke", "#1e88e5"), new XAttribute("stroke-width", 3)));
        foreach (var point in series)
        {
            svg.Add(new XElement(Svg + "circle", Attr("cx", X0(point.Date)), Attr("cy", Y0(point.Plan.Completion!.Value)), new XAttribute("r", 4), new XAttribute("fill", "#1e88e5"),
                new XElement(Svg + "title", $"{Formats.Date(point.Date)}: {Formats.Percent(point.Plan.Completion)} (expected {Formats.Percent(point.Plan.ExpectedProgress)})")));
        }

        // Label both lines at the as-of date, the higher one above the lower, at least a line of text apart.
        var last = series[^1];
        var (completion, expectedProgress) = (last.Plan.Completion!.Value, last.Plan.ExpectedProgress!.Value);
        var (yCompletion, yExpected) = (Y0(completion), Y0(expectedProgress));
        if (Math.Abs(yCompletion - yExpected) < 16)
        {
            var middle = (yCompletion + yExpected) / 2;
            (yCompletion, yExpected) = completion >= expectedProgress ? (middle - 8, middle + 8) : (middle + 8, middle - 8);
        }

        svg.Add(new XElement(Svg + "text", Attr("x", X0(last.Date) + 10), Attr("y", yCompletion + 4), new XAttribute("font-size", 12), new XAttribute("fill", "#1e88e5"), $"完成率 {Formats.Percent(completion)}"));
        svg.Add(new XElement(Svg + "text", Attr("x", X0(last.Date) + 10), Attr("y", yExpected + 4), new XAttribute("font-size", 12), new XAttribute("fill", "#555"), $"序时进度 {Formats.Percent(expectedProgress)}"));
        svg.Add(new XElement(Svg + "line", Attr("x1", X0(report.AsOf)), Attr("x2", X0(report.AsOf)), Attr("y1", top), Attr("y2", height - bottom), new XAttribute("stroke", "#bbb"), new XAttribute("stroke-dasharray", "2 3")));
        return new XElement(X + "div", svg);
    }

    private static XElement Heat(PlanReport report)
    {
        var table = new XElement(X + "table", new XAttribute("class", "heat"));
        table.Add(new XElement(X + "tr",
            new XElement(X + "th", "指标 target"),
            report.OrgUnits.Select(u => new XElement(X + "th", u.OrgUnit.Name))));
        foreach (var target in report.Targets)
        {
            var row = new XElement(X + "tr", new XElement(X + "th", new XAttribute("class", "t"), $"{target.Target.Id} {Formats.TargetText(target.Target)}"));
            for (var i = 0; i < report.OrgUnits.Length; i++)
            {
                var unit = report.OrgUnits[i].OrgUnit;
                if (target.ByOrgUnit.IsEmpty || !target.ByOrgUnit[i].Achievement.HasReports)
                {
                    row.Add(new XElement(X + "td", new XAttribute("class", "v"), new XAttribute("style", "background: #f5f5f5; color: #999"), "—"));
                    continue;
                }

                var result = target.ByOrgUnit[i];
                if (!result.IsAssigned)
                {
                    // The unit owes nothing of it: its contribution, not a completion (未分解).
                    var part = result.Contribution is { } c ? $", {Formats.Percent(c)} of the whole" : string.Empty;
                    row.Add(new XElement(X + "td", new XAttribute("class", "v"), new XAttribute("style", "background: #f5f5f5; color: #777"),
                        new XAttribute("title", $"{unit.Name} {target.Target.Id}: not assigned (未分解); reported {Formats.Number(result.Value)}{part}"),
                        Formats.Number(result.Value)));
                    continue;
                }

                row.Add(new XElement(X + "td",
                    new XAttribute("class", target.Behind.Contains(unit) ? "v behind" : "v"),
                    new XAttribute("style", $"background: {HeatColour(result.Completion)}"),
                    new XAttribute("title", $"{unit.Name} {target.Target.Id}: {Formats.Number(result.Achieved)} of {Formats.Number(result.Required)} — {Formats.Status(result.Status)}"),
                    Formats.Percent(result.Completion)));
            }

            table.Add(row);
        }

        return table;
    }

    /// <summary>From red (0) through yellow to green (1), light enough for dark text.</summary>
    private static string HeatColour(decimal completion)
    {
        var c = (double)Math.Clamp(completion, 0m, 1m);
        var hue = 120 * c;
        return string.Create(CultureInfo.InvariantCulture, $"hsl({hue:0}, 70%, 72%)");
    }

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Css(decimal fraction) => (Math.Clamp(fraction, 0m, 1m) * 100).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Points(IEnumerable<(double X, double Y)> points)
        => string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.##},{p.Y:0.##}")));
}

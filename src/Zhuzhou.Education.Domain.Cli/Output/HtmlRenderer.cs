using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Zhuzhou.Education.Domain.Cli.Model;
using Zhuzhou.Education.Domain.Evaluation;

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

    public static void Render(ReportView report, TextWriter writer)
    {
        var byLabel = report.Units.FirstOrDefault()?.Level == OrgUnits.OrgUnitLevel.School ? "学校 schools" : "县市区 counties";
        var body = new XElement(X + "body",
            new XElement(X + "h1", report.PlanTitle + " — 完成情况"),
            new XElement(X + "div", new XAttribute("class", "sub"),
                $"As of {Formats.Date(report.AsOf)} · plan period {Formats.Date(report.Period.Start)} to {Formats.Date(report.Period.End)}"),
            new XElement(X + "div", new XAttribute("class", "kpis"),
                Kpi(Formats.Percent(report.Plan.Completion), "plan completion 完成率", null),
                Kpi(Formats.Percent(report.Plan.Expected), "expected progress 序时进度", null),
                Kpi(Formats.Status(report.Plan.Status), "status 状态", report.Plan.Status),
                Kpi($"{report.TargetsAchieved} / {report.TargetsMeasured}", $"targets achieved ({Formats.Percent(report.Rate)})", null),
                Kpi(Formats.Percent(report.Reporting.Rate), $"reports received ({report.Reporting.Received} of {report.Reporting.Expected})", null)),
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
                new XElement(X + "title", $"{report.PlanTitle} — {Formats.Date(report.AsOf)}"),
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

    private static XElement Bars(ReportView report)
    {
        var bars = new XElement(X + "div", new XAttribute("class", "bars"));
        bars.Add(Bar("section", "计划 Plan", report.Plan));
        foreach (var section in report.Sections.Where(s => s.Figure is not null))
        {
            bars.Add(Bar("section", $"{section.Numeral}、{section.Title}", section.Figure!));
            foreach (var item in section.Items)
            {
                bars.Add(Bar("item", $"{item.Number}. {item.Title}", item.Figure));
            }
        }

        return bars;
    }

    private static XElement Bar(string kind, string label, Figure figure)
        => new(X + "div", new XAttribute("class", "bar " + kind),
            new XElement(X + "div", new XAttribute("class", "label"), label),
            new XElement(X + "div", new XAttribute("class", "track"),
                new XElement(X + "div", new XAttribute("class", "fill"), new XAttribute("style", $"width: {Css(figure.Completion)}%; background: {Formats.Html(figure.Status)}")),
                new XElement(X + "div", new XAttribute("class", "mark"), new XAttribute("style", $"left: {Css(figure.Expected)}%"), new XAttribute("title", "expected " + Formats.Percent(figure.Expected)))),
            new XElement(X + "div", new XAttribute("class", "num"), Formats.Percent(figure.Completion)),
            new XElement(X + "div", Pill(figure.Status)));

    private static XElement Chart(ReportView report)
    {
        const double width = 760, height = 300, left = 50, right = 20, top = 16, bottom = 40;
        var start = report.Period.Start;
        var days = (double)report.Period.Length;
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
            if (date > report.Period.End)
            {
                break;
            }

            var x = X0(date);
            svg.Add(new XElement(Svg + "line", Attr("x1", x), Attr("x2", x), Attr("y1", height - bottom), Attr("y2", height - bottom + 4), new XAttribute("stroke", "#999")));
            svg.Add(new XElement(Svg + "text", Attr("x", x + 2), Attr("y", height - bottom + 16), new XAttribute("font-size", 11), new XAttribute("fill", "#666"), $"{month}月"));
        }

        // Expected progress (序时进度): the schedule's line through the year, dashed.
        var expected = new List<(double, double)> { (X0(start), Y0(0)) };
        expected.AddRange(report.Series.Select(p => (X0(p.Date), Y0(p.Expected))));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(expected)), new XAttribute("fill", "none"), new XAttribute("stroke", "#555"), new XAttribute("stroke-width", 2), new XAttribute("stroke-dasharray", "6 4")));
        var actual = report.Series.Select(p => (X0(p.Date), Y0(p.Completion))).ToList();
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(actual)), new XAttribute("fill", "none"), new XAttribute("stroke", "#1e88e5"), new XAttribute("stroke-width", 3)));
        foreach (var point in report.Series)
        {
            svg.Add(new XElement(Svg + "circle", Attr("cx", X0(point.Date)), Attr("cy", Y0(point.Completion)), new XAttribute("r", 4), new XAttribute("fill", "#1e88e5"),
                new XElement(Svg + "title", $"{Formats.Date(point.Date)}: {Formats.Percent(point.Completion)} (expected {Formats.Percent(point.Expected)})")));
        }

        // Label both lines at the as-of date, the higher one above the lower, at least a line of text apart.
        var last = report.Series[^1];
        var (yCompletion, yExpected) = (Y0(last.Completion), Y0(last.Expected));
        if (Math.Abs(yCompletion - yExpected) < 16)
        {
            var middle = (yCompletion + yExpected) / 2;
            (yCompletion, yExpected) = last.Completion >= last.Expected ? (middle - 8, middle + 8) : (middle + 8, middle - 8);
        }

        svg.Add(new XElement(Svg + "text", Attr("x", X0(last.Date) + 10), Attr("y", yCompletion + 4), new XAttribute("font-size", 12), new XAttribute("fill", "#1e88e5"), $"完成率 {Formats.Percent(last.Completion)}"));
        svg.Add(new XElement(Svg + "text", Attr("x", X0(last.Date) + 10), Attr("y", yExpected + 4), new XAttribute("font-size", 12), new XAttribute("fill", "#555"), $"序时进度 {Formats.Percent(last.Expected)}"));
        svg.Add(new XElement(Svg + "line", Attr("x1", X0(report.AsOf)), Attr("x2", X0(report.AsOf)), Attr("y1", top), Attr("y2", height - bottom), new XAttribute("stroke", "#bbb"), new XAttribute("stroke-dasharray", "2 3")));
        return new XElement(X + "div", svg);
    }

    private static XElement Heat(ReportView report)
    {
        var table = new XElement(X + "table", new XAttribute("class", "heat"));
        table.Add(new XElement(X + "tr",
            new XElement(X + "th", "指标 target"),
            report.Units.Select(u => new XElement(X + "th", u.Name))));
        foreach (var target in report.Targets)
        {
            var row = new XElement(X + "tr", new XElement(X + "th", new XAttribute("class", "t"), $"{target.Id} {target.Text}"));
            foreach (var unit in report.Units)
            {
                var result = target.ByUnit.FirstOrDefault(r => r.Unit.Code == unit.Code);
                if (result?.Achieved is null)
                {
                    row.Add(new XElement(X + "td", new XAttribute("class", "v"), new XAttribute("style", "background: #f5f5f5; color: #999"), "—"));
                    continue;
                }

                var behind = result.Figure.Status is EvaluationStatus.Behind or EvaluationStatus.Overdue;
                row.Add(new XElement(X + "td",
                    new XAttribute("class", behind ? "v behind" : "v"),
                    new XAttribute("style", $"background: {HeatColour(result.Figure.Completion)}"),
                    new XAttribute("title", $"{unit.Name} {target.Id}: {Formats.Number(result.Achieved.Value)} of {Formats.Number(result.Required)} — {Formats.Status(result.Figure.Status)}"),
                    Formats.Percent(result.Figure.Completion)));
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

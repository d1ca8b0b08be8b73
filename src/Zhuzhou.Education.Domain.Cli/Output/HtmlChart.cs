using System.Globalization;
using System.Xml.Linq;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Reporting;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The completion-over-time chart of the page: inline SVG that scales to its box (viewBox, width 100%), the plan's
/// completion at each month end against the dashed expected-progress line (序时进度).
/// </summary>
internal static class HtmlChart
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static XElement Render(PlanReport report, Language language)
    {
        const double width = 760, height = 300, left = 44, right = 118, top = 16, bottom = 40;
        var start = report.Plan.Period!.Start; // a report is built only for a plan with a period
        var days = (double)report.Plan.Period.Length;
        double X0(NodaTime.LocalDate d) => left + ((width - left - right) * NodaTime.Period.DaysBetween(start, d) / days);
        double Y0(decimal v) => top + ((height - top - bottom) * (1 - (double)v));
        var completionWord = Formats.Word(ReportWord.Completion, language);
        var expectedWord = Formats.Word(ReportWord.ExpectedProgress, language);
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {width} {height}"), new XAttribute("class", "chart"),
            new XAttribute("role", "img"), new XAttribute("aria-label", Formats.Word(ReportWord.CompletionOverTime, language)),
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
            svg.Add(new XElement(Svg + "text", Attr("x", x + 2), Attr("y", height - bottom + 16), new XAttribute("font-size", 11), new XAttribute("fill", "#666"),
                language.Pick($"{month}月", Months[month - 1])));
        }

        // Expected progress (序时进度): the schedule's line through the year, dashed. A plan with nothing measurable has no line.
        var series = report.Series.Where(p => p.Plan.IsMeasurable).ToList();
        if (series.Count == 0)
        {
            return new XElement(X + "div", new XAttribute("class", "chartbox"), svg);
        }

        var expected = new List<(double, double)> { (X0(start), Y0(0)) };
        expected.AddRange(series.Select(p => (X0(p.Date), Y0(p.Plan.ExpectedProgress!.Value))));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(expected)), new XAttribute("fill", "none"), new XAttribute("stroke", "#555"), new XAttribute("stroke-width", 2), new XAttribute("stroke-dasharray", "6 4")));
        var actual = series.Select(p => (X0(p.Date), Y0(p.Plan.Completion!.Value))).ToList();
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", Points(actual)), new XAttribute("fill", "none"), new XAttribute("stroke", "#1e88e5"), new XAttribute("stroke-width", 3)));
        foreach (var point in series)
        {
            svg.Add(new XElement(Svg + "circle", Attr("cx", X0(point.Date)), Attr("cy", Y0(point.Plan.Completion!.Value)), new XAttribute("r", 4), new XAttribute("fill", "#1e88e5"),
                new XElement(Svg + "title", $"{Formats.Date(point.Date)}: {completionWord} {Formats.Percent(point.Plan.Completion)}, {expectedWord} {Formats.Percent(point.Plan.ExpectedProgress)}")));
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

        // Late in the year the labels go left of the point, so that none runs off the chart.
        var (labelX, anchor) = X0(last.Date) > width - right - 20 ? (X0(last.Date) - 10, "end") : (X0(last.Date) + 10, "start");
        svg.Add(new XElement(Svg + "text", Attr("x", labelX), Attr("y", yCompletion + 4), new XAttribute("text-anchor", anchor), new XAttribute("font-size", 12), new XAttribute("fill", "#1e88e5"), $"{completionWord} {Formats.Percent(completion)}"));
        svg.Add(new XElement(Svg + "text", Attr("x", labelX), Attr("y", yExpected + 4), new XAttribute("text-anchor", anchor), new XAttribute("font-size", 12), new XAttribute("fill", "#555"), $"{expectedWord} {Formats.Percent(expectedProgress)}"));
        svg.Add(new XElement(Svg + "line", Attr("x1", X0(report.AsOf)), Attr("x2", X0(report.AsOf)), Attr("y1", top), Attr("y2", height - bottom), new XAttribute("stroke", "#bbb"), new XAttribute("stroke-dasharray", "2 3")));
        return new XElement(X + "div", new XAttribute("class", "chartbox"), svg);
    }

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Points(IEnumerable<(double X, double Y)> points)
        => string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.##},{p.Y:0.##}")));
}

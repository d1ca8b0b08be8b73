using System.Text.Encodings.Web;
using System.Text.Json;
using Zhuzhou.Education.Domain.Cli.Model;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>The report as JSON. STAND-IN for the library's evaluation-report writer (branch <c>json</c>).</summary>
internal static class JsonRenderer
{
    public static void Render(ReportView report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("plan", report.PlanTitle);
        json.WriteString("asOf", Formats.Date(report.AsOf));
        Figure(json, report.Plan);
        json.WriteNumber("targetsAchieved", report.TargetsAchieved);
        json.WriteNumber("targetsMeasured", report.TargetsMeasured);
        json.WriteNumber("rate", Math.Round(report.Rate, 6));
        json.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            json.WriteStartObject();
            json.WriteNumber("number", section.Number);
            json.WriteString("title", section.Title);
            if (section.Figure is { } f)
            {
                Figure(json, f);
            }

            json.WriteStartArray("items");
            foreach (var item in section.Items)
            {
                json.WriteStartObject();
                json.WriteNumber("number", item.Number);
                json.WriteString("title", item.Title);
                Figure(json, item.Figure);
                json.WriteStartArray("targets");
                foreach (var target in item.Targets)
                {
                    json.WriteStartObject();
                    json.WriteString("id", target.Id);
                    json.WriteString("text", target.Text);
                    json.WriteNumber("achieved", target.Achieved);
                    json.WriteNumber("required", target.Required);
                    Figure(json, target.Figure);
                    json.WriteStartArray("orgUnits");
                    foreach (var unit in target.ByUnit)
                    {
                        json.WriteStartObject();
                        json.WriteString("code", unit.Unit.Code.Value);
                        json.WriteString("name", unit.Unit.Name);
                        if (unit.Achieved is { } a)
                        {
                            json.WriteNumber("achieved", a);
                        }

                        Figure(json, unit.Figure);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, Figure figure)
    {
        json.WriteNumber("completion", Math.Round(figure.Completion, 6));
        json.WriteNumber("expected", Math.Round(figure.Expected, 6));
        json.WriteString("status", Formats.Status(figure.Status));
    }
}

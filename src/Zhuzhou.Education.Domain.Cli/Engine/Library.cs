using System.Text.Json;

using LocalDatePattern = NodaTime.Text.LocalDatePattern;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>
/// The one place the tool calls the library's parser and serializers. Where a branch has not landed yet the member
/// says STAND-IN and does the simplest honest thing.
/// </summary>
internal static class Library
{
    /// <summary>The built-in 2017 plan. STAND-IN: the hand-typed targets of <see cref="StandInPlan"/>.</summary>
    public static Plan BuiltInPlan => StandInPlan.Education2017;

    /// <summary>Parses plan text (工作要点). STAND-IN: the parser has not landed.</summary>
    public static ParseResult<Plan> ParsePlanText(string text)
    {
        _ = text;
        throw new CliException("the plan-text parser is not available in this build");
    }

    /// <summary>Reads a plan from JSON. STAND-IN: the serializer has not landed.</summary>
    public static ParseResult<Plan> ReadPlanJson(string json)
    {
        _ = json;
        throw new CliException("plan JSON is not available in this build");
    }

    /// <summary>Writes a plan as JSON. STAND-IN: the serializer has not landed.</summary>
    public static string WritePlanJson(Plan plan)
    {
        _ = plan;
        throw new CliException("plan JSON is not available in this build");
    }

    /// <summary>
    /// Reads a batch of progress reports from JSON, with every problem and its JSON path.
    /// STAND-IN: <c>{"reports":[{"target","orgUnit","date","value","numerator","denominator","stage"}]}</c>.
    /// </summary>
    public static ParseResult<ProgressBatch> ReadProgressJson(Stream stream)
    {
        var diagnostics = new List<Diagnostic>();
        var reports = new List<ProgressReport>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            return ParseResult.Failed<ProgressBatch>([new Diagnostic("ZJ001", DiagnosticSeverity.Error, e.Message.Split(" Path:")[0], line: e.LineNumber is { } l ? (int)l + 1 : null, path: e.Path)]);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("reports", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                return ParseResult.Failed<ProgressBatch>([new Diagnostic("ZJ002", DiagnosticSeverity.Error, "expected an object with a \"reports\" array", path: "$")]);
            }

            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var path = $"$.reports[{index++}]";
                try
                {
                    var date = LocalDatePattern.Iso.Parse(element.GetProperty("date").GetString() ?? string.Empty);
                    if (!date.Success)
                    {
                        diagnostics.Add(new Diagnostic("ZJ003", DiagnosticSeverity.Error, "date is not a date of the form YYYY-MM-DD", path: path + ".date"));
                        continue;
                    }

                    if (!TargetId.TryParse(element.GetProperty("target").GetString(), out var target))
                    {
                        diagnostics.Add(new Diagnostic("ZJ003", DiagnosticSeverity.Error, "target is not a target id such as 14.2", path: path + ".target"));
                        continue;
                    }

                    var unit = element.GetProperty("orgUnit").GetString() ?? string.Empty;
                    if (!OrgUnits.OrgUnitCode.TryParse(unit, out var code))
                    {
                        diagnostics.Add(new Diagnostic("ZJ003", DiagnosticSeverity.Error, "orgUnit is not an org unit code", path: path + ".orgUnit"));
                        continue;
                    }

                    reports.Add(new ProgressReport(target, code, date.Value, element.GetProperty("value").GetDecimal())
                    {
                        Numerator = element.TryGetProperty("numerator", out var n) ? n.GetDecimal() : null,
                        Denominator = element.TryGetProperty("denominator", out var d) ? d.GetDecimal() : null,
                        Stage = element.TryGetProperty("stage", out var s) ? s.GetString() : null,
                    });
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
                {
                    diagnostics.Add(new Diagnostic("ZJ004", DiagnosticSeverity.Error, e.Message, path: path));
                }
            }
        }

        return diagnostics.Count == 0
            ? ParseResult.Succeeded(new ProgressBatch(reports))
            : ParseResult.Failed<ProgressBatch>(diagnostics);
    }

    /// <summary>Writes a batch of progress reports as JSON. STAND-IN for the serializer's writer.</summary>
    public static void WriteProgressJson(Stream stream, IEnumerable<ProgressReport> reports, string description)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("description", description);
        writer.WriteStartArray("reports");
        foreach (var report in reports)
        {
            writer.WriteStartObject();
            writer.WriteString("target", report.Target.ToString());
            writer.WriteString("orgUnit", report.OrgUnit.Value);
            writer.WriteString("date", LocalDatePattern.Iso.Format(report.Date));
            writer.WriteNumber("value", report.Value);
            if (report.Numerator is { } n)
            {
                writer.WriteNumber("numerator", n);
            }

            if (report.Denominator is { } d)
            {
                writer.WriteNumber("denominator", d);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>Reports read from one source.</summary>
internal sealed record ProgressBatch(IReadOnlyList<ProgressReport> Reports);

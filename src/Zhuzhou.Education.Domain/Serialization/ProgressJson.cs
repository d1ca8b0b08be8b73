using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization.Wire;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads and writes batches of progress reports (进度报送) as "zedu.progress/1" JSON documents
/// (schema: <c>schemas/zedu.progress-1.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>The document:
/// <c>{"schema": "zedu.progress/1", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30",
/// "value": 40, "numerator": …, "denominator": …, "stage": …, "reporter": …, "note": …, "received": "2017-07-02",
/// "evidence": [{"title": …, "uri": …}]}]}</c>. Names are camelCase, dates ISO 8601, numbers JSON numbers;
/// absent optional values are left out.</para>
/// <para>Loading checks a batch against the plan and the org unit tree and accepts it whole or rejects it whole,
/// listing every problem found with its JSON path, line and column (see <see cref="JsonDiagnosticCodes"/>):
/// unknown properties, missing or mistyped values, impossible dates, negative counts, NaN and Infinity, reports on
/// targets or org units that do not exist, shares without numerator and denominator, and repeated reports (the
/// same target, org unit and date). Warnings never block a batch: a level that falls over time, a value more than
/// ten times what its target requires, a report dated after the day it was received. Text that is not well-formed
/// JSON, or whose arrays and objects are out of place, stops at the first such problem.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class ProgressJson
{
    /// <summary>The value of the "schema" property: the document kind and its format version.</summary>
    public const string Schema = "zedu.progress/1";

    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes a batch as indented UTF-8 JSON (LF line ends, Chinese unescaped), ending with a line feed.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(ProgressBatch batch, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, ZeduJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema"u8, Schema);
            writer.WritePropertyName("reports"u8);
            writer.WriteStartArray();
            var typeInfo = ZeduJson.Context.ReportWire;
            foreach (var report in batch.Reports)
            {
                JsonSerializer.Serialize(writer, ToWire(report), typeInfo);
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a batch as an indented JSON string.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public static string Serialize(ProgressBatch batch)
    {
        using var stream = new MemoryStream();
        Serialize(batch, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Loads a batch from an untrusted UTF-8 stream, checking it against a plan and an org unit tree.</summary>
    /// <param name="utf8Json">The stream, read to its end (or refused unread when it says it is too long).</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The batch with its warnings, or every problem found and no batch.</returns>
    /// <exception cref="ArgumentNullException">The stream, plan or tree is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<ProgressBatch> Load(Stream utf8Json, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.ReadAll(utf8Json, options, problems);
        return bytes is null ? Failed(problems) : LoadChecked(bytes, plan, orgUnits, options, problems);
    }

    /// <summary>Loads a batch from untrusted UTF-8 bytes, checking it against a plan and an org unit tree.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The batch with its warnings, or every problem found and no batch.</returns>
    /// <exception cref="ArgumentNullException">The plan or tree is null.</exception>
    public static ParseResult<ProgressBatch> LoadUtf8(ReadOnlySpan<byte> utf8Json, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        return JsonInput.WithinLimit(utf8Json, options, problems) ? LoadChecked(utf8Json, plan, orgUnits, options, problems) : Failed(problems);
    }

    /// <summary>Loads a batch from an untrusted JSON string, checking it against a plan and an org unit tree.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The batch with its warnings, or every problem found and no batch.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the options is null.</exception>
    public static ParseResult<ProgressBatch> Parse(string json, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.FromString(json, options, problems);
        return bytes is null ? Failed(problems) : LoadChecked(bytes, plan, orgUnits, options, problems);
    }

    internal static ReportWire ToWire(ProgressReport report) => new()
    {
        Target = report.Target.ToString(),
        OrgUnit = report.OrgUnit.Value,
        Date = report.Date,
        Value = report.Value,
        Numerator = WireNumber.FromNullable(report.Numerator),
        Denominator = WireNumber.FromNullable(report.Denominator),
        Stage = report.Stage,
        Reporter = report.Reporter,
        Note = report.Note,
        Received = WireDate.FromNullable(report.Received),
        Evidence = report.Evidence.IsEmpty
            ? null
            : [.. report.Evidence.Select(e => (EvidenceWire?)new EvidenceWire { Title = e.Title, Uri = e.Uri.OriginalString })],
    };

    private static ParseResult<ProgressBatch> LoadChecked(ReadOnlySpan<byte> utf8, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions options, Problems problems)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        var document = JsonInput.Deserialize(utf8, ZeduJson.Context.ProgressDocument, options, problems);
        if (document is null)
        {
            return Failed(problems, utf8);
        }

        var reader = new WireReader(options, problems);
        if (!reader.Schema(document.Schema, Schema))
        {
            return Failed(problems, utf8);
        }

        reader.Unknown(document, At.Root);
        if (document.Reports is null)
        {
            problems.Error(JsonDiagnosticCodes.MissingProperty, "$", "Property \"reports\" is required.");
            return Failed(problems, utf8);
        }

        var reports = new ProgressReport[document.Reports.Count];
        var ok = true;
        for (var i = 0; i < reports.Length; i++)
        {
            var report = ReadReport(reader, document.Reports[i], At.Root.Element("reports", i), plan, orgUnits);
            if (report is null)
            {
                ok = false;
            }
            else
            {
                reports[i] = report;
            }
        }

        document.Reports = null; // let the wire objects go before the checks across reports
        CheckAcrossReports(reports, plan, orgUnits, problems);
        return ok && !problems.HasErrors
            ? ParseResult.Succeeded(new ProgressBatch(reports!), problems.ToDiagnostics(utf8))
            : Failed(problems, utf8);
    }

    private static ProgressReport? ReadReport(WireReader reader, ReportWire? wire, At at, Plan plan, OrgUnitTree orgUnits)
    {
        if (!reader.Present(wire, at))
        {
            return null;
        }

        reader.Unknown(wire!, at);
        var problems = reader.Problems;
        var before = problems.Count;
        Target? target = null;
        if (reader.String(wire!.Target, at, "target", required: true) is { } targetText)
        {
            if (!TargetId.TryParse(targetText, out var id))
            {
                problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("target"), $"\"{targetText}\" is not a target id such as \"14.2\".");
            }
            else if ((target = plan.FindTarget(id)) is null)
            {
                problems.Error(JsonDiagnosticCodes.UnknownTarget, at.Property("target"), $"Target {id} is not in the plan \"{plan.Title}\".");
            }
        }

        OrgUnitCode? orgUnit = null;
        if (reader.String(wire.OrgUnit, at, "orgUnit", required: true) is { } codeText)
        {
            if (!OrgUnitCode.TryParse(codeText, out var code))
            {
                problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("orgUnit"), $"\"{codeText}\" is not an org unit code such as \"430281\".");
            }
            else if (!orgUnits.Contains(code))
            {
                problems.Error(JsonDiagnosticCodes.UnknownOrgUnit, at.Property("orgUnit"), $"Org unit {code} is not in the org unit tree.");
            }
            else
            {
                orgUnit = code;
            }
        }

        var date = reader.Date(wire.Date, at, "date", required: true);
        var value = reader.Number(wire.Value, at, "value", required: true);
        var numerator = reader.Number(wire.Numerator, at, "numerator", required: false);
        var denominator = reader.Number(wire.Denominator, at, "denominator", required: false);
        if (denominator == 0)
        {
            problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("denominator"), "\"denominator\" must be positive; found 0.");
        }

        if ((wire.Numerator.State == WireState.Absent) != (wire.Denominator.State == WireState.Absent))
        {
            problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, "\"numerator\" and \"denominator\" go together: give both or neither.");
        }
        else if (target is { OrgUnitAggregation: OrgUnitAggregation.Ratio } && (wire.Numerator.State == WireState.Absent || wire.Denominator.State == WireState.Absent))
        {
            problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path,
                $"Target {target.Id} is a share: a report on it needs \"numerator\" and \"denominator\".");
        }

        var stage = reader.String(wire.Stage, at, "stage", required: false);
        if (stage is not null && target is not null && target.FindStage(stage) is null)
        {
            problems.Error(JsonDiagnosticCodes.UnknownName, at.Property("stage"), target.Stages.IsEmpty
                ? $"Target {target.Id} has no stages, so a report on it cannot name one."
                : $"\"{stage}\" is not a stage of target {target.Id}; use one of: {string.Join(", ", target.Stages.Select(s => s.Name))}.");
        }

        var reporter = reader.String(wire.Reporter, at, "reporter", required: false);
        var note = reader.String(wire.Note, at, "note", required: false);
        var received = reader.Date(wire.Received, at, "received", required: false);
        var evidence = ReadEvidence(reader, wire.Evidence, at);
        CheckStrings(reader, at, ("target", wire.Target.Value), ("orgUnit", wire.OrgUnit.Value), ("stage", stage), ("reporter", reporter), ("note", note));
        if (problems.Count != before || target is null || orgUnit is null || date is null || value is null || evidence.IsDefault)
        {
            return problems.HasErrors ? null : Build();
        }

        return Build();

        ProgressReport? Build() => target is null || orgUnit is null || date is null || value is null || evidence.IsDefault
            ? null
            : reader.Build(() => new ProgressReport(target.Id, orgUnit.Value, date.Value, value.Value)
            {
                Numerator = numerator,
                Denominator = denominator,
                Stage = stage,
                Reporter = reporter,
                Note = note,
                Received = received,
                Evidence = evidence,
            }, at.Path);
    }

    private static ImmutableArray<EvidenceLink> ReadEvidence(WireReader reader, List<EvidenceWire?>? wires, At at)
    {
        if (wires is null)
        {
            return [];
        }

        var links = ImmutableArray.CreateBuilder<EvidenceLink>(wires.Count);
        var ok = true;
        for (var i = 0; i < wires.Count; i++)
        {
            var linkAt = at.Element("evidence", i);
            if (!reader.Present(wires[i], linkAt))
            {
                ok = false;
                continue;
            }

            reader.Unknown(wires[i]!, linkAt);
            var title = reader.String(wires[i]!.Title, linkAt, "title", required: true);
            var uriText = reader.String(wires[i]!.Uri, linkAt, "uri", required: true);
            Uri? uri = null;
            if (uriText is not null && !Uri.TryCreate(uriText, UriKind.Absolute, out uri))
            {
                reader.Problems.Error(JsonDiagnosticCodes.InvalidValue, linkAt.Property("uri"), $"\"{uriText}\" is not an absolute URI such as \"https://example.org/report.pdf\".");
            }

            CheckStrings(reader, linkAt, ("title", title), ("uri", uriText));
            if (title is null || uri is null)
            {
                ok = false;
                continue;
            }

            links.Add(new EvidenceLink(title, uri));
        }

        return ok ? links.ToImmutable() : default;
    }

    private static void CheckStrings(WireReader reader, At at, params ReadOnlySpan<(string Name, string? Value)> strings)
    {
        foreach (var (name, value) in strings)
        {
            if (value is not null && value.Length > reader.Options.MaxStringLength)
            {
                reader.Problems.Error(JsonDiagnosticCodes.StringTooLong, at.Property(name), string.Create(CultureInfo.InvariantCulture,
                    $"\"{name}\" is {value.Length} characters long; the limit is {reader.Options.MaxStringLength}."));
            }
        }
    }

    /// <summary>
    /// The checks that look at several reports: repeated reports (an error) and levels that fall (a warning),
    /// both from one sort of the reports by target, org unit and date; and the per-report warnings.
    /// </summary>
    private static void CheckAcrossReports(ProgressReport?[] reports, Plan plan, OrgUnitTree orgUnits, Problems problems)
    {
        var targetIndex = new Dictionary<TargetId, int>(plan.Targets.Length);
        for (var t = 0; t < plan.Targets.Length; t++)
        {
            targetIndex[plan.Targets[t].Id] = t;
        }

        var unitIndex = new Dictionary<OrgUnitCode, int>(orgUnits.Count);
        for (var u = 0; u < orgUnits.Units.Length; u++)
        {
            unitIndex[orgUnits.Units[u].Code] = u;
        }

        var keys = new List<(long Pair, int Day, int Index)>(reports.Length);
        for (var i = 0; i < reports.Length; i++)
        {
            if (reports[i] is not { } report)
            {
                continue;
            }

            var target = plan.Targets[targetIndex[report.Target]];
            keys.Add(((long)targetIndex[report.Target] * orgUnits.Count + unitIndex[report.OrgUnit], report.Date.DayOfYear + (report.Date.Year * 400), i));
            if (report.Received is { } received && report.Date > received)
            {
                problems.Warning(JsonDiagnosticCodes.DatedAfterReceived, At.Root.Element("reports", i).Property("date"),
                    $"The report is dated {IsoDate.Format(report.Date)}, after the day it was received ({IsoDate.Format(received)}).");
            }

            if (target.Comparison.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage)
                && target.OrgUnitAggregation == OrgUnitAggregation.Sum
                && target.Comparison.Required > 0 && report.Value / 10 > target.Comparison.Required)
            {
                problems.Warning(JsonDiagnosticCodes.ValueFarAboveTarget, At.Root.Element("reports", i).Property("value"), string.Create(CultureInfo.InvariantCulture,
                    $"The value {report.Value} is more than 10 times what target {target.Id} requires ({target.Comparison.Required})."));
            }
        }

        keys.Sort();
        for (var k = 1; k < keys.Count; k++)
        {
            var (previous, current) = (keys[k - 1], keys[k]);
            if (previous.Pair != current.Pair)
            {
                continue;
            }

            var (earlier, later) = (reports[previous.Index]!, reports[current.Index]!);
            if (previous.Day == current.Day)
            {
                problems.Error(JsonDiagnosticCodes.Duplicate, At.Root.Element("reports", current.Index).Path, string.Create(CultureInfo.InvariantCulture,
                    $"This report repeats report {previous.Index}: the same target {later.Target}, org unit {later.OrgUnit} and date {IsoDate.Format(later.Date)}."));
                continue;
            }

            var target = plan.Targets[targetIndex[later.Target]];
            if (target is { TimeAggregation: TimeAggregation.Level, Direction: Direction.Ascending } && later.Value < earlier.Value)
            {
                problems.Warning(JsonDiagnosticCodes.LevelFalls, At.Root.Element("reports", current.Index).Property("value"), string.Create(CultureInfo.InvariantCulture,
                    $"Target {target.Id} is a level, and at {later.OrgUnit} it falls from {earlier.Value} on {IsoDate.Format(earlier.Date)} to {later.Value} on {IsoDate.Format(later.Date)}."));
            }
        }
    }

    private static ParseResult<ProgressBatch> Failed(Problems problems, ReadOnlySpan<byte> utf8 = default)
        => ParseResult.Failed<ProgressBatch>(problems.ToDiagnostics(utf8));
}

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
/// Reads and writes batches of progress reports (进度报送) as "zedu.progress/2" JSON documents
/// (schema: <c>schemas/zedu.progress-2.schema.json</c>); reads "zedu.progress/1" documents too.
/// </summary>
/// <remarks>
/// <para>The document:
/// <c>{"schema": "zedu.progress/2", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30",
/// "value": 40, "numerator": …, "denominator": …, "stage": …, "reason": …, "revision": 1, "submitted":
/// "2017-07-05T09:30:00", "reporter": …, "note": …, "received": "2017-07-02", "evidence": [{"title": …, "uri": …}]}]}</c>.
/// Names are camelCase, dates ISO 8601, a submission time a local ISO date and time, numbers JSON numbers; absent
/// optional values (and revision 0) are left out. Version 2 added, over version 1, a report's revision, the time it was
/// submitted and the reason of a correction or revision (with it, a negative increment: 冲减); a version 1 document
/// that uses them is refused with their paths.</para>
/// <para>Loading accepts a batch whole or rejects it whole, listing every problem found with its JSON path, line and
/// column. The JSON itself (see <see cref="JsonDiagnosticCodes"/>): unknown properties, missing or mistyped values,
/// impossible dates, NaN and Infinity, ids and codes that are not ids and codes. What the reports say is checked by
/// <see cref="ReportAdmission"/> against the plan and the org unit tree, as on every other path (see
/// <see cref="ReportDiagnosticCodes"/>): targets or org units that do not exist, dates outside the plan period,
/// negative values, shares without numerator and denominator, milestones above 1 and unknown stages, repeated
/// reports; and its warnings, which never block a batch. Text that is not well-formed JSON, or whose arrays and
/// objects are out of place, stops at the first such problem.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class ProgressJson
{
    /// <summary>The value of the "schema" property: the document kind and its format version.</summary>
    public const string Schema = "zedu.progress/2";

    /// <summary>The first version, still read.</summary>
    internal const string Version1 = "zedu.progress/1";

    private static readonly NodaTime.Text.LocalDateTimePattern SubmittedPattern = NodaTime.Text.LocalDateTimePattern.GeneralIso;

    private static readonly NodaTime.Text.LocalDateTimePattern SubmittedWithoutSeconds = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

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

    /// <summary>A batch of a streamed file: checked with what is held beside it (the file's earlier batches, the files staged before).</summary>
    /// <remarks>
    /// When <paramref name="listWarnings"/> is false (the file has listed all the warnings it lists), the batch's
    /// warnings are neither located nor returned, only counted in <paramref name="unlisted"/>.
    /// </remarks>
    internal static ParseResult<ProgressBatch> LoadBatchUtf8(ReadOnlySpan<byte> utf8Json, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions options, IHeldReports? held, bool listWarnings, out int unlisted)
    {
        var problems = new Problems { KeepWarnings = listWarnings };
        var counted = 0;
        var result = JsonInput.WithinLimit(utf8Json, options, problems) ? LoadChecked(utf8Json, plan, orgUnits, options, problems, held, ref counted) : Failed(problems);
        unlisted = problems.WarningsDropped + counted;
        return result;
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
        Reason = report.Reason,
        Revision = report.Revision == 0 ? default(WireNumber) : report.Revision,
        Submitted = report.Submitted is { } submitted ? SubmittedPattern.Format(submitted) : default(WireString),
        Reporter = report.Reporter,
        Note = report.Note,
        Received = WireDate.FromNullable(report.Received),
        Evidence = report.Evidence.IsEmpty
            ? null
            : [.. report.Evidence.Select(e => (EvidenceWire?)new EvidenceWire { Title = e.Title, Uri = e.Uri.OriginalString })],
    };

    private static ParseResult<ProgressBatch> LoadChecked(ReadOnlySpan<byte> utf8, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions options, Problems problems)
    {
        var unlisted = 0;
        return LoadChecked(utf8, plan, orgUnits, options, problems, null, ref unlisted);
    }

    /// <summary>A document within its limit, read and checked; <paramref name="unlisted"/> counts the warnings admission did not make.</summary>
    private static ParseResult<ProgressBatch> LoadChecked(ReadOnlySpan<byte> utf8, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions options, Problems problems, IHeldReports? held, ref int unlisted)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        var document = JsonInput.Deserialize(utf8, ZeduJson.Context.ProgressDocument, options, problems, ProgressDocumentReader.TryRead);
        if (document is null)
        {
            return Failed(problems, utf8);
        }

        var reader = new WireReader(options, problems);
        if (reader.Schema(document.Schema, Schema, Version1) is not { } schema)
        {
            return Failed(problems, utf8);
        }

        reader.Unknown(document, At.Root);
        if (document.Reports is null)
        {
            problems.Error(JsonDiagnosticCodes.MissingProperty, "$", "ZJ0006", ["reports"]);
            return Failed(problems, utf8);
        }

        var reports = new ProgressReport?[document.Reports.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = ReadReport(reader, document.Reports[i], At.Root.Element("reports", i), i, schema == Version1);
        }

        document.Reports = null; // let the wire objects go before the checks of admission
        var admission = new ReportAdmission(plan, orgUnits) { Store = held };
        unlisted += Admit(Rows(reports, admission, out var index), admission, problems, index);
        var diagnostics = InDocumentOrder(problems, utf8);
        return !problems.HasErrors
            ? ParseResult.Succeeded(new ProgressBatch(reports!), diagnostics)
            : ParseResult.Failed<ProgressBatch>(diagnostics);
    }

    /// <summary>
    /// A batch of a streamed file read straight into rows (see <see cref="AdmissionRow"/>), every report of the batch
    /// document <paramref name="utf8"/> read without a problem: asked of admission, its problems placed as
    /// <see cref="LoadBatchUtf8"/> places those of the same reports read as objects.
    /// </summary>
    /// <returns>The diagnostics in document order; <paramref name="unlisted"/> counts the warnings neither made nor listed.</returns>
    internal static ImmutableArray<Diagnostic> CheckBatchRows(
        ReadOnlySpan<byte> utf8, ReadOnlySpan<AdmissionRow> rows, Plan plan, OrgUnitTree orgUnits, IHeldReports? held, bool listWarnings, out int unlisted, out bool failed)
    {
        var problems = new Problems { KeepWarnings = listWarnings };
        unlisted = Admit(rows, new ReportAdmission(plan, orgUnits) { Store = held }, problems, index: null);
        unlisted += problems.WarningsDropped;
        failed = problems.HasErrors;
        return [.. InDocumentOrder(problems, utf8)];
    }

    /// <summary>In document order: what the reader found and what admission found, report by report.</summary>
    private static List<Diagnostic> InDocumentOrder(Problems problems, ReadOnlySpan<byte> utf8)
        => problems.ToDiagnostics(utf8).OrderBy(d => d.Line ?? int.MaxValue).ThenBy(d => d.Column ?? int.MaxValue).ToList();

    /// <summary>The reports that could be read, as rows with their objects; <paramref name="index"/> gives each row's report number.</summary>
    private static AdmissionRow[] Rows(ProgressReport?[] reports, ReportAdmission admission, out List<int> index)
    {
        index = new List<int>(reports.Length);
        var rows = new List<AdmissionRow>(reports.Length);
        for (var i = 0; i < reports.Length; i++)
        {
            if (reports[i] is { } report)
            {
                rows.Add(AdmissionRow.Of(report, admission.TargetIndex(report.Target)));
                index.Add(i);
            }
        }

        return [.. rows];
    }

    /// <summary>
    /// The rows go to <see cref="ReportAdmission"/>, the rules every path asks; its problems are placed at the report's
    /// JSON path (and its field's): the report numbered by <paramref name="index"/>, or the row's own place when null.
    /// When the problems keep no warnings, admission only counts them.
    /// </summary>
    /// <returns>The warnings admission counted without making them.</returns>
    private static int Admit(ReadOnlySpan<AdmissionRow> rows, ReportAdmission admission, Problems problems, List<int>? index)
    {
        var found = admission.Check(rows, problems.KeepWarnings, out var unlisted);
        foreach (var problem in found)
        {
            problems.Add(problem, () => Path(index is null ? problem.Index : index[problem.Index], problem.Field));
        }

        return unlisted;
    }

    private static string Path(int index, string? field)
    {
        var at = At.Root.Element("reports", index);
        return field is null ? at.Path : at.Property(field);
    }

    private static ParseResult<ProgressBatch> Failed(Problems problems, ReadOnlySpan<byte> utf8 = default)
        => ParseResult.Failed<ProgressBatch>(problems.ToDiagnostics(utf8));
}

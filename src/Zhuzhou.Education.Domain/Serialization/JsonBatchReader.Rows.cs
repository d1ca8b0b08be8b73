using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// A report read off the buffer straight into an <see cref="AdmissionRow"/>: a plain first report (target, org unit,
/// date, value, and a share's numerator and denominator) without any object; any other report through its wire object
/// into a <see cref="ProgressReport"/>, as <see cref="ProgressJson"/> reads it. A report either way reads without a
/// problem or the batch is read as objects by <see cref="ProgressJson"/> (<see cref="ProgressJson.LoadBatchUtf8"/>),
/// which says what is wrong: so a row is made only of what that reader would make a report of, and every diagnostic
/// of the format is said by the one reader.
/// </content>
internal sealed partial class JsonBatchReader
{
    private static readonly byte[] Version1Quoted = Encoding.UTF8.GetBytes("\"" + ProgressJson.Version1 + "\"");

    private readonly List<AdmissionRow> rows = [];
    private readonly List<string> named = [];
    private readonly Utf8Names<(TargetId Id, int Index)?> targetsRead = new();
    private readonly Utf8Names<OrgUnitCode?> unitsRead = new();
    private Func<string, (TargetId Id, int Index)?>? parseTarget; // made once: a method group would be a new delegate per report
    private ReportAdmission? places;

    // Whether the batch being written is read into rows (every report so far read without a problem), and as version 1.
    private bool asRows;
    private bool version1;

    /// <summary>A batch of rows read without error, in the order of the file; the span is reused after the call.</summary>
    public delegate void RowSink(ReadOnlySpan<AdmissionRow> rows);

    /// <summary>Every batch read as objects by <see cref="ProgressJson"/>, as before rows were read (tests and benchmarks compare the two).</summary>
    public bool ObjectsOnly { get; init; }

    /// <summary>Starts a batch's rows: read as rows unless its document has more than the schema (the other
    /// top-level properties, which the reader of objects checks) or a schema this library does not read.</summary>
    private void BeginRows(ReadOnlySpan<byte> schemaWritten, bool withProperties)
    {
        rows.Clear();
        named.Clear();
        version1 = schemaWritten.SequenceEqual(Version1Quoted);
        asRows = !ObjectsOnly && !withProperties && options.MaxDepth > 2
            && (schemaWritten.SequenceEqual(Placeholder) || version1);
    }

    /// <summary>A report of the batch (whole in <paramref name="raw"/>, read as a <paramref name="plain"/> row when it is one) into a row; when it cannot be, the batch is read as objects.</summary>
    private void ReadRow(ReadOnlySpan<byte> raw, AdmissionRow? plain)
    {
        // A report longer than the longest string, or not UTF-8, is one whose problem the reader of objects says.
        var row = plain.GetValueOrDefault();
        asRows = asRows && raw.Length <= options.MaxStringLength && System.Text.Unicode.Utf8.IsValid(raw)
            && (plain is not null || TryReport(raw, out row));
        if (asRows)
        {
            rows.Add(row);
            if (named.Count == 0 || !ReferenceEquals(named[^1], LastNamed))
            {
                named.Add(LastNamed!);
            }
        }
    }

    /// <summary>The org unit as the last report read wrote it.</summary>
    private string? LastNamed { get; set; }

    /// <summary>
    /// A plain first report, read by the document's reader from the report's start: its six properties at most, each
    /// once, each a value the reader of objects takes as it is. Null when the report is not whole in the buffer (read
    /// again with more of the stream); false for any other report, the reader left where it stopped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool? TryPlain(ref Utf8JsonReader reader, out AdmissionRow row)
    {
        row = default;

        (TargetId Id, int Index)? target = null;
        OrgUnitCode? unit = null;
        LocalDate? date = null;
        decimal? value = null;
        decimal? numerator = null;
        decimal? denominator = null;
        var seen = 0;
        while (true)
        {
            if (!reader.Read())
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                break;
            }

            var property = reader.ValueTextEquals("target"u8) ? 0
                : reader.ValueTextEquals("orgUnit"u8) ? 1
                : reader.ValueTextEquals("date"u8) ? 2
                : reader.ValueTextEquals("value"u8) ? 3
                : reader.ValueTextEquals("numerator"u8) ? 4
                : reader.ValueTextEquals("denominator"u8) ? 5
                : -1;
            if (property < 0 || (seen & (1 << property)) != 0)
            {
                return false;
            }

            if (!reader.Read())
            {
                return null;
            }

            seen |= 1 << property;
            if (property <= 2)
            {
                if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
                {
                    return false;
                }

                switch (property)
                {
                    case 0: target = targetsRead.Find(reader.ValueSpan, parseTarget ??= ParseTarget); break;
                    case 1: unit = unitsRead.Find(reader.ValueSpan, ParseUnit); break;
                    default: date = IsoDate.TryParse(reader.ValueSpan, out var d) ? d : null; break;
                }
            }
            else if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var number)
                || ReportAdmission.CheckNumber(0, property == 3 ? "value" : property == 4 ? "numerator" : "denominator", number) is not null)
            {
                return false;
            }
            else if (property == 3)
            {
                value = number;
            }
            else if (property == 4)
            {
                numerator = number;
            }
            else
            {
                denominator = number;
            }
        }

        if (target is not { } t || unit is not { } code || date is not { } day || value is not { } amount)
        {
            return false;
        }

        LastNamed = unitsRead.LastText;
        row = new AdmissionRow(t.Index, t.Id, code, day, amount, numerator, denominator);
        return true;
    }

    /// <summary>Any other report of the format's properties: its wire object read into a report as <see cref="ProgressJson"/> reads it, when that finds no problem.</summary>
    private bool TryReport(ReadOnlySpan<byte> raw, out AdmissionRow row)
    {
        row = default;
        try
        {
            var reader = new Utf8JsonReader(raw, new JsonReaderOptions { MaxDepth = ZeduJson.SerializerMaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || ProgressDocumentReader.ReadReport(ref reader) is not { } wire)
            {
                return false;
            }

            var problems = new Problems();
            var report = ProgressJson.ReadReport(new WireReader(options, problems), wire, At.Root.Element("reports", rows.Count), rows.Count, version1);
            if (report is null || problems.Count > 0)
            {
                return false;
            }

            LastNamed = wire.OrgUnit.Value;
            row = AdmissionRow.Of(report, places!.TargetIndex(report.Target));
            return true;
        }
        catch (InvalidOperationException)
        {
            // A string that does not decode (a lone surrogate): the reader of objects says where.
            return false;
        }
    }

    /// <summary>The rows of a batch read as objects (<see cref="ProgressJson.LoadBatchUtf8"/>), for the sink.</summary>
    private ReadOnlySpan<AdmissionRow> RowsOf(ProgressBatch batch)
    {
        rows.Clear();
        foreach (var report in batch.Reports)
        {
            rows.Add(AdmissionRow.Of(report, places!.TargetIndex(report.Target)));
        }

        return CollectionsMarshal.AsSpan(rows);
    }

    private (TargetId Id, int Index)? ParseTarget(string text)
    {
        if (!TargetId.TryParse(text, out var id))
        {
            return null;
        }

        return (id, places!.TargetIndex(id));
    }

    private static OrgUnitCode? ParseUnit(string text) => OrgUnitCode.TryParse(text, out var code) ? code : null;
}

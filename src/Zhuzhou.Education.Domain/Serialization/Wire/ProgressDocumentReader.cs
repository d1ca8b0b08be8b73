using System.Text.Json;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// The wire objects of a progress document read straight off a <see cref="Utf8JsonReader"/>, for the shape nearly
/// every document has: a "schema" and a "reports" array of report objects whose properties are the format's own,
/// each once. Every leaf is read by its wire converter, as the source-generated serializer reads it, so the wire
/// objects are the serializer's; any other shape (an unknown or repeated property, a report that is not an object,
/// evidence) is left to the serializer, which says what is wrong with it.
/// </summary>
internal static class ProgressDocumentReader
{
    private const int Evidence = 13;

    private static readonly WireStringConverter Strings = new();
    private static readonly WireNumberConverter Numbers = new();
    private static readonly WireDateConverter Dates = new();

    /// <summary>The document as wire objects, or null when its shape is left to the serializer.</summary>
    /// <param name="utf8">A document the reader has scanned: well-formed, within the depth and string limits.</param>
    public static ProgressDocument? TryRead(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ZeduJson.SerializerMaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var document = new ProgressDocument();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueTextEquals("schema"u8) ? 0 : reader.ValueTextEquals("reports"u8) ? 1 : -1;
            if (property < 0 || (seen & (1 << property)) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= 1 << property;
            if (property == 0)
            {
                document.Schema = Strings.Read(ref reader, typeof(WireString), ZeduJson.Context.Options);
            }
            else if (ReadReports(ref reader) is { } reports)
            {
                document.Reports = reports;
            }
            else
            {
                return null;
            }
        }

        // Nothing after the document (a scanned one has nothing; on text that was not scanned, the reader throws).
        return reader.Read() ? null : document;
    }

    private static List<ReportWire?>? ReadReports(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var reports = new List<ReportWire?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || ReadReport(ref reader) is not { } report)
            {
                return null;
            }

            reports.Add(report);
        }

        return reports;
    }

    /// <summary>
    /// One report's wire object, the reader on its start (a report of the format's properties, each once, no evidence);
    /// null for any other shape, left to the serializer. The reader ends on the report's end.
    /// </summary>
    internal static ReportWire? ReadReport(ref Utf8JsonReader reader)
    {
        var report = new ReportWire();
        var seen = 0;
        var options = ZeduJson.Context.Options;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Property(ref reader);
            if (property is < 0 or Evidence || (seen & (1 << property)) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= 1 << property;
            switch (property)
            {
                case 0: report.Target = Strings.Read(ref reader, typeof(WireString), options); break;
                case 1: report.OrgUnit = Strings.Read(ref reader, typeof(WireString), options); break;
                case 2: report.Date = Dates.Read(ref reader, typeof(WireDate), options); break;
                case 3: report.Value = Numbers.Read(ref reader, typeof(WireNumber), options); break;
                case 4: report.Numerator = Numbers.Read(ref reader, typeof(WireNumber), options); break;
                case 5: report.Denominator = Numbers.Read(ref reader, typeof(WireNumber), options); break;
                case 6: report.Stage = Strings.Read(ref reader, typeof(WireString), options); break;
                case 7: report.Reason = Strings.Read(ref reader, typeof(WireString), options); break;
                case 8: report.Revision = Numbers.Read(ref reader, typeof(WireNumber), options); break;
                case 9: report.Submitted = Strings.Read(ref reader, typeof(WireString), options); break;
                case 10: report.Reporter = Strings.Read(ref reader, typeof(WireString), options); break;
                case 11: report.Note = Strings.Read(ref reader, typeof(WireString), options); break;
                default: report.Received = Dates.Read(ref reader, typeof(WireDate), options); break;
            }
        }

        return report;
    }

    /// <summary>The number of a report's property, in <see cref="ReportWire"/>'s order; -1 for a name not the format's.</summary>
    private static int Property(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("target"u8) ? 0
            : reader.ValueTextEquals("orgUnit"u8) ? 1
            : reader.ValueTextEquals("date"u8) ? 2
            : reader.ValueTextEquals("value"u8) ? 3
            : reader.ValueTextEquals("numerator"u8) ? 4
            : reader.ValueTextEquals("denominator"u8) ? 5
            : reader.ValueTextEquals("stage"u8) ? 6
            : reader.ValueTextEquals("reason"u8) ? 7
            : reader.ValueTextEquals("revision"u8) ? 8
            : reader.ValueTextEquals("submitted"u8) ? 9
            : reader.ValueTextEquals("reporter"u8) ? 10
            : reader.ValueTextEquals("note"u8) ? 11
            : reader.ValueTextEquals("received"u8) ? 12
            : reader.ValueTextEquals("evidence"u8) ? Evidence
            : -1;
}

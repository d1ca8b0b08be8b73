using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads a progress document from a stream in batches, never holding it whole: a <see cref="Utf8JsonReader"/>
/// walks the stream through a bounded buffer, and the reports of its "reports" array are copied, as written, into
/// small documents of at most <see cref="JsonLoadOptions.MaxDocumentBytes"/> and the batch size. Each report is read
/// off the buffer straight into an <see cref="AdmissionRow"/> (no object for a plain first report), and a batch of
/// rows is asked of <see cref="ReportAdmission"/> as the CSV reader's are; a batch with a report that cannot be read
/// so without a problem is loaded by <see cref="ProgressJson.LoadBatchUtf8"/> — the one reader of the format, which
/// says what is wrong. Either way the diagnostics are then placed in the whole document (its report numbers, lines
/// and columns), so they are the same whichever way a batch went.
/// </summary>
/// <remarks>
/// Each small document is <c>{"schema": …, other properties, "reports": [</c> and then every report on a line of its
/// own. The document's schema goes into the first batch (or, when it comes after the reports, into a last small
/// document with no reports), as do its other top-level properties, so each is checked once.
/// </remarks>
internal sealed partial class JsonBatchReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Placeholder = System.Text.Encoding.UTF8.GetBytes("\"" + ProgressJson.Schema + "\"");

    private readonly Stream stream;
    private readonly JsonLoadOptions options;
    private readonly int batchSize;
    private readonly Func<IEnumerable<string>, OrgUnitTree> treeFor;
    private readonly RowSink sink;
    private readonly IHeldReports? held;
    private readonly List<Diagnostic> diagnostics = [];

    private readonly ArrayBufferWriter<byte> before = new();
    private readonly ArrayBufferWriter<byte> after = new();
    private readonly ArrayBufferWriter<byte> document = new();
    private readonly List<(int MiniLine, int Line, int Column)> starts = [];

    private byte[] buffer;
    private int length;
    private long bufferStart;
    private long counted;
    private int line = 1;
    private long lineStart;

    private byte[]? schema;
    private bool schemaChecked;
    private bool reportsSeen;
    private bool batchWritten;
    private int miniLines;
    private int inBatch;
    private int batchBase;
    private int reportIndex;
    private int warnings;
    private bool failed;
    private bool stopped;

    /// <summary>A reader of one stream.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="options">The limits, <see cref="JsonLoadOptions.MaxDocumentBytes"/> for each batch.</param>
    /// <param name="batchSize">The most reports in a batch.</param>
    /// <param name="treeFor">The tree a batch is checked against, given the org units its reports name.</param>
    /// <param name="sink">Takes each batch's rows while no error has been found.</param>
    /// <param name="held">What a batch is checked with besides itself.</param>
    /// <param name="bufferBytes">The buffer's first size (it grows only for a value longer than it).</param>
    public JsonBatchReader(Stream stream, JsonLoadOptions options, int batchSize, Func<IEnumerable<string>, OrgUnitTree> treeFor, RowSink sink, IHeldReports? held = null, int bufferBytes = 1 << 16)
    {
        buffer = new byte[Math.Max(16, bufferBytes)];
        this.held = held;
        this.stream = stream;
        this.options = options;
        this.batchSize = batchSize;
        this.treeFor = treeFor;
        this.sink = sink;
    }

    private enum Place
    {
        BeforeDocument,
        InDocument,
        InReports,
        AfterDocument,
    }

    /// <summary>Reads the stream to its end; every report read without error has gone to the sink.</summary>
    public ImmutableArray<Diagnostic> Read(Plan plan)
    {
        places = new ReportAdmission(plan, orgUnits: null);
        var read = ReadDocument(plan);
        return warnings > ProgressIngest.MaxWarningsListed ? [.. read, ProgressIngest.MoreWarnings(warnings - ProgressIngest.MaxWarningsListed)] : read;
    }

    private ImmutableArray<Diagnostic> ReadDocument(Plan plan)
    {
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Disallow });
        var place = Place.BeforeDocument;
        string? property = null;
        Fill(ref final);
        if (length >= 3 && buffer.AsSpan(0, 3).SequenceEqual(Bom))
        {
            Consume(3);
        }

        if (length == 0 && final)
        {
            diagnostics.Add(new Diagnostic(JsonDiagnosticCodes.MalformedJson, DiagnosticSeverity.Error, "ZJ0002.empty", [], 1, 1, "$"));
            return [.. diagnostics];
        }

        try
        {
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                var more = false;
                var rewind = false;
                while (!stopped)
                {
                    var (savedState, saved) = (reader.CurrentState, reader.BytesConsumed);
                    if (!reader.Read())
                    {
                        more = !final;
                        break;
                    }

                    if (!Token(ref reader, plan, ref place, ref property))
                    {
                        // A value not yet whole in the buffer: read it again from its start with more bytes.
                        if (final)
                        {
                            Error(JsonDiagnosticCodes.MalformedJson, null, "ZJ0002.unclosed", [], Line(saved), Column(saved));
                            return [.. diagnostics];
                        }

                        state = savedState;
                        Consume((int)saved);
                        more = rewind = true;
                        break;
                    }
                }

                if (stopped)
                {
                    return [.. diagnostics];
                }

                if (!rewind)
                {
                    state = reader.CurrentState;
                    Consume((int)reader.BytesConsumed);
                }

                if (!more)
                {
                    break;
                }

                if (length == buffer.Length && !Grow())
                {
                    return [.. diagnostics];
                }

                Fill(ref final);
            }
        }
        catch (JsonException e)
        {
            // Said as the whole-document loader says it, from the bytes where the reader stopped (on the last line read).
            var (errorLine, inLine) = ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0));
            Count(bufferStart + length);
            var offset = errorLine == line ? (int)(lineStart - bufferStart) + inLine : length;
            var message = errorLine == line && offset >= 0 && offset <= length
                ? JsonInput.Malformed(buffer.AsSpan(0, length), offset)
                : "ZJ0002";
            Error(JsonDiagnosticCodes.MalformedJson, null, message, [], errorLine, inLine + 1);
            return [.. diagnostics];
        }

        Flush(plan, last: true);
        return [.. diagnostics];
    }

    /// <summary>Handles one token; false when a value must be read again with more of the stream.</summary>
    private bool Token(ref Utf8JsonReader reader, Plan plan, ref Place place, ref string? property)
    {
        switch (place)
        {
            case Place.BeforeDocument:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(JsonDiagnosticCodes.WrongType, "$", "ZJ0004.object", [], Line(reader.TokenStartIndex), Column(reader.TokenStartIndex));
                    stopped = true;
                    return true;
                }

                place = Place.InDocument;
                return true;
            case Place.InReports:
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    place = Place.InDocument;
                    return true;
                }

                return Report(ref reader, plan);
            default:
                if (reader.TokenType == JsonTokenType.EndObject && property is null)
                {
                    place = Place.AfterDocument;
                    return true;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    return true;
                }

                return Property(ref reader, ref place, ref property);
        }
    }

    /// <summary>A top-level property's value: the reports array is entered; the others are kept as written.</summary>
    private bool Property(ref Utf8JsonReader reader, ref Place place, ref string? property)
    {
        if (property == "reports" && reader.TokenType == JsonTokenType.StartArray && !reportsSeen)
        {
            reportsSeen = true;
            place = Place.InReports;
            property = null;
            return true;
        }

        var from = (int)reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }

        var raw = buffer.AsSpan(from, (int)reader.BytesConsumed - from);
        if (property == "schema" && schema is null)
        {
            schema = raw.ToArray();
        }
        else
        {
            var kept = reportsSeen ? after : before;
            kept.Write(","u8);
            kept.Write(Quoted(property!));
            kept.Write(":"u8);
            kept.Write(raw);
        }

        property = null;
        return true;
    }

    /// <summary>One element of the reports array, copied as written into the batch.</summary>
    private bool Report(ref Utf8JsonReader reader, Plan plan)
    {
        var from = (int)reader.TokenStartIndex;
        var plain = false;
        AdmissionRow row = default;
        if (!ObjectsOnly && reader.TokenType == JsonTokenType.StartObject)
        {
            // A plain report is read as the reader walks it; any other is walked again from its start.
            var start = reader;
            switch (TryPlain(ref reader, out row))
            {
                case null:
                    return false;
                case true:
                    plain = true;
                    break;
                default:
                    reader = start;
                    break;
            }
        }

        if (!plain && !reader.TrySkip())
        {
            return false;
        }

        var raw = buffer.AsSpan(from, (int)reader.BytesConsumed - from);
        var limit = options.MaxDocumentBytes;
        if (inBatch > 0 && (inBatch >= batchSize || document.WrittenCount + raw.Length + 4 > limit))
        {
            Flush(plan, last: false);
        }

        if (raw.Length + 64 + (schema?.Length ?? 0) + (batchWritten ? 0 : before.WrittenCount) > limit)
        {
            Error(JsonDiagnosticCodes.DocumentTooLarge, "$.reports[" + reportIndex.ToString(CultureInfo.InvariantCulture) + "]", "ZJ0001.report",
                [raw.Length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)], Line(from), Column(from));
            reportIndex++;
            return true;
        }

        if (inBatch == 0)
        {
            Begin();
        }
        else
        {
            Write(","u8);
        }

        Write("\n"u8);
        starts.Add((miniLines, Line(from), Column(from)));
        Write(raw);
        if (asRows)
        {
            ReadRow(raw, plain ? row : null);
        }

        inBatch++;
        reportIndex++;
        return true;
    }
}

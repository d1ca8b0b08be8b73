using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// The first steps of loading any document from an untrusted source: bounded reading, then the source-generated
/// deserializer behind a reader that enforces the depth limit, with its failures turned into diagnostics.
/// </summary>
internal static partial class JsonInput
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a stream whole, refusing it (without reading it) when it says it is too long.</summary>
    public static byte[]? ReadAll(Stream stream, JsonLoadOptions options, Problems problems)
    {
        var limit = options.MaxDocumentBytes;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > limit)
            {
                TooLarge(problems, limit, remaining);
                return null;
            }

            var buffer = new byte[remaining];
            stream.ReadExactly(buffer);
            return buffer;
        }

        // Unknown length: read in chunks, never more than one byte past the limit.
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, limit + 1 - memory.Length);
            var read = stream.Read(chunk, 0, want);
            if (read == 0)
            {
                return memory.ToArray();
            }

            memory.Write(chunk, 0, read);
            if (memory.Length > limit)
            {
                TooLarge(problems, limit, null);
                return null;
            }
        }
    }

    /// <summary>The UTF-8 bytes of a string, refusing it when they would be too many.</summary>
    public static byte[]? FromString(string json, JsonLoadOptions options, Problems problems)
    {
        // Every UTF-16 unit is at most 3 UTF-8 bytes: only a string that might be too long is measured.
        if ((long)json.Length * 3 > options.MaxDocumentBytes)
        {
            var count = Encoding.UTF8.GetByteCount(json);
            if (count > options.MaxDocumentBytes)
            {
                TooLarge(problems, options.MaxDocumentBytes, count);
                return null;
            }
        }

        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>Whether bytes already in memory are within the size limit; reports them when not.</summary>
    public static bool WithinLimit(ReadOnlySpan<byte> utf8, JsonLoadOptions options, Problems problems)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            TooLarge(problems, options.MaxDocumentBytes, utf8.Length);
            return false;
        }

        return true;
    }

    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;

    /// <summary>
    /// Deserializes the wire document, or reports why it cannot be read at all and returns null. A document
    /// <paramref name="direct"/> reads (after the scan) is not given to the serializer.
    /// </summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, JsonLoadOptions options, Problems problems, SpanReader<T>? direct = null)
        where T : class
    {
        if (!Scan(utf8, options, problems))
        {
            return null;
        }

        if (direct?.Invoke(utf8) is { } read)
        {
            return read;
        }

        var reader = new Utf8JsonReader(utf8, ReaderOptions(options.MaxDepth + 1));
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(ref reader, typeInfo);
        }
        catch (JsonException e)
        {
            // The text is well-formed (Scan passed): the serializer met an array where an object belongs, or the like.
            var path = e.Path ?? "$";
            problems.Error(JsonDiagnosticCodes.WrongType, path, Expected(path), []);
            return null;
        }

        if (value is null)
        {
            problems.Error(JsonDiagnosticCodes.WrongType, "$", "ZJ0004.document", []);
        }

        return value;
    }

    /// <summary>
    /// One pass of the reader alone: well-formedness, depth and string length, stopping at the first problem —
    /// which also makes a deeply nested document stop at the depth limit rather than at its end.
    /// </summary>
    private static bool Scan(ReadOnlySpan<byte> utf8, JsonLoadOptions options, Problems problems)
    {
        if (utf8.IsEmpty)
        {
            problems.Error(JsonDiagnosticCodes.MalformedJson, "$", "ZJ0002.empty", [], 1, 1);
            return false;
        }

        var position = new TextPosition(utf8);
        if (FirstInvalidUtf8(utf8) is { } invalid)
        {
            // The reader checks UTF-8 only when a string is decoded, which would fail later and deeper; JSON is UTF-8.
            var (line, column) = position.At(invalid);
            problems.Error(JsonDiagnosticCodes.MalformedJson, null, "ZJ0002.utf8", [], line, column);
            return false;
        }

        var reader = new Utf8JsonReader(utf8, ReaderOptions(options.MaxDepth + 1));
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= options.MaxDepth:
                        var (line, column) = position.At((int)reader.TokenStartIndex);
                        problems.Error(JsonDiagnosticCodes.TooDeep, null, "ZJ0003", [options.MaxDepth.ToString(CultureInfo.InvariantCulture)], line, column);
                        return false;
                    case JsonTokenType.String or JsonTokenType.PropertyName when reader.ValueIsEscaped && !Decodes(ref reader):
                        (line, column) = position.At((int)reader.TokenStartIndex);
                        problems.Error(JsonDiagnosticCodes.MalformedJson, null,
                            "ZJ0002.surrogate", [], line, column);
                        return false;
                    case JsonTokenType.String or JsonTokenType.PropertyName when TooLong(ref reader, options.MaxStringLength):
                        (line, column) = position.At((int)reader.TokenStartIndex);
                        problems.Error(JsonDiagnosticCodes.StringTooLong, null, "ZJ0014", [options.MaxStringLength.ToString(CultureInfo.InvariantCulture)], line, column);
                        return false;
                }
            }

            return true;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var offset = LineStart(utf8, line) + (int)(e.BytePositionInLine ?? 0);
            var column = Encoding.UTF8.GetCharCount(utf8[LineStart(utf8, line)..Math.Min(offset, utf8.Length)]) + 1;
            problems.Error(JsonDiagnosticCodes.MalformedJson, null, Malformed(utf8, offset), [], line, column);
            return false;
        }
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or null when all of it is valid.</summary>
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    /// <summary>Whether an escaped string decodes to valid UTF-16: a lone surrogate escape (\uD800) does not.</summary>
    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TooLong(ref Utf8JsonReader reader, int max)
    {
        // UTF-8 has at least one byte per UTF-16 unit, and at most three: count only the strings that might be long.
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return bytes > max && reader.GetString()!.Length > max;
    }

    /// <summary>The catalogue key of what is wrong where a well-formedness check stopped: NaN or Infinity, an early end, or anything else.</summary>
    internal static string Malformed(ReadOnlySpan<byte> utf8, int offset)
    {
        var rest = offset < utf8.Length ? utf8[offset..] : [];
        var quoted = rest.StartsWith("\""u8) ? rest[1..] : rest;
        if (quoted.StartsWith("NaN"u8) || quoted.StartsWith("Infinity"u8) || quoted.StartsWith("-Infinity"u8)
            || rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8))
        {
            return "ZJ0002.nan";
        }

        return rest.IsEmpty ? "ZJ0002.unclosed" : "ZJ0002";
    }

    private static int LineStart(ReadOnlySpan<byte> utf8, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return start;
            }

            start += next + 1;
        }

        return start;
    }

    private static string Expected(string path)
        => path.EndsWith(']') || path == "$" ? "ZJ0004.object" : "ZJ0004.objectOrArray";

    private static JsonReaderOptions ReaderOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    internal static void TooLarge(Problems problems, long limit, long? size)
        => problems.Error(JsonDiagnosticCodes.DocumentTooLarge, null, size is { } s ? "ZJ0001.size" : "ZJ0001",
            size is { } bytes ? [bytes.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)] : [limit.ToString(CultureInfo.InvariantCulture)]);
}

/// <summary>Reads a scanned document's wire objects, or returns null to leave it to the serializer.</summary>
internal delegate T? SpanReader<T>(ReadOnlySpan<byte> utf8)
    where T : class;

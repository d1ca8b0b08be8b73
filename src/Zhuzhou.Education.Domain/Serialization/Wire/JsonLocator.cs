using System.Text;
using System.Text.Json;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// Finds where values are in a document: one pass of the reader that tracks the JSON path of each token and
/// reports the 1-based line and column (in UTF-16 characters) of the paths asked for. Used only when there is
/// something to report, so the loading of valid documents never pays for it.
/// </summary>
internal static class JsonLocator
{
    public static Dictionary<string, (int Line, int Column)> Locate(ReadOnlySpan<byte> utf8, HashSet<string> paths)
    {
        var result = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var lookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        var path = new StringBuilder("$");
        var frames = new Stack<(bool IsArray, int Index, int BaseLength)>();
        var position = new TextPosition(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 100_000 });
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    var frame = frames.Pop();
                    path.Length = frame.BaseLength;
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    path.Length = frames.Peek().BaseLength;
                    path.Append(JsonPaths.Segment(reader.GetString()!));
                    continue;
                }

                if (frames.TryPeek(out var parent) && parent.IsArray)
                {
                    frames.Pop();
                    frames.Push(parent with { Index = parent.Index + 1 });
                    path.Length = parent.BaseLength;
                    path.Append('[').Append(parent.Index + 1).Append(']');
                }

                if (Matches(lookup, path, out var key) && !result.ContainsKey(key))
                {
                    result[key] = position.At((int)reader.TokenStartIndex);
                    if (result.Count == paths.Count)
                    {
                        break;
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((token == JsonTokenType.StartArray, -1, path.Length));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text after the last path found: the paths not found have no position.
        }

        return result;
    }

    private static bool Matches(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, StringBuilder path, out string key)
    {
        key = string.Empty;
        if (path.Length > 4096)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[path.Length];
        path.CopyTo(0, buffer, path.Length);
        return lookup.TryGetValue(buffer, out key!);
    }
}

/// <summary>Turns byte offsets, asked for in increasing order, into 1-based lines and columns.</summary>
internal ref struct TextPosition
{
    private readonly ReadOnlySpan<byte> utf8;
    private int scanned;
    private int line;
    private int column;

    public TextPosition(ReadOnlySpan<byte> utf8)
    {
        this.utf8 = utf8;
        line = 1;
    }

    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        if (offset < scanned)
        {
            scanned = 0;
            line = 1;
            column = 0;
        }

        // The column is counted on as the offset moves forward, never again from the line's start: linear on any line.
        // UTF-16 units: one per UTF-8 lead byte, two for a four-byte sequence (a surrogate pair).
        for (; scanned < offset; scanned++)
        {
            var b = utf8[scanned];
            if (b == (byte)'\n')
            {
                line++;
                column = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return (line, column + 1);
    }
}

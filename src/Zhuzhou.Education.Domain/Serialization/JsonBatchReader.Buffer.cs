using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>The bounded buffer over the stream, and the line and column of a byte in the whole document.</content>
internal sealed partial class JsonBatchReader
{
    /// <summary>The org unit codes and names a small document's reports give.</summary>
    private static List<string> OrgUnitsNamed(ReadOnlySpan<byte> json)
    {
        var named = new List<string>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3 && reader.ValueTextEquals("orgUnit"u8)
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    named.Add(reader.GetString()!);
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed (a stray byte): the loader says where.
        }

        return named;
    }

    private static byte[] Quoted(string name) => [(byte)'"', .. JsonEncodedText.Encode(name).EncodedUtf8Bytes, (byte)'"'];

    private void Write(ReadOnlySpan<byte> bytes)
    {
        document.Write(bytes);
        miniLines += bytes.Count((byte)'\n');
    }

    /// <summary>The line of a byte of the buffer, counting the line ends up to it.</summary>
    private int Line(long offset)
    {
        Count(bufferStart + offset);
        return line;
    }

    private int Column(long offset) => (int)(bufferStart + offset - lineStart) + 1;

    private void Count(long to)
    {
        // Counted, then the last found: two vectorised passes, not a search for each line end.
        var span = buffer.AsSpan((int)(counted - bufferStart), (int)(to - counted));
        var ends = span.Count((byte)'\n');
        if (ends > 0)
        {
            line += ends;
            lineStart = counted + span.LastIndexOf((byte)'\n') + 1;
        }

        counted = to;
    }

    /// <summary>Drops the first <paramref name="consumed"/> bytes of the buffer (read), counting their line ends.</summary>
    private void Consume(int consumed)
    {
        Count(bufferStart + consumed);
        buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
        length -= consumed;
        bufferStart += consumed;
    }

    /// <summary>A value longer than the buffer: the buffer doubles, up to the batch limit.</summary>
    private bool Grow()
    {
        if (buffer.Length >= options.MaxDocumentBytes)
        {
            Error(JsonDiagnosticCodes.DocumentTooLarge, "$.reports[" + reportIndex.ToString(CultureInfo.InvariantCulture) + "]", "ZJ0001.value",
                [options.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture)], Line(0), Column(0));
            return false;
        }

        Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, options.MaxDocumentBytes + 16));
        return true;
    }

    private void Fill(ref bool final)
    {
        while (length < buffer.Length)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                final = true;
                return;
            }

            length += read;
        }
    }
}

using System.Text;

namespace Zhuzhou.Education.Domain.Text;

/// <content>UTF-8 from a stream that can seek, decoded without holding its bytes.</content>
public static partial class PlanTextParser
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>
    /// The text of a stream that can seek and holds UTF-8 (after a byte-order mark, or valid without one), decoded in
    /// chunks straight into a string of its length: the bytes are never held whole beside their text (they were the
    /// largest transient copy of a parse: 20 MB of bytes beside the 14 MB of their text). The text is the one
    /// <see cref="Decode"/> gives for the same bytes. Null, with the stream back where it was, for any other stream:
    /// one that cannot seek, has no UTF-8 (a UTF-16 mark, bytes that are not UTF-8 and no mark) or changes between
    /// the two reads.
    /// </summary>
    private static string? TryReadUtf8(Stream stream)
    {
        if (!stream.CanSeek || stream.Length - stream.Position is var remaining && remaining >= Array.MaxLength)
        {
            return null;
        }

        var origin = stream.Position;
        var buffer = new byte[ChunkBytes];
        var head = ReadAtLeast(stream, buffer.AsSpan(0, 3));
        var marked = head == 3 && buffer.AsSpan(0, 3).SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (head >= 2 && (buffer.AsSpan(0, 2).SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || buffer.AsSpan(0, 2).SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            stream.Position = origin;
            return null;
        }

        // As Decode reads it: after a mark, invalid bytes become U+FFFD; without one, the text must be valid UTF-8.
        var start = origin + (marked ? 3 : 0);
        var encoding = marked ? new UTF8Encoding(false, throwOnInvalidBytes: false) : new UTF8Encoding(false, throwOnInvalidBytes: true);
        stream.Position = start;
        long length = 0;
        try
        {
            var counter = encoding.GetDecoder();
            for (var read = stream.Read(buffer); ; read = stream.Read(buffer))
            {
                length += counter.GetCharCount(buffer.AsSpan(0, read), flush: read == 0);
                if (read == 0)
                {
                    break;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            stream.Position = origin;
            return null;
        }

        if (length >= Array.MaxLength)
        {
            stream.Position = origin;
            return null;
        }

        stream.Position = start;
        try
        {
            return string.Create((int)length, (stream, buffer, Decoder: encoding.GetDecoder()), static (target, state) =>
            {
                var written = 0;
                for (var read = state.stream.Read(state.buffer); ; read = state.stream.Read(state.buffer))
                {
                    var bytes = state.buffer.AsSpan(0, read);
                    if (state.Decoder.GetCharCount(bytes, flush: read == 0) > target.Length - written)
                    {
                        throw new DecoderFallbackException("The stream grew between its two reads.");
                    }

                    written += state.Decoder.GetChars(bytes, target[written..], flush: read == 0);
                    if (read == 0)
                    {
                        break;
                    }
                }

                if (written != target.Length)
                {
                    throw new DecoderFallbackException("The stream shrank between its two reads.");
                }
            });
        }
        catch (DecoderFallbackException)
        {
            // The stream changed between the two reads: read again as a stream that cannot seek is.
            stream.Position = origin;
            return null;
        }
    }

    private static int ReadAtLeast(Stream stream, Span<byte> span)
    {
        var read = 0;
        while (read < span.Length && stream.Read(span[read..]) is var n and > 0)
        {
            read += n;
        }

        return read;
    }
}

namespace Zhuzhou.Education.Domain.Serialization.Wire;

internal static partial class JsonInput
{
    /// <summary>Reads a stream whole and asynchronously, refusing it once it is longer than the limit.</summary>
    public static async Task<byte[]?> ReadAllAsync(Stream stream, JsonLoadOptions options, Problems problems, CancellationToken cancellationToken)
    {
        var limit = options.MaxDocumentBytes;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            TooLarge(problems, limit, stream.Length - stream.Position);
            return null;
        }

        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, limit + 1 - memory.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
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
}

using System.Buffers;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// Reads a whole file as a stream with the size limit applied while reading: a file or a pipe larger than the limit
/// (an endless one too) is refused as soon as the limit is passed, naming the file, before it fills the memory.
/// </summary>
internal static class BoundedRead
{
    /// <summary>The most zedu reads of a plan or a JSON file: what the JSON readers admit (64 MiB).</summary>
    public static long Limit { get; } = JsonLoadOptions.Default.MaxDocumentBytes;

    /// <summary>The file's bytes, or a message naming it: not found, a folder, unreadable, too large.</summary>
    public static MemoryStream File(string file, Language language, long? limit = null)
    {
        if (Directory.Exists(file))
        {
            throw new CliException(CliText.IsAFolder(language, file));
        }

        if (!System.IO.File.Exists(file))
        {
            throw new CliException(CliText.FileNotFound(language, file));
        }

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            return Stream(stream, file, language, limit);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException(CliText.CannotRead(language, file), e);
        }
        catch (IOException e)
        {
            // A file the system refuses to read (an I/O error, a special file): named, never a stack trace.
            throw new CliException(CliText.ReadFailed(language, file, e), e);
        }
    }

    /// <summary>The stream, read forward through the limit: the read that passes it is refused, naming the file and the limit.</summary>
    public static Stream Limited(Stream stream, string file, Language language, long limit) => new LimitedStream(stream, file, language, limit);

    /// <summary>The rest of a stream, refused once it passes the limit.</summary>
    public static MemoryStream Stream(Stream stream, string file, Language language, long? limit = null)
    {
        var most = limit ?? Limit;
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > most)
                {
                    buffer.Dispose();
                    throw new CliException(CliText.TooLarge(language, file, most));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }
}

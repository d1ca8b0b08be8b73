using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// A stream read forward with a size limit applied while reading: the read that would pass the limit is refused
/// with a message naming the file and the limit, so a file or pipe larger than the limit — an endless one too — is
/// stopped there, before it fills the memory. Seeking is not offered; the stream under it is left open.
/// </summary>
internal sealed class LimitedStream(Stream inner, string file, Language language, long limit) : Stream
{
    /// <summary>The bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // One byte more than the limit is asked for, so a stream of exactly the limit ends as it should.
        var room = limit - BytesRead + 1;
        var read = inner.Read(room < buffer.Length ? buffer[..(int)room] : buffer);
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new CliException(CliText.TooLarge(language, file, limit));
        }

        return read;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

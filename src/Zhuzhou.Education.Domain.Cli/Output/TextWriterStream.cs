using System.Text;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// A write-only stream of UTF-8 that hands its text to a <see cref="TextWriter"/> as it comes (a character cut between
/// two writes is kept until its last byte): a document written as bytes goes to the console without being held whole.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Flushes the writer; a character still cut in two waits for its last byte.</summary>
    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Decode([], flush: true);
            writer.Flush();
        }

        base.Dispose(disposing);
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var needed = decoder.GetCharCount(bytes, flush);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        var count = decoder.GetChars(bytes, chars, flush);
        writer.Write(chars, 0, count);
    }
}

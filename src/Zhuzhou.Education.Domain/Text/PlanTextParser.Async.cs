using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Text;

public static partial class PlanTextParser
{
    /// <summary>
    /// Reads plan text from a stream asynchronously — no synchronous read, as web servers require — then parses it as
    /// <see cref="Parse(Stream, Encoding?, PlanTextOptions?)"/> does (a byte-order mark, UTF-8 or GB18030 when no encoding is
    /// given).
    /// </summary>
    /// <param name="stream">The stream, read from its current position to the end and not disposed.</param>
    /// <param name="encoding">The encoding to use, or null to detect it.</param>
    /// <param name="options">What the caller knows that the text may not say; <see cref="PlanTextOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ParseResult<Plan>> LoadAsync(Stream stream, Encoding? encoding = null, PlanTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var (text, note) = Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), encoding);
        return ParseText(text, options, note);
    }
}

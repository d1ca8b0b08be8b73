using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Serialization;

public static partial class OrgUnitCsv
{
    /// <summary>
    /// Loads a tree from an untrusted UTF-8 CSV stream, reading it asynchronously (no synchronous read, as web servers
    /// require), then as <see cref="Load(Stream)"/> does.
    /// </summary>
    /// <param name="utf8Csv">The stream, read from its current position to the end; left open. A byte-order mark is skipped.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The tree, or the problems found (with their lines and columns) and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ParseResult<OrgUnitTree>> LoadAsync(Stream utf8Csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var text = new StreamReader(utf8Csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Parse(await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }
}

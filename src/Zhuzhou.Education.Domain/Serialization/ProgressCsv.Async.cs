using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Serialization;

public static partial class ProgressCsv
{
    /// <summary>
    /// Loads a batch from an untrusted UTF-8 CSV stream, reading it asynchronously into memory (no synchronous read,
    /// as web servers require), then checking it as <see cref="Load(Stream, Plan, OrgUnitTree, ProgressCsvOptions?)"/> does.
    /// </summary>
    /// <param name="utf8Csv">The stream, read from its current position to the end; left open. A byte-order mark is skipped.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Options; <see cref="ProgressCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The batch with its warnings, or the problems found (with their lines) and no batch.</returns>
    /// <exception cref="ArgumentNullException">A stream, plan or tree is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ParseResult<ProgressBatch>> LoadAsync(
        Stream utf8Csv, Plan plan, OrgUnitTree orgUnits, ProgressCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var buffer = new MemoryStream();
        await utf8Csv.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        using var text = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Read(text, plan, orgUnits, options);
    }
}

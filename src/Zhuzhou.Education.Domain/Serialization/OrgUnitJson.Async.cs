using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

public static partial class OrgUnitJson
{
    /// <summary>
    /// Loads a tree from an untrusted UTF-8 JSON stream, reading it asynchronously (no synchronous read, as web servers
    /// require), then as <see cref="Load(Stream, JsonLoadOptions?)"/> does.
    /// </summary>
    /// <param name="utf8Json">The stream, read from its current position to the end; left open.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The tree, or every problem found and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ParseResult<OrgUnitTree>> LoadAsync(Stream utf8Json, JsonLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = await JsonInput.ReadAllAsync(utf8Json, options, problems, cancellationToken).ConfigureAwait(false);
        return bytes is null ? Failed(problems, default) : LoadChecked(bytes, options, problems);
    }
}

using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

public static partial class ProgressJson
{
    /// <summary>
    /// Loads a batch from an untrusted UTF-8 JSON stream, reading it asynchronously (no synchronous read, as web servers
    /// require), then checking it against a plan and an org unit tree as
    /// <see cref="Load(Stream, Plan, OrgUnitTree, JsonLoadOptions?)"/> does.
    /// </summary>
    /// <param name="utf8Json">The stream, read from its current position to the end; left open.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The batch with its warnings, or every problem found and no batch.</returns>
    /// <exception cref="ArgumentNullException">A stream, plan or tree is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ParseResult<ProgressBatch>> LoadAsync(
        Stream utf8Json, Plan plan, OrgUnitTree orgUnits, JsonLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = await JsonInput.ReadAllAsync(utf8Json, options, problems, cancellationToken).ConfigureAwait(false);
        return bytes is null ? Failed(problems) : LoadChecked(bytes, plan, orgUnits, options, problems);
    }
}

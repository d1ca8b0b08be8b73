using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>Options of <see cref="ProgressCsv"/>: how many errors to list, how to find org units the tree does not name, progress.</summary>
/// <remarks>Immutable; thread-safe when its delegates are.</remarks>
public sealed record ProgressCsvOptions
{
    private readonly int maxErrors = 1000;

    /// <summary>The default options: up to 1000 errors listed, org units by code or name only.</summary>
    public static ProgressCsvOptions Default { get; } = new();

    /// <summary>How many errors to list; the rest are counted in one last diagnostic. 1000 by default; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init => maxErrors = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxErrors), value, "At least one error must be listed.");
    }

    /// <summary>
    /// Called for an org unit written as neither a code nor a name of the tree; returns a unit beneath one of the
    /// tree's to admit it (it joins the tree for this batch), or null to refuse it. Null (the default) refuses.
    /// Read by <see cref="ProgressIngest.ReadCsv"/>, a file's records are read on a thread of their own: it is called
    /// there, one call at a time, while the caller's thread waits in <c>ReadCsv</c>.
    /// </summary>
    public Func<string, OrgUnit?>? ResolveOrgUnit { get; init; }

    /// <summary>Called now and then with the number of records read so far (for a progress bar), on the caller's thread; null for none.</summary>
    public Action<long>? Progress { get; init; }
}

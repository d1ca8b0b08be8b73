using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Limits applied when loading JSON from an untrusted source (a file uploaded by a school, a message from another
/// service), so that a hostile or broken document is refused quickly without exhausting memory.
/// </summary>
/// <remarks>
/// <para>The defaults fit the real files by a wide margin: the 2017 plan is about 60 KB and 11 levels deep; a
/// month of reports from every school of a city (300,000 reports) is about 40 MB. Raise
/// <see cref="MaxDocumentBytes"/> for larger batches, or read larger files into a store with
/// <see cref="ProgressIngest"/>, which applies the limit to each batch.</para>
/// <para>Immutable once created (init-only properties); thread-safe.</para>
/// </remarks>
public sealed record JsonLoadOptions
{
    private readonly long maxDocumentBytes = 64L * 1024 * 1024;
    private readonly int maxDepth = 64;
    private readonly int maxStringLength = TextLimits.MaxTextLength;

    /// <summary>The defaults: 64 MiB, depth 64, strings of up to 65,536 characters.</summary>
    public static JsonLoadOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes of UTF-8. A stream that says it is longer is refused before
    /// anything is read; any other stream is read no further than one byte past the limit. A progress file read
    /// into a store (<see cref="ProgressIngest.ReadJson"/>) is read in batches, and the limit applies to each batch
    /// (and so to each report) rather than to the file.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above <see cref="Array.MaxLength"/>.</exception>
    public long MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = value >= 1 && value <= Array.MaxLength
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, $"Maximum document size must be between 1 and {Array.MaxLength} bytes.");
    }

    /// <summary>
    /// The deepest nesting of arrays and objects accepted (the document itself is depth 1). The real documents
    /// need at most 12.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1 or above 1000.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "Maximum depth must be between 1 and 1000.");
    }

    /// <summary>The longest string value accepted, in UTF-16 characters (the plan's longest paragraph is under 1,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init => maxStringLength = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "Maximum string length must be at least 1.");
    }
}

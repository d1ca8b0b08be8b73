using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>A link to evidence for a report (a document, a photo, a page), after IATI's document-link.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvidenceLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="title">What the evidence is.</param>
    /// <param name="uri">Where it is; an absolute URI.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank or <paramref name="uri"/> is not absolute.</exception>
    public EvidenceLink(string title, Uri uri)
    {
        Title = Preconditions.CheckNotBlank(title);
        Uri = Preconditions.CheckNotNull(uri);
        Preconditions.CheckArgument(uri.IsAbsoluteUri, nameof(uri), "Evidence URI must be absolute.");
    }

    /// <summary>What the evidence is.</summary>
    public string Title { get; }

    /// <summary>Where it is.</summary>
    public Uri Uri { get; }
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// A batch of progress reports (进度报送) as exchanged in one "zedu.progress/1" document: typically one org
/// unit's or one month's submissions.
/// </summary>
/// <remarks>
/// <para>A batch read by <see cref="ProgressJson"/> has been checked against a plan and an org unit tree and is
/// accepted whole or not at all.</para>
/// <para>Equality is structural (reports element by element, in order). Immutable and thread-safe.</para>
/// </remarks>
public sealed record ProgressBatch
{
    /// <summary>Creates a batch.</summary>
    /// <param name="reports">The reports, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public ProgressBatch(IEnumerable<ProgressReport> reports)
    {
        Reports = Sequences.ToImmutable(reports, nameof(reports));
    }

    /// <summary>The reports, in order.</summary>
    public ImmutableArray<ProgressReport> Reports { get; }

    /// <inheritdoc />
    public bool Equals(ProgressBatch? other) => other is not null && Sequences.Equal(Reports, other.Reports);

    /// <inheritdoc />
    public override int GetHashCode() => Sequences.Hash(Reports);

    /// <summary>"12 reports".</summary>
    /// <returns>The count of reports.</returns>
    public override string ToString()
        => Reports.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Reports.Length == 1 ? " report" : " reports");
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Validates a batch of rows and lays it out as a <see cref="Segment"/>: sorted by cell, then day, with every
/// (target, org unit, day) key once. A batch holding rows for at least half the store's cells becomes a dense
/// segment (<see cref="SegmentBuilder.Dense"/>), a smaller one a sparse segment (<see cref="SegmentBuilder.Sparse"/>).
/// </summary>
internal static partial class SegmentBuilder
{
    /// <summary>
    /// Validates and lays out a batch. Returns the segment, or the first bad row; nothing is shared with the
    /// store until the caller attaches the segment.
    /// </summary>
    /// <param name="layout">The store's layout.</param>
    /// <param name="memory">Where the segment's columns go.</param>
    /// <param name="generation">The segment's place in the order the store made segments.</param>
    /// <param name="rows">The batch, not empty.</param>
    /// <param name="denominators">One per row, or empty.</param>
    /// <param name="parts">1, or more to lay a dense batch out in that many pieces a pass, on the cores free.</param>
    internal static (Segment? Segment, RowFault? Fault) Build(
        StoreLayout layout, ColumnMemory memory, long generation, ReadOnlyMemory<ReportRow> rows, ReadOnlyMemory<double> denominators, int parts)
    {
        if (DenominatorFault(layout, rows.Span, denominators.Span) is { } fault)
        {
            return (null, fault);
        }

        return (long)rows.Length * 2 >= layout.CellCount
            ? Dense(layout, memory, generation, rows, denominators, parts)
            : Sparse(layout, memory, generation, rows.Span, denominators.Span);
    }

    /// <summary>Whether a value may be stored: finite and not negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsBad(StoreLayout layout, in ReportRow row)
        => IsBad(row, (uint)layout.TargetCount, (uint)layout.UnitCount, (uint)layout.DayCount);

    /// <summary>The same check with the layout's bounds given, for a loop that reads them once rather than per row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsBad(in ReportRow row, uint targets, uint units, uint dayCount)
        => ((uint)row.Target >= targets) | ((uint)row.OrgUnit >= units)
            | ((uint)row.Day >= dayCount) | !(row.Value >= 0d && row.Value < double.PositiveInfinity);

    /// <summary>
    /// The first row that repeats the key of an earlier row (called once a sort has found that some key repeats,
    /// so that the message names rows in the caller's order).
    /// </summary>
    internal static RowFault FindRepeat(StoreLayout layout, ReadOnlySpan<ReportRow> rows)
    {
        var seen = new Dictionary<long, int>();
        for (var i = 0; i < rows.Length; i++)
        {
            var key = (((long)rows[i].Target * layout.UnitCount) + rows[i].OrgUnit) * layout.DayCount + rows[i].Day;
            if (!seen.TryAdd(key, i))
            {
                return RowFault.Repeated(layout, i, seen[key], rows[i]);
            }
        }

        throw new InvalidOperationException("A repeated key was reported but none was found.");
    }

    /// <summary>Shares need a finite positive denominator; the first row that lacks one.</summary>
    private static RowFault? DenominatorFault(StoreLayout layout, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators)
    {
        if (!layout.HasRatio)
        {
            return null;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var target = rows[i].Target;
            if ((uint)target < (uint)layout.TargetCount && layout.IsRatio[target])
            {
                if (denominators.IsEmpty)
                {
                    return new(i, RowFaultKind.Denominator, $"target {layout.Targets[target].Id} is a share and needs a denominator, but none was given.");
                }

                var denominator = denominators[i];
                if (!(denominator > 0d && denominator < double.PositiveInfinity))
                {
                    return new(i, RowFaultKind.Denominator, string.Create(CultureInfo.InvariantCulture, $"the denominator {denominator} of a share must be a finite positive number."));
                }
            }
        }

        return null;
    }

    /// <summary>The first bad row of a part of the batch (as an index into the whole), or −1; and its day bounds and order.</summary>
    private struct Scan
    {
        internal int BadRow;
        internal int MinDay;
        internal int MaxDay;
        internal int FirstDay;
        internal int LastDay;
        internal bool DaysInOrder;
    }
}

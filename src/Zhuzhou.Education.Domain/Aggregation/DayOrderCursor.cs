using System.Collections.Immutable;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Walks one cell's rows across all segments in day order; among rows of one day, in arrival order (earlier
/// segments first, and within a segment the order it keeps). Reused from cell to cell without allocating.
/// </summary>
internal sealed class DayOrderCursor(ImmutableArray<Segment> segments)
{
    private readonly int[] heads = new int[segments.Length];
    private int cell;

    internal void Reset(int cell)
    {
        this.cell = cell;
        for (var s = 0; s < segments.Length; s++)
        {
            heads[s] = segments[s].Start[cell];
        }
    }

    internal bool MoveNext(out Segment segment, out int index)
    {
        var pick = -1;
        var pickDay = int.MaxValue;
        for (var s = 0; s < segments.Length; s++)
        {
            var candidate = segments[s];
            if (heads[s] < candidate.Start[cell + 1] && candidate.Days[heads[s]] < pickDay)
            {
                pick = s;
                pickDay = candidate.Days[heads[s]];
            }
        }

        if (pick < 0)
        {
            segment = null!;
            index = -1;
            return false;
        }

        segment = segments[pick];
        index = heads[pick]++;
        return true;
    }
}

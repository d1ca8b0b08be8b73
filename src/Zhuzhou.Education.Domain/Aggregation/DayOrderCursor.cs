namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Walks one cell's rows across all segments in day order (keys are unique, so no two rows of a cell share a
/// day). Reused from cell to cell without allocating; cells visited in ascending order cost one step along each
/// sparse segment's directory, others a binary search.
/// </summary>
internal sealed class DayOrderCursor(Segment[] segments)
{
    private readonly int[] directoryHead = new int[segments.Length];
    private readonly Segment[] active = new Segment[segments.Length];
    private readonly int[] heads = new int[segments.Length];
    private readonly int[] ends = new int[segments.Length];
    private int activeCount;
    private int lastCell = -1;

    internal void Reset(int cell)
    {
        activeCount = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            int entry;
            var cells = segment.Cells;
            if (segment.IsDense)
            {
                entry = cell;
            }
            else if (cell >= lastCell)
            {
                var head = directoryHead[s];
                while (head < cells.Length && cells[head] < cell)
                {
                    head++;
                }

                directoryHead[s] = head;
                entry = head < cells.Length && cells[head] == cell ? head : -1;
            }
            else
            {
                var found = cells.BinarySearch(cell);
                directoryHead[s] = found >= 0 ? found : ~found;
                entry = found >= 0 ? found : -1;
            }

            if (entry >= 0 && segment.StartAt(entry) < segment.StartAt(entry + 1))
            {
                active[activeCount] = segment;
                heads[activeCount] = segment.StartAt(entry);
                ends[activeCount] = segment.StartAt(entry + 1);
                activeCount++;
            }
        }

        lastCell = cell;
    }

    internal bool MoveNext(out Segment segment, out int index)
    {
        var pick = -1;
        var pickDay = int.MaxValue;
        for (var s = 0; s < activeCount; s++)
        {
            if (heads[s] < ends[s] && active[s].DayAt(heads[s]) < pickDay)
            {
                pick = s;
                pickDay = active[s].DayAt(heads[s]);
            }
        }

        if (pick < 0)
        {
            segment = null!;
            index = -1;
            return false;
        }

        segment = active[pick];
        index = heads[pick]++;
        return true;
    }
}

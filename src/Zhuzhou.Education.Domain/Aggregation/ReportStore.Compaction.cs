namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// Compaction: segments merged as they accumulate, so a store fed in many small rounds keeps few segments and
/// answers as fast as one loaded at once.
/// </content>
/// <remarks>
/// <para>Small segments (sparse: rows for fewer than half the cells, one reporting round) are left alone until
/// the newest ones together hold twice as many rows as the store has cells, or number
/// <see cref="MaxSmallSegments"/>; then they are merged into one at once. Merging small segments with each other
/// first would copy every report once more for little gain: a small segment costs queries only for what it
/// holds, and one after the as-of day costs nothing.</para>
/// <para>Large segments are merged by size tier: a segment's tier is ⌊log_F(rows)⌋ for the fan-out F, and any
/// run of F adjacent large segments of one tier is merged into one (a tier up), like a counter in base F. Each
/// report is then rewritten about log_F(rows / round) times and the store holds at most F − 1 large segments a
/// tier. With rounds arriving in day order the oldest, largest segment holds the earliest days, so an as-of
/// query on a past date reads it alone and skips the newer ones.</para>
/// <para>A merge writes new columns and replaces the merged segments in one step: a query running meanwhile
/// reads the old segments, a later one the merged segment; no figure changes (keys are unique, so the merged
/// runs hold the same reports).</para>
/// </remarks>
public sealed partial class ReportStore
{
    /// <summary>The most small segments a store keeps before merging them, however few rows they hold.</summary>
    internal const int MaxSmallSegments = 32;

    /// <summary>How many adjacent large segments of one tier are merged; below 2, no compaction at all (tests change it).</summary>
    internal int CompactionFanout { get; set; } = 4;

    /// <summary>Merges every segment into one. Queries running meanwhile read the segments as they were.</summary>
    internal void Compact()
    {
        lock (appendLock)
        {
            var stored = segments;
            if (stored.Length > 1)
            {
                Replace(stored, 0, stored.Length);
            }
        }
    }

    /// <summary>The tier of a segment: ⌊log_F(rows)⌋.</summary>
    internal static int Tier(int rows, int fanout)
    {
        var tier = 0;
        for (var size = (long)fanout; size <= rows; size *= fanout)
        {
            tier++;
        }

        return tier;
    }

    /// <summary>
    /// The next run of adjacent segments to merge, or length 0: the newest small segments once they hold twice
    /// the store's cells in rows or number <see cref="MaxSmallSegments"/>; else the newest run of at least
    /// <paramref name="fanout"/> large segments of one tier.
    /// </summary>
    internal static (int From, int Length) FindMergeRun(IReadOnlyList<Segment> stored, int fanout, int cells)
    {
        var end = stored.Count;
        while (end > 0)
        {
            var from = end - 1;
            if (IsSmall(stored[from], cells))
            {
                long rows = stored[from].Count;
                while (from > 0 && IsSmall(stored[from - 1], cells))
                {
                    rows += stored[--from].Count;
                }

                if (rows >= 2L * cells || end - from >= MaxSmallSegments)
                {
                    return (from, end - from);
                }
            }
            else
            {
                var tier = Tier(stored[from].Count, fanout);
                while (from > 0 && !IsSmall(stored[from - 1], cells) && Tier(stored[from - 1].Count, fanout) == tier)
                {
                    from--;
                }

                if (end - from >= fanout)
                {
                    return (from, end - from);
                }
            }

            end = from;
        }

        return (0, 0);
    }

    private static bool IsSmall(Segment segment, int cells) => (long)segment.Count * 2 < cells;

    /// <summary>After an append (holding the append lock): merges runs until none is left.</summary>
    private void CompactTiers()
    {
        if (CompactionFanout < 2)
        {
            return;
        }

        while (FindMergeRun(segments, CompactionFanout, Layout.CellCount) is { Length: > 0 } run)
        {
            Replace(segments, run.From, run.Length);
        }
    }

    /// <summary>Merges <paramref name="length"/> segments from <paramref name="from"/> and publishes the new list in one write.</summary>
    private void Replace(Segment[] stored, int from, int length)
    {
        var merged = SegmentMerge.Merge(Layout, Memory, ++generations, stored[from..(from + length)]);
        Volatile.Write(ref segments, [.. stored[..from], merged, .. stored[(from + length)..]]);
    }
}

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
/// <para>Merges run in the background, one at a time, while appends go on (a daily round is laid out on one
/// core while the previous rounds are merged on the other). A merge writes new columns and replaces the merged
/// segments in one step: a query running meanwhile reads the old segments, a later one the merged segment; no
/// figure changes (keys are unique, so the merged runs hold the same reports).</para>
/// </remarks>
public sealed partial class ReportStore
{
    /// <summary>The most small segments a store keeps before merging them, however few rows they hold.</summary>
    internal const int MaxSmallSegments = 32;

    /// <summary>Guards the segment list: appends add to its end, the compactor replaces runs within it.</summary>
    private readonly Lock publishLock = new();

    /// <summary>The background merges, while they run (null when none has started).</summary>
    private Task? compaction;

    private bool compacting;

    private Exception? compactionError;

    /// <summary>How many adjacent large segments of one tier are merged; below 2, no compaction at all (tests change it).</summary>
    internal int CompactionFanout { get; set; } = 4;

    /// <summary>Waits until no merge is running or due (for tests and benchmarks that look at the layout).</summary>
    /// <exception cref="InvalidOperationException">A background merge failed (the store keeps its unmerged segments).</exception>
    internal void WaitForCompaction()
    {
        while (Volatile.Read(ref compaction) is { } task && !task.IsCompleted)
        {
            task.Wait();
        }

        if (Volatile.Read(ref compactionError) is { } error)
        {
            throw new InvalidOperationException("A background merge of segments failed; the store keeps its segments unmerged.", error);
        }
    }

    /// <summary>Merges every segment into one. Queries running meanwhile read the segments as they were.</summary>
    internal void Compact()
    {
        lock (appendLock)
        {
            WaitForCompaction();
            var stored = Volatile.Read(ref segments);
            if (stored.Length > 1)
            {
                Replace(stored[..], SegmentMerge.Merge(Layout, Memory, Interlocked.Increment(ref generations), stored));
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

    /// <summary>Adds a new segment at the end of the list and starts the background merges if a run is due.</summary>
    private void Publish(Segment segment)
    {
        var start = false;
        lock (publishLock)
        {
            Volatile.Write(ref segments, [.. segments, segment]);
            if (!compacting && compactionError is null && CompactionFanout >= 2 && FindMergeRun(segments, CompactionFanout, Layout.CellCount).Length > 0)
            {
                compacting = start = true;
            }
        }

        if (start)
        {
            Volatile.Write(ref compaction, Task.Run(CompactRuns));
        }
    }

    /// <summary>
    /// The background merges, one at a time: take the next run, merge it without holding any lock (appends go
    /// on), then replace it in the list as it is by then (appends only add at its end).
    /// </summary>
    private void CompactRuns()
    {
        try
        {
            while (true)
            {
                Segment[] run;
                lock (publishLock)
                {
                    var (from, length) = FindMergeRun(segments, CompactionFanout, Layout.CellCount);
                    if (length == 0)
                    {
                        compacting = false;
                        return;
                    }

                    run = segments[from..(from + length)];
                }

                Replace(run, SegmentMerge.Merge(Layout, Memory, Interlocked.Increment(ref generations), run));
            }
        }
        catch (Exception e) when (e is OutOfMemoryException or InvalidOperationException or ArgumentException)
        {
            lock (publishLock)
            {
                compactionError = e;
                compacting = false;
            }
        }
    }

    /// <summary>
    /// Replaces a run of adjacent segments by their merge, publishing the new list in one write; the merged
    /// segments' memory is reused once no query can be reading them.
    /// </summary>
    private void Replace(Segment[] run, Segment merged)
    {
        lock (publishLock)
        {
            var stored = segments;
            var from = Array.IndexOf(stored, run[0]);
            Volatile.Write(ref segments, [.. stored[..from], merged, .. stored[(from + run.Length)..]]);
        }

        Memory.Release(run.SelectMany(segment => segment.Blocks));
    }
}

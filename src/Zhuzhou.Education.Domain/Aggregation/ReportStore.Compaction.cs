namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// Compaction: segments merged as they accumulate, so a store fed in many small rounds keeps few segments and
/// answers as fast as one loaded at once.
/// </content>
/// <remarks>
/// <para>Small segments (sparse: rows for fewer than half the cells, one reporting round) are left alone until
/// the newest ones together hold six times as many rows as the store has cells (<see cref="SmallRunCells"/>), or
/// number <see cref="MaxSmallSegments"/>; then they are merged into one at once. Merging small segments with each
/// other first would copy every report once more for little gain: a small segment costs queries only for what it
/// holds, and one after the as-of day costs nothing. Merged at six times the cells (rather than twice, as
/// before), rounds of a tenth of the cells skip a tier: about 60 of them make a segment that four of its kind merge
/// into the whole year's, so each report is written by merges about 1.4 times instead of 2.4, and the merges take
/// less fresh memory (no segments of the tier skipped to write and drop).</para>
/// <para>Large segments are merged by size tier: a segment's tier is ⌊log_F(rows)⌋ for the fan-out F, and any
/// run of F adjacent large segments of one tier is merged into one (a tier up), like a counter in base F. Each
/// report is then rewritten about log_F(rows / round) times and the store holds at most F − 1 large segments a
/// tier. With rounds arriving in day order the oldest, largest segment holds the earliest days, so an as-of
/// query on a past date reads it alone and skips the newer ones.</para>
/// <para>Merges are planned when an append makes them due, on the layout as if every planned merge were made, so
/// the layout a store ends with depends only on its batches. When one append makes a merge due whose result would
/// at once complete a run of the next tier, the two are planned as one merge of all their inputs: the rows of the
/// newest rounds go straight to the higher tier, written once instead of twice (with rounds of a tenth of the
/// cells, fan-out 4 and small runs of twice the cells, merges wrote 2.4 rows per row held instead of 2.9). They are made in the background, one at a time and
/// in order, while appends go on (a daily round is laid out on one core while the previous rounds are merged on
/// the other). A merge writes new columns and replaces the merged segments in one step: a query running meanwhile
/// reads the old segments, a later one the merged segment; no figure changes (keys are unique, so the merged runs
/// hold the same reports).</para>
/// </remarks>
public sealed partial class ReportStore
{
    /// <summary>The most small segments a store keeps before merging them, however few rows they hold.</summary>
    internal const int MaxSmallSegments = 128;

    /// <summary>The rows, in multiples of the store's cells, that the newest small segments hold together when they are merged.</summary>
    internal const int SmallRunCellsDefault = 6;

    /// <summary>The rows, in multiples of the store's cells, that the newest small segments hold together when they
    /// are merged (<see cref="SmallRunCellsDefault"/>; tests and the probe change it).</summary>
    internal int SmallRunCells { get; set; } = SmallRunCellsDefault;

    /// <summary>The most small segments kept before they are merged, however few rows they hold
    /// (<see cref="MaxSmallSegments"/>; tests and the probe change it).</summary>
    internal int SmallRunSegments { get; set; } = MaxSmallSegments;

    /// <summary>Guards the segment list and the merge plan: appends add to the list's end, merges replace runs in it.</summary>
    private readonly Lock publishLock = new();

    /// <summary>The layout as if every planned merge were made: merges are decided here, at append time, so the
    /// layout a store ends with does not depend on how fast the background merges ran.</summary>
    private readonly List<Planned> plan = [];

    /// <summary>Planned merges not yet made, oldest first (a merge may take the output of an earlier one).</summary>
    private readonly Queue<Planned> merges = new();

    /// <summary>The background merges, while they run (null when none has started).</summary>
    private Task? compaction;

    private bool compacting;

    private Exception? compactionError;

    private long rowsMerged;

    /// <summary>How many adjacent large segments of one tier are merged; below 2, no compaction at all (tests change it).</summary>
    internal int CompactionFanout { get; set; } = 4;

    /// <summary>The rows written by merges so far (a merge counts the rows of its result): what compaction has cost.</summary>
    internal long RowsMerged => Interlocked.Read(ref rowsMerged);

    /// <summary>The most times a row held has been written (or will be, once the planned merges are made): once when
    /// its batch was laid out, once more by each merge that took it.</summary>
    internal int MostWrites
    {
        get
        {
            lock (publishLock)
            {
                return plan.Count == 0 ? 0 : plan.Max(p => p.Writes);
            }
        }
    }

    /// <summary>Waits until every planned merge is made (for tests and benchmarks that look at the layout).</summary>
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
                var merged = SegmentMerge.Merge(Layout, Memory, Interlocked.Increment(ref generations), stored);
                Interlocked.Add(ref rowsMerged, merged.Count);
                lock (publishLock)
                {
                    var writes = 1 + plan.Max(p => p.Writes);
                    plan.Clear();
                    plan.Add(new Planned(merged.Count) { Segment = merged, Writes = writes });
                }

                Replace(stored, merged);
            }
        }
    }

    /// <summary>The tier of a segment: ⌊log_F(rows)⌋.</summary>
    internal static int Tier(long rows, int fanout)
    {
        var tier = 0;
        for (var size = (long)fanout; size <= rows; size *= fanout)
        {
            tier++;
        }

        return tier;
    }

    /// <summary>
    /// The next run of adjacent segments (given by their rows, oldest first) to merge, or length 0: the newest
    /// small segments once they hold <paramref name="smallRunCells"/> times the store's cells in rows or number
    /// <paramref name="smallRunSegments"/>; else the newest run of at least <paramref name="fanout"/> large segments of one tier.
    /// </summary>
    internal static (int From, int Length) FindMergeRun(IReadOnlyList<long> rows, int fanout, int cells, int smallRunCells = SmallRunCellsDefault, int smallRunSegments = MaxSmallSegments)
    {
        var end = rows.Count;
        while (end > 0)
        {
            var from = end - 1;
            if (IsSmall(rows[from], cells))
            {
                var total = rows[from];
                while (from > 0 && IsSmall(rows[from - 1], cells))
                {
                    total += rows[--from];
                }

                if (total >= (long)smallRunCells * cells || end - from >= smallRunSegments)
                {
                    return (from, end - from);
                }
            }
            else
            {
                var tier = Tier(rows[from], fanout);
                while (from > 0 && !IsSmall(rows[from - 1], cells) && Tier(rows[from - 1], fanout) == tier)
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

    /// <summary>Small: rows for fewer than half the cells (a sparse segment).</summary>
    private static bool IsSmall(long rows, int cells) => rows * 2 < cells;

    /// <summary>Adds new segments at the end of the list in one write, plans the merges they make due, and starts them.</summary>
    private void Publish(params ReadOnlySpan<Segment> fresh)
    {
        var start = false;
        lock (publishLock)
        {
            Volatile.Write(ref segments, [.. segments, .. fresh]);
            foreach (var segment in fresh)
            {
                plan.Add(new Planned(segment.Count) { Segment = segment });
            }

            if (CompactionFanout >= 2 && compactionError is null)
            {
                // A merge that would take the output of one planned by this same append takes that one's inputs
                // instead: the rows go straight to the higher tier, written once rather than twice.
                var planned = new List<Planned>();
                while (FindMergeRun(plan.ConvertAll(p => p.Rows), CompactionFanout, Layout.CellCount, SmallRunCells, SmallRunSegments) is { Length: > 0 } run)
                {
                    var inputs = new List<Planned>();
                    foreach (var place in plan.GetRange(run.From, run.Length))
                    {
                        if (planned.Remove(place))
                        {
                            inputs.AddRange(place.Inputs!);
                        }
                        else
                        {
                            inputs.Add(place);
                        }
                    }

                    var output = new Planned(inputs.Sum(p => p.Rows)) { Inputs = [.. inputs], Writes = 1 + inputs.Max(p => p.Writes) };
                    plan.RemoveRange(run.From, run.Length);
                    plan.Insert(run.From, output);
                    planned.Add(output);
                }

                planned.ForEach(merges.Enqueue);
            }

            if (merges.Count > 0 && !compacting)
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
    /// The background merges, one at a time and in the planned order: merge without holding any lock (appends go
    /// on), then replace the run in the list as it is by then (appends only add at its end).
    /// </summary>
    private void CompactRuns()
    {
        try
        {
            while (true)
            {
                Planned next;
                lock (publishLock)
                {
                    if (merges.Count == 0)
                    {
                        compacting = false;
                        return;
                    }

                    next = merges.Peek();
                }

                // Earlier merges are made, so every input is a segment by now.
                var run = Array.ConvertAll(next.Inputs!, p => p.Segment!);
                var merged = SegmentMerge.Merge(Layout, Memory, Interlocked.Increment(ref generations), run);
                Interlocked.Add(ref rowsMerged, merged.Count);
                lock (publishLock)
                {
                    next.Segment = merged;
                    next.Inputs = null;
                    merges.Dequeue();
                }

                Replace(run, merged);
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

    /// <summary>A place in the planned layout: a segment, or the merge of earlier places yet to be made.</summary>
    private sealed class Planned(long rows)
    {
        internal long Rows { get; } = rows;

        /// <summary>How many times a row of this place is written, at most: once when its batch is laid out, once more by each merge.</summary>
        internal int Writes { get; init; } = 1;

        internal Segment? Segment { get; set; }

        internal Planned[]? Inputs { get; set; }
    }
}

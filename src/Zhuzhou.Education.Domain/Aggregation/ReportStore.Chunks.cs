namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// A batch given in chunks (a file read in bounded pieces): each chunk is laid out as its own segment and checked
/// against what is stored and the chunks before it, and the segments are published together, or none is.
/// </content>
public sealed partial class ReportStore
{
    /// <summary>
    /// Adds a batch given in chunks, whole or not at all: each chunk is validated and laid out as a segment (not yet
    /// visible to queries), its keys checked against the stored segments and the chunks before it; then every
    /// segment is published in one step, so a query sees none of the batch or all of it. Appends wait meanwhile.
    /// </summary>
    /// <param name="chunks">How many chunks.</param>
    /// <param name="chunk">The rows and denominators of chunk <c>i</c>, asked once each, in order (the caller may
    /// let a chunk's memory go once the next is asked for).</param>
    /// <returns>Null when the batch was added; otherwise the first bad row and its chunk, and nothing was added.</returns>
    internal (RowFault Fault, int Chunk)? TryAppendChunks(int chunks, Func<int, (ReadOnlyMemory<ReportRow> Rows, ReadOnlyMemory<double> Denominators)> chunk)
    {
        lock (appendLock)
        {
            var staged = new List<Segment>(chunks);
            long rows = 0;
            for (var i = 0; i < chunks; i++)
            {
                var (part, denominators) = chunk(i);
                if (part.IsEmpty)
                {
                    continue;
                }

                var (segment, fault) = SegmentBuilder.Build(Layout, Memory, Interlocked.Increment(ref generations), part, denominators, Parts(part.Length));
                using (Memory.Read())
                {
                    fault ??= FirstStoredKey([.. Volatile.Read(ref segments), .. staged], segment!, part.Span);
                }

                if (fault is not null)
                {
                    if (segment is not null)
                    {
                        Memory.Release(segment.Blocks);
                    }

                    Memory.Release(staged.SelectMany(s => s.Blocks));
                    return (fault, i);
                }

                staged.Add(segment!);
                rows += part.Length;
            }

            if (staged.Count > 0)
            {
                Publish([.. staged]);
                Interlocked.Add(ref count, rows);
            }

            return null;
        }
    }

    /// <summary>The targets (by index) with a report from an org unit other than the root of the tree.</summary>
    /// <returns>One flag per target of the plan.</returns>
    internal bool[] TargetsReportedBelowRoot()
    {
        var below = new bool[Layout.TargetCount];
        using (Memory.Read())
        {
            foreach (var segment in Segments)
            {
                for (var e = 0; e < segment.Entries; e++)
                {
                    var cell = segment.CellAt(e);
                    if (segment.StartAt(e + 1) > segment.StartAt(e) && cell % Layout.UnitCount != Layout.Root)
                    {
                        below[cell / Layout.UnitCount] = true;
                    }
                }
            }
        }

        return below;
    }
}

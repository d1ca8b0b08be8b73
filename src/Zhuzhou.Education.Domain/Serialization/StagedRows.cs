using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reports read from files and admitted, waiting to go into a store together: in the store's row form (24 bytes,
/// and 8 for a denominator) in chunks of at most <see cref="ChunkRows"/>, so that no array is ever copied whole
/// to grow, each chunk becomes a segment of its own, and a chunk's memory goes once its segment is built.
/// </summary>
/// <remarks>In a row, the org unit is the ingest's number for it and the day counts from the start of the plan period.</remarks>
internal sealed class StagedRows
{
    /// <summary>The rows of a full chunk (6 MiB of rows): a segment of this size is laid out on two cores.</summary>
    internal const int ChunkRows = 1 << 18;

    private const int FirstCapacity = 1024;

    // The most rows the first chunk grows to by doubling: 2,048 rows (48 KiB) stay off the large object heap.
    private const int SmallRows = 2048;

    private readonly List<ReportRow[]> rows = [];
    private readonly List<double[]>? denominators;

    internal StagedRows(bool withDenominators)
    {
        denominators = withDenominators ? [] : null;
    }

    /// <summary>The rows staged.</summary>
    internal long Count { get; private set; }

    /// <summary>The chunks holding them.</summary>
    internal int Chunks => (int)((Count + ChunkRows - 1) / ChunkRows);

    internal ReportRow this[long index] => rows[(int)(index / ChunkRows)][(int)(index % ChunkRows)];

    /// <summary>Row <paramref name="index"/>'s denominator: 1 when none are kept.</summary>
    internal double Denominator(long index) => denominators is null ? 1d : denominators[(int)(index / ChunkRows)][(int)(index % ChunkRows)];

    internal void Add(in ReportRow row, double denominator)
    {
        var chunk = (int)(Count / ChunkRows);
        var at = (int)(Count % ChunkRows);
        if (chunk == rows.Count)
        {
            // The first chunk grows from small, so a small file stays small; a later one belongs to a large file and is
            // made whole at once rather than grown through seven arrays on the large object heap (full collections).
            var capacity = chunk == 0 ? FirstCapacity : ChunkRows;
            rows.Add(new ReportRow[capacity]);
            denominators?.Add(new double[capacity]);
        }
        else if (at == rows[chunk].Length)
        {
            // Doubling within a chunk only, and only while small (arrays below the large object heap): a file past
            // that is large, and its chunk is made whole at once, so a full chunk is never copied, nor grown through
            // arrays that only a full collection frees.
            var grown = at < SmallRows ? at * 2 : ChunkRows;
            var part = rows[chunk];
            Array.Resize(ref part, grown);
            rows[chunk] = part;
            if (denominators is not null)
            {
                var den = denominators[chunk];
                Array.Resize(ref den, grown);
                denominators[chunk] = den;
            }
        }

        rows[chunk][at] = row;
        if (denominators is not null)
        {
            denominators[chunk][at] = denominator;
        }

        Count++;
    }

    /// <summary>Forgets the rows from <paramref name="count"/> on (a file refused after some of its batches were staged).</summary>
    internal void Truncate(long count)
    {
        Count = count;
        var keep = Chunks;
        rows.RemoveRange(keep, rows.Count - keep);
        denominators?.RemoveRange(keep, denominators.Count - keep);
    }

    /// <summary>Chunk <paramref name="index"/>'s rows (to rewrite in place) and denominators (empty when none are kept).</summary>
    internal (Memory<ReportRow> Rows, Memory<double> Denominators) Chunk(int index)
    {
        var length = (int)Math.Min(ChunkRows, Count - ((long)index * ChunkRows));
        return (rows[index].AsMemory(0, length), denominators is null ? Memory<double>.Empty : denominators[index].AsMemory(0, length));
    }

    /// <summary>Lets a chunk's memory go (it is in a segment now); the rows are gone for good.</summary>
    internal void Release(int index)
    {
        rows[index] = [];
        if (denominators is not null)
        {
            denominators[index] = [];
        }
    }
}

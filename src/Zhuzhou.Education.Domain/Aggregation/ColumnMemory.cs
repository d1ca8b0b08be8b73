using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Memory for a store's columns, with as few fresh pages as may be: on a virtual machine first touching a 4 KB
/// page costs microseconds, and the kernel zeroes every fresh page — a store fed in rounds, which rewrites its
/// reports a few times as it merges segments, would otherwise spend more time there than in its own work.
/// </summary>
/// <remarks>
/// <para>A large column (16 MB or more) gets its own array; a smaller one is carved from the current block of
/// its element type (blocks double from 64 KB to 16 MB). Arrays from 2 MB are laid out for huge pages
/// (<see cref="ColumnMemory"/>'s page part). A carved column is written once, before its segment is published,
/// and never again.</para>
/// <para>Lives (<see cref="ColumnLife"/>): the columns of a reporting round (a small batch, merged away a few rounds
/// later) are carved from blocks of their own, of at most 2 MB, never shared with longer-lived columns, so a round's
/// block empties as soon as the rounds carved from it are merged, and later rounds carve it again instead of touching
/// fresh pages. A merge's column from 1 MB is a block of its own with an eighth to spare: when the merge of the next
/// tier retires it, the next merge of about as many rows takes it whole.</para>
/// <para>Reuse: when a merge retires segments, their columns are released; a block (or a large column's array)
/// none of whose columns is live any more is retired, and becomes free once every query that could still read
/// it has finished (two epochs, <see cref="Read"/>); new columns then come from free blocks before fresh memory.
/// The free blocks of a store's memory are those its process's stores share (<see cref="FreeColumnBlocks.Shared"/>),
/// so a store fed in rounds after another was dropped carves the blocks the other's merges freed rather than touch
/// fresh pages. Free memory is bounded (the releasing store's live columns, at least 32 MB, for all the stores
/// together: enough to hold the segments of a tier that the merge of the next tier retired, for the next store's
/// merges of that tier); beyond that a retired block is left to the collector, and a free block idle for
/// <see cref="FreeColumnBlocks.MaxIdle"/> is let go at the next full collection.</para>
/// </remarks>
internal sealed partial class ColumnMemory
{
    private const int SmallestBlock = 1 << 16;
    private const int LargestBlock = 1 << 24;
    private const long MinFreeBytes = 1L << 25;
    private const int LargestRoundBlock = 1 << 21;
    private const int OwnMergedBlock = 1 << 20;

    private readonly Lock blockLock = new();
    private readonly Blocks<ushort> ushorts = new();
    private readonly Blocks<int> ints = new();
    private readonly Blocks<double> doubles = new();
    private readonly List<(ColumnBlock Block, long Epoch)> retired = [];
    private int[] identity = [];
    private readonly FreeColumnBlocks free;
    private long liveBytes;
    private long freshBytes;

    /// <summary>Column memory with free blocks of its own.</summary>
    internal ColumnMemory()
        : this(new FreeColumnBlocks())
    {
    }

    /// <summary>Column memory that keeps its free blocks in <paramref name="free"/> and takes them from there (shared by a process's stores).</summary>
    /// <param name="free">Where free blocks wait to be carved again.</param>
    internal ColumnMemory(FreeColumnBlocks free) => this.free = free;

    /// <summary>The bytes of fresh blocks taken so far (memory not reused): what the columns cost in new pages.</summary>
    internal long FreshBytes
    {
        get
        {
            lock (blockLock)
            {
                return freshBytes;
            }
        }
    }

    /// <summary>An uninitialized column (its content is garbage until written).</summary>
    /// <param name="length">The number of elements.</param>
    /// <param name="life">How long the column is likely to live: which blocks it is carved from.</param>
    internal Column<T> Allocate<T>(int length, ColumnLife life = ColumnLife.Lasting)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var bytes = (long)length * size;
        lock (blockLock)
        {
            Recycle();
            liveBytes += bytes;
            var blocks = BlocksOf<T>();
            if (bytes >= LargestBlock || (life == ColumnLife.Merged && bytes >= OwnMergedBlock))
            {
                // A merge's column gets a little room to spare, so that a later merge of about as many rows fits it.
                var own = free.Take<T>(length, 2L * length)
                    ?? NewBlock<T>(bytes >= LargestBlock ? length : length + (length / 8));
                own.Used = length;
                own.Live = 1;
                return own.Column<T>(0, length);
            }

            var carving = (int)life;
            if (blocks.Current[carving] is not { } current || current.Capacity - current.Used < length)
            {
                if (blocks.Current[carving] is { } full)
                {
                    full.Open = false;
                    RetireIfUnused(full);
                }

                blocks.Bytes[carving] = Math.Clamp(blocks.Bytes[carving] * 2, SmallestBlock, life == ColumnLife.Round ? LargestRoundBlock : LargestBlock);
                var elements = Math.Max(length, blocks.Bytes[carving] / size);
                current = free.Take<T>(length, LargestBlock / size) ?? NewBlock<T>(elements);
                current.Used = 0;
                current.Open = true;
                blocks.Current[carving] = current;
            }

            var column = current.Column<T>(current.Used, length);
            current.Used += length;
            current.Live++;
            return column;
        }
    }

    /// <summary>A zeroed column.</summary>
    /// <param name="length">The number of elements.</param>
    /// <param name="life">How long the column is likely to live: which blocks it is carved from.</param>
    internal Column<T> AllocateZeroed<T>(int length, ColumnLife life = ColumnLife.Lasting)
        where T : unmanaged
    {
        var column = Allocate<T>(length, life);
        column.Span.Clear();
        return column;
    }

    /// <summary>
    /// The column 0, 1, …, <paramref name="length"/> − 1, shared and never written again: the directory of a round
    /// that holds one row per cell (a segment's run starts). It belongs to no block, so releasing it frees nothing.
    /// </summary>
    internal Column<int> Identity(int length)
    {
        lock (blockLock)
        {
            if (identity.Length < length)
            {
                // A longer copy replaces the shorter one; segments holding the shorter keep it.
                var longer = new int[Math.Max(length, 2 * identity.Length)];
                for (var i = 0; i < longer.Length; i++)
                {
                    longer[i] = i;
                }

                identity = longer;
            }

            return new Column<int>(identity, 0, length);
        }
    }

    /// <summary>Releases the columns of a segment a merge has replaced (their memory is reused once no query can read it).</summary>
    internal void Release(IEnumerable<ColumnBlock?> blocks)
    {
        // The segment list without the released segment is published before this: order that write before the
        // epoch is read, so a query that could still see the old list is counted in an epoch not yet passed.
        Interlocked.MemoryBarrier();
        lock (blockLock)
        {
            foreach (var block in blocks)
            {
                if (block is not null)
                {
                    block.Live--;
                    liveBytes -= block.ReleasedBytes(block.Live == 0);
                    RetireIfUnused(block);
                }
            }
        }
    }

    private void RetireIfUnused(ColumnBlock block)
    {
        if (block.Live == 0 && !block.Open)
        {
            retired.Add((block, Volatile.Read(ref epoch)));
        }
    }

    /// <summary>Moves retired blocks no query can read any more to the free lists, within the bound.</summary>
    private void Recycle()
    {
        if (retired.Count == 0)
        {
            return;
        }

        TryAdvanceEpoch();
        var now = Volatile.Read(ref epoch);
        var cap = Math.Max(MinFreeBytes, liveBytes);
        retired.RemoveAll(entry =>
        {
            if (entry.Epoch + 2 > now)
            {
                return false;
            }

            free.TryAdd(entry.Block, cap);
            return true;
        });
    }

    private Blocks<T> BlocksOf<T>()
        where T : unmanaged
        => typeof(T) == typeof(ushort) ? (Blocks<T>)(object)ushorts
            : typeof(T) == typeof(int) ? (Blocks<T>)(object)ints
            : typeof(T) == typeof(double) ? (Blocks<T>)(object)doubles
            : throw new NotSupportedException($"No blocks of {typeof(T)}.");

    private ColumnBlock NewBlock<T>(int elements)
        where T : unmanaged
    {
        freshBytes += (long)elements * Unsafe.SizeOf<T>();
        var (array, offset) = Fresh<T>(elements);
        return new ColumnBlock(array, offset, elements, Unsafe.SizeOf<T>());
    }

    /// <summary>The blocks of one element type being carved.</summary>
    private sealed class Blocks<T>
        where T : unmanaged
    {
        /// <summary>The block being carved for each <see cref="ColumnLife"/>.</summary>
        internal ColumnBlock?[] Current { get; } = new ColumnBlock?[3];

        /// <summary>The size of the last block taken for each <see cref="ColumnLife"/>: blocks double up to the largest.</summary>
        internal int[] Bytes { get; } = new int[3];
    }

}

/// <summary>How long a column is likely to live, so that columns that die together share blocks.</summary>
internal enum ColumnLife
{
    /// <summary>Until the store lets it go: a large batch's or a merge's columns.</summary>
    Lasting,

    /// <summary>A reporting round's columns: a small batch's, merged away a few rounds later (carved from blocks of at most 2 MB, which empty soon).</summary>
    Round,

    /// <summary>A merge's columns: until a merge of the next tier takes them (from 1 MB a block each, with room for a later merge of about as many rows).</summary>
    Merged,
}

/// <summary>An array (or its 2 MB-aligned part) that columns are carved from, with the count of live columns in it.</summary>
internal sealed class ColumnBlock(Array array, int offset, int capacity, int size)
{
    internal Array Array { get; } = array;

    internal int Offset { get; } = offset;

    internal int Capacity { get; } = capacity;

    internal int Used { get; set; }

    internal int Live { get; set; }

    /// <summary>Whether columns are still being carved from it (then it is not retired when its columns are).</summary>
    internal bool Open { get; set; }

    internal long FreeBytesWhenFree => (long)Capacity * size;

    /// <summary>The live bytes a release gives back: a carved column's share is counted when its block empties.</summary>
    internal long ReleasedBytes(bool empty) => empty ? (long)Used * size : 0;

    internal Column<T> Column<T>(int from, int length) => new((T[])Array, Offset + from, length, this);
}

/// <summary>A run of elements in an array: a column of a segment, possibly carved from a shared block.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Array">The array.</param>
/// <param name="Offset">Where the run begins.</param>
/// <param name="Length">How many elements it has.</param>
/// <param name="Block">The block it was carved from (null for scratch), released when its segment is merged away.</param>
internal readonly record struct Column<T>(T[] Array, int Offset, int Length, ColumnBlock? Block = null)
{
    internal Span<T> Span => new(Array, Offset, Length);
}

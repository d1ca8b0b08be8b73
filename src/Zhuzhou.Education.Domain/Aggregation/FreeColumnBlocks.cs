namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Free column blocks: blocks no segment uses and no query can read any more, waiting to be carved again. The
/// stores of a process share one (<see cref="Shared"/>), so that a store opened after another has been dropped takes
/// the blocks its merges freed instead of fresh pages; a <see cref="ColumnMemory"/> made alone keeps its own.
/// </summary>
/// <remarks>
/// Only a block retired by its own store (its columns all merged away, two epochs passed) is ever added, so a block
/// taken from here is read by no one. The bytes held are bounded by whoever adds (<see cref="TryAdd"/>); beyond
/// that a block is left to the collector. The shared blocks are not kept for ever: after each full collection those
/// added more than <see cref="MaxIdle"/> ago are left to the collector, so a process whose stores are gone gives the
/// memory back.
/// </remarks>
internal sealed class FreeColumnBlocks
{
    /// <summary>How long the shared free blocks wait for a store to take them (checked after each full collection).</summary>
    internal static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly List<(ColumnBlock Block, long Added)>[] byType = [[], [], []];
    private long bytes;

    /// <summary>The free blocks the stores of the process share, trimmed after full collections.</summary>
    internal static FreeColumnBlocks Shared { get; } = WithTrimming();

    /// <summary>The bytes of the blocks held.</summary>
    internal long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    /// <summary>Adds a free block unless the blocks held would then exceed <paramref name="cap"/> bytes.</summary>
    /// <returns>Whether the block was added (otherwise it is left to the collector).</returns>
    internal bool TryAdd(ColumnBlock block, long cap)
    {
        lock (gate)
        {
            if (bytes + block.FreeBytesWhenFree > cap)
            {
                return false;
            }

            bytes += block.FreeBytesWhenFree;
            byType[Index(block.Array.GetType())].Add((block, Environment.TickCount64));
            return true;
        }
    }

    /// <summary>The smallest free block of <typeparamref name="T"/> holding at least <paramref name="least"/> and at
    /// most <paramref name="most"/> elements, taken off the list; null when none fits.</summary>
    internal ColumnBlock? Take<T>(int least, long most)
        where T : unmanaged
    {
        lock (gate)
        {
            var free = byType[Index(typeof(T[]))];
            var best = -1;
            for (var i = 0; i < free.Count; i++)
            {
                var capacity = free[i].Block.Capacity;
                if (capacity >= least && capacity <= most && (best < 0 || capacity < free[best].Block.Capacity))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return null;
            }

            var block = free[best].Block;
            free.RemoveAt(best);
            bytes -= block.FreeBytesWhenFree;
            return block;
        }
    }

    /// <summary>Leaves to the collector the blocks added before <paramref name="before"/> (in <see cref="Environment.TickCount64"/> milliseconds).</summary>
    /// <returns>The bytes let go.</returns>
    internal long Trim(long before)
    {
        lock (gate)
        {
            var dropped = 0L;
            foreach (var free in byType)
            {
                free.RemoveAll(entry =>
                {
                    var old = entry.Added < before;
                    dropped += old ? entry.Block.FreeBytesWhenFree : 0;
                    return old;
                });
            }

            bytes -= dropped;
            return dropped;
        }
    }

    private static FreeColumnBlocks WithTrimming()
    {
        var shared = new FreeColumnBlocks();
        _ = new AfterFullCollection(shared);
        return shared;
    }

    private static int Index(Type arrayType)
        => arrayType == typeof(ushort[]) ? 0
            : arrayType == typeof(int[]) ? 1
            : arrayType == typeof(double[]) ? 2
            : throw new NotSupportedException($"No blocks of {arrayType}.");

    /// <summary>
    /// An object that only a full collection finds unreachable, once per full collection (it registers itself for
    /// finalization again each time): each time it trims the blocks idle longer than <see cref="MaxIdle"/>.
    /// </summary>
    private sealed class AfterFullCollection(FreeColumnBlocks blocks)
    {
        ~AfterFullCollection()
        {
            if (Environment.HasShutdownStarted)
            {
                return;
            }

            blocks.Trim(Environment.TickCount64 - (long)MaxIdle.TotalMilliseconds);
            GC.ReRegisterForFinalize(this);
        }
    }
}

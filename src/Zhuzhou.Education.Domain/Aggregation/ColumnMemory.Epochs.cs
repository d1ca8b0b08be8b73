namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// Which queries may still read a retired block: two epochs. A query enters the current epoch (counted in that
/// epoch's slot) before it reads the segment list and leaves when done. The epoch moves on only when the slot it
/// moves into is empty (every query of two epochs ago has left). A block retired in epoch e was visible only to
/// queries that entered by then; once the epoch is e + 2, both slots have emptied since, and the block is free.
/// </content>
internal sealed partial class ColumnMemory
{
    private readonly int[] readers = new int[2];
    private long epoch;

    /// <summary>Enters a read of the store's segments; dispose to leave.</summary>
    internal ReadScope Read()
    {
        while (true)
        {
            var current = Volatile.Read(ref epoch);
            var slot = (int)(current & 1);
            Interlocked.Increment(ref readers[slot]);
            if (Volatile.Read(ref epoch) == current)
            {
                return new ReadScope(this, slot);
            }

            // The epoch moved on meanwhile: count in the new one instead.
            Interlocked.Decrement(ref readers[slot]);
        }
    }

    /// <summary>Moves the epoch on when no query of two epochs ago is left (under the block lock).</summary>
    private void TryAdvanceEpoch()
    {
        var next = Volatile.Read(ref epoch) + 1;
        if (Volatile.Read(ref readers[(int)(next & 1)]) == 0)
        {
            Interlocked.Increment(ref epoch);
        }
    }

    /// <summary>A read in progress: leaves its epoch when disposed.</summary>
    internal readonly struct ReadScope : IDisposable
    {
        private readonly ColumnMemory memory;
        private readonly int slot;

        internal ReadScope(ColumnMemory memory, int slot)
        {
            this.memory = memory;
            this.slot = slot;
        }

        public void Dispose() => Interlocked.Decrement(ref memory.readers[slot]);
    }
}

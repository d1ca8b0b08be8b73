using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Memory for the engine's columns, with as few first-touch page faults as the platform allows: on a virtual
/// machine a 4 KB fault costs microseconds, and the columns of ten million reports span some 25,000 such pages.
/// </summary>
/// <remarks>
/// <para>A large column (2 MB or more) gets its own pinned array, a little longer than asked, and uses the part
/// that starts on a 2 MB boundary; on Linux that part is advised for transparent huge pages
/// (<c>madvise(MADV_HUGEPAGE)</c>), so first touching it faults once per 2 MB. The slack before and after is
/// never touched, so it takes address space but no physical memory.</para>
/// <para>A small column is carved from the store's current block of its element type (a block is itself such a
/// column, growing with the store up to 8 MB): the daily rounds of a reporting year and the merges that compact
/// them then reuse a few blocks instead of faulting in fresh memory for every batch. A carved column is written
/// once, before its segment is published, and never again, so readers need no coordination; a block is freed by
/// the collector when no segment uses it any more.</para>
/// <para>The advice changes no content and no semantics: the arrays are ordinary managed arrays.</para>
/// </remarks>
internal sealed partial class ColumnMemory
{
    private const int HugePage = 1 << 21;
    private const int SmallestBlock = 1 << 16;
    private const int LargestBlock = 1 << 23;
    private const int MadviseHugePage = 14;
    private const int MaxPooledScratch = 1 << 18;
    private const int AlignedBytes = 1 << 24;

    private static bool adviceAvailable = OperatingSystem.IsLinux();

    private readonly Lock blockLock = new();
    private readonly Blocks<ushort> ushorts = new();
    private readonly Blocks<int> ints = new();
    private readonly Blocks<double> doubles = new();

    /// <summary>An uninitialized column (its content is garbage until written).</summary>
    internal Column<T> Allocate<T>(int length)
        where T : unmanaged
    {
        var bytes = (long)length * Unsafe.SizeOf<T>();
        if (bytes >= LargestBlock / 8)
        {
            return Dedicated<T>(length);
        }

        lock (blockLock)
        {
            var blocks = BlocksOf<T>();
            if (blocks.Free < length)
            {
                // Blocks double up to the largest, so a small store stays small and a large one soon uses huge pages.
                blocks.Bytes = Math.Clamp(blocks.Bytes * 2, SmallestBlock, LargestBlock);
                var elements = Math.Max(length, blocks.Bytes / Unsafe.SizeOf<T>());
                blocks.Current = elements * Unsafe.SizeOf<T>() >= HugePage ? Dedicated<T>(elements) : new Column<T>(GC.AllocateUninitializedArray<T>(elements), 0, elements);
                blocks.Used = 0;
            }

            var column = new Column<T>(blocks.Current.Array, blocks.Current.Offset + blocks.Used, length);
            blocks.Used += length;
            return column;
        }
    }

    /// <summary>A zeroed column.</summary>
    internal Column<T> AllocateZeroed<T>(int length)
        where T : unmanaged
    {
        var column = Allocate<T>(length);
        column.Span.Clear();
        return column;
    }

    /// <summary>
    /// Transient scratch: a small one (up to 256 KB) from the shared pool, which keeps a bounded few; a larger one
    /// allocated (on huge pages from 1 MB) and left to the collector after the batch, so that no pool keeps
    /// memory in proportion to the batches seen.
    /// </summary>
    internal static Column<T> Scratch<T>(int length)
        where T : unmanaged
    {
        var bytes = (long)length * Unsafe.SizeOf<T>();
        return bytes <= MaxPooledScratch ? new Column<T>(System.Buffers.ArrayPool<T>.Shared.Rent(length), 0, length)
            : bytes >= LargestBlock / 8 ? Dedicated<T>(length)
            : new Column<T>(GC.AllocateUninitializedArray<T>(length), 0, length);
    }

    /// <summary>Gives back a small scratch column to the shared pool (a large one is left to the collector).</summary>
    internal static void Return<T>(Column<T> scratch)
        where T : unmanaged
    {
        if (scratch.Array.Length > 0 && (long)scratch.Length * Unsafe.SizeOf<T>() <= MaxPooledScratch)
        {
            System.Buffers.ArrayPool<T>.Shared.Return(scratch.Array);
        }
    }

    /// <summary>
    /// A column of its own: a pinned array whose pages are advised for huge pages. The collector writes an
    /// array's header on its first page before the advice can be given, so a 2 MB stretch holding the header
    /// faults in ordinary pages; a large column (16 MB or more) therefore starts at the first 2 MB boundary past
    /// the header (up to 2 MB of slack, never touched), a smaller one uses its whole 2 MB stretches only.
    /// </summary>
    private static Column<T> Dedicated<T>(int length)
        where T : unmanaged
    {
        if (!adviceAvailable)
        {
            return new Column<T>(GC.AllocateUninitializedArray<T>(length), 0, length);
        }

        var size = Unsafe.SizeOf<T>();
        var bytes = (long)length * size;
        if (bytes < AlignedBytes)
        {
            var exact = GC.AllocateUninitializedArray<T>(length, pinned: true);
            var from = RoundUp(Address(exact), HugePage);
            var to = (Address(exact) + bytes) / HugePage * HugePage;
            if (to > from)
            {
                Advise((nint)from, (nuint)(to - from));
            }

            return new Column<T>(exact, 0, length);
        }

        var array = GC.AllocateUninitializedArray<T>(checked(length + (HugePage / size)), pinned: true);
        var start = Address(array);
        var aligned = RoundUp(start + 1, HugePage);
        Advise((nint)aligned, (nuint)RoundUp(bytes, HugePage));
        return new Column<T>(array, (int)((aligned - start) / size), length);
    }

    private static unsafe long Address<T>(T[] pinned)
        where T : unmanaged
        => (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));

    private static void Advise(nint address, nuint length)
    {
        try
        {
            // Advice only: a refusal (an old kernel, huge pages off) leaves ordinary pages.
            _ = Madvise(address, length, MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            adviceAvailable = false;
        }
    }

    private static long RoundUp(long value, long multiple) => (value + multiple - 1) / multiple * multiple;

    private Blocks<T> BlocksOf<T>()
        where T : unmanaged
        => typeof(T) == typeof(ushort) ? (Blocks<T>)(object)ushorts
            : typeof(T) == typeof(int) ? (Blocks<T>)(object)ints
            : typeof(T) == typeof(double) ? (Blocks<T>)(object)doubles
            : throw new NotSupportedException($"No blocks of {typeof(T)}.");

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);

    private sealed class Blocks<T>
    {
        internal Column<T> Current { get; set; }

        internal int Used { get; set; }

        internal int Bytes { get; set; }

        internal int Free => Current.Length - Used;
    }
}

/// <summary>A run of elements in an array (a column of a segment, possibly carved from a shared block).</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Array">The array.</param>
/// <param name="Offset">Where the run begins.</param>
/// <param name="Length">How many elements it has.</param>
internal readonly record struct Column<T>(T[] Array, int Offset, int Length)
{
    internal Span<T> Span => new(Array, Offset, Length);
}

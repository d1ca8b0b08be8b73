using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>
/// Fresh arrays laid out for huge pages, and transient scratch. On Linux an array of 2 MB or more is pinned and
/// its pages advised for transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>), so first touching it faults
/// once per 2 MB instead of once per 4 KB. The collector writes an array's header on its first page before the
/// advice can be given, so from 16 MB the array is a little longer than asked and its data starts at the first
/// 2 MB boundary past the header (the slack before is never touched: address space, no memory). The advice changes
/// no content and no semantics: the arrays are ordinary managed arrays. Elsewhere, or when the advice is
/// refused, they are ordinary arrays.
/// </content>
internal sealed partial class ColumnMemory
{
    private const int HugePage = 1 << 21;
    private const int MadviseHugePage = 14;
    private const int MaxPooledScratch = 1 << 18;
    private const int AlignedBytes = 1 << 24;

    private static bool adviceAvailable = OperatingSystem.IsLinux();

    /// <summary>
    /// Transient scratch: a small one (up to 256 KB) from the shared pool, which keeps a bounded few; a larger one
    /// fresh (on huge pages from 2 MB) and left to the collector after the batch, so that no pool keeps memory in
    /// proportion to the batches seen.
    /// </summary>
    internal static Column<T> Scratch<T>(int length)
        where T : unmanaged
    {
        if ((long)length * Unsafe.SizeOf<T>() <= MaxPooledScratch)
        {
            return new Column<T>(System.Buffers.ArrayPool<T>.Shared.Rent(length), 0, length);
        }

        var (array, offset) = Fresh<T>(length);
        return new Column<T>(array, offset, length);
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
    /// A fresh array of at least <paramref name="length"/> elements from <c>offset</c>. From 16 MB it starts on a
    /// 2 MB boundary and all of it is advised for huge pages; from 2 MB its whole 2 MB stretches are (without the
    /// slack, which would weigh on a smaller column); below, it is an ordinary array.
    /// </summary>
    private static (T[] Array, int Offset) Fresh<T>(int length)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var bytes = (long)length * size;
        if (!adviceAvailable || bytes < HugePage)
        {
            return (GC.AllocateUninitializedArray<T>(length), 0);
        }

        if (bytes < AlignedBytes)
        {
            var exact = GC.AllocateUninitializedArray<T>(length, pinned: true);
            var from = (Address(exact) + HugePage - 1) / HugePage * HugePage;
            var to = (Address(exact) + bytes) / HugePage * HugePage;
            if (to > from)
            {
                Advise((nint)from, (nuint)(to - from));
            }

            return (exact, 0);
        }

        var array = GC.AllocateUninitializedArray<T>(checked(length + (HugePage / size)), pinned: true);
        var start = Address(array);
        var first = (start + HugePage) / HugePage * HugePage;
        Advise((nint)first, (nuint)((bytes + HugePage - 1) / HugePage * HugePage));
        return (array, (int)((first - start) / size));
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

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

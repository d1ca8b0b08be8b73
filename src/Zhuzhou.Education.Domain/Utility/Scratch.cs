using System.Buffers;

namespace Zhuzhou.Education.Domain.Utility;

/// <summary>
/// A working array for one call: rented from the shared pool when small, allocated when large, so that a batch of
/// millions of reports leaves no array of its size in the pool for the life of the process (the pool keeps what it is
/// given back). Dispose it when done.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal readonly struct Scratch<T> : IDisposable
{
    /// <summary>The most elements taken from the shared pool; a larger array is allocated and left to the collector.</summary>
    internal const int MaxPooled = 1 << 16;

    private readonly bool rented;
    private readonly bool clear;

    /// <summary>A working array of at least <paramref name="length"/> elements (at least one).</summary>
    /// <param name="length">The elements needed.</param>
    /// <param name="clearOnReturn">Whether a rented array is cleared when returned (it holds references).</param>
    internal Scratch(int length, bool clearOnReturn = false)
    {
        length = Math.Max(1, length);
        rented = length <= MaxPooled;
        clear = clearOnReturn;
        Array = rented ? ArrayPool<T>.Shared.Rent(length) : new T[length];
    }

    /// <summary>The array: at least the length asked for.</summary>
    internal T[] Array { get; }

    /// <summary>Whether the array came from the shared pool (and goes back to it).</summary>
    internal bool IsPooled => rented;

    /// <summary>Gives a rented array back to the pool; an allocated one is left to the collector.</summary>
    public void Dispose()
    {
        if (rented)
        {
            ArrayPool<T>.Shared.Return(Array, clear);
        }
    }
}

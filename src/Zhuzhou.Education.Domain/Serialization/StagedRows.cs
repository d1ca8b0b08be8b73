using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reports read from files and admitted, waiting to go into a store together: each row packed in a few bytes (its
/// numbers as variable-length integers, an amount as an integer scaled by a power of ten when that gives the same
/// double back, bit for bit, or else its eight bytes), about 7 bytes a report of a usual file against the 24 of a
/// <see cref="ReportRow"/> and 8 of a denominator. The commit reads them in order (<see cref="Cursor"/>) into
/// chunks of at most <see cref="ChunkRows"/>, each a segment of its own.
/// </summary>
/// <remarks>
/// <para>In a row, the org unit is the ingest's number for it and the day counts from the start of the plan period.</para>
/// <para>Memory: native pages of 1 MiB, a row never split across two, given back to the system once the store has
/// the rows (<see cref="Release"/>, at the end of the commit) or their file is refused (<see cref="Truncate"/>),
/// without waiting for a full collection; a page never released is freed by its handle's finalizer. The position of
/// every 64th row is noted, so a row is found by unpacking at most 63 before it.</para>
/// </remarks>
internal sealed partial class StagedRows
{
    /// <summary>The rows of a full chunk: a segment of this size is laid out on two cores.</summary>
    internal const int ChunkRows = 1 << 18;

    private const int PageBytes = 1 << 20;
    private const int MarkEvery = 64;

    // The most bytes a row takes: three numbers of 5 bytes and two amounts of 9 (a tag byte and a double).
    private const int MaxRowBytes = 33;

    private readonly List<NativePage> pages = [];
    private readonly List<int> used = [];
    private readonly List<long> marks = [];
    private readonly bool withDenominators;

    internal StagedRows(bool withDenominators)
    {
        this.withDenominators = withDenominators;
    }

    /// <summary>The rows staged.</summary>
    internal long Count { get; private set; }

    /// <summary>The chunks holding them.</summary>
    internal int Chunks => (int)((Count + ChunkRows - 1) / ChunkRows);

    /// <summary>The bytes the packed rows take (without the unused ends of their pages).</summary>
    internal long Bytes => used.Sum(b => (long)b);

    internal ReportRow this[long index]
    {
        get
        {
            var cursor = At(index);
            cursor.Next(out var row, out _);
            return row;
        }
    }

    /// <summary>Row <paramref name="index"/>'s denominator: 1 when none are kept.</summary>
    internal double Denominator(long index)
    {
        var cursor = At(index);
        cursor.Next(out _, out var denominator);
        return denominator;
    }

    internal void Add(in ReportRow row, double denominator)
    {
        // Written straight into the page, which always has room for the longest row (at most 32 bytes of a page
        // are left unused).
        if (pages.Count == 0 || PageBytes - used[^1] < MaxRowBytes)
        {
            pages.Add(new NativePage(PageBytes));
            used.Add(0);
        }

        var page = pages.Count - 1;
        var at = used[page];
        if (Count % MarkEvery == 0)
        {
            marks.Add(((long)page * PageBytes) + at);
        }

        var packed = pages[page].Span(PageBytes)[at..];
        var length = WriteNumber(packed, (uint)row.Target);
        length += WriteNumber(packed[length..], (uint)row.OrgUnit);
        length += WriteNumber(packed[length..], (uint)((row.Day << 1) ^ (row.Day >> 31)));
        length += WriteAmount(packed[length..], row.Value);
        if (withDenominators)
        {
            length += WriteAmount(packed[length..], denominator);
        }

        used[page] = at + length;
        Count++;
    }

    /// <summary>Forgets the rows from <paramref name="count"/> on (a file refused after some of its batches were staged).</summary>
    internal void Truncate(long count)
    {
        if (count >= Count)
        {
            return;
        }

        var position = count == 0 ? 0 : At(count).Position;
        var page = (int)(position / PageBytes);
        var offset = (int)(position % PageBytes);
        var keep = offset == 0 ? page : page + 1;
        for (var p = keep; p < pages.Count; p++)
        {
            pages[p].Dispose();
        }

        pages.RemoveRange(keep, pages.Count - keep);
        used.RemoveRange(keep, used.Count - keep);
        if (offset > 0)
        {
            used[page] = offset;
        }

        var marked = (int)((count + MarkEvery - 1) / MarkEvery);
        marks.RemoveRange(marked, marks.Count - marked);
        Count = count;
    }

    /// <summary>Whether a denominator is kept with each row.</summary>
    internal bool HasDenominators => withDenominators;

    /// <summary>Lets the pages of chunk <paramref name="index"/> and those before it go (they are in segments now); those rows are gone for good.</summary>
    internal void Release(int index)
    {
        var next = (long)(index + 1) * ChunkRows;
        var end = next >= Count ? pages.Count : (int)(At(next).Position / PageBytes);
        for (var p = 0; p < end; p++)
        {
            pages[p].Dispose();
        }
    }

    /// <summary>A cursor at row <paramref name="index"/>, reading rows in order from there.</summary>
    internal Cursor At(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var cursor = new Cursor(this, marks[(int)(index / MarkEvery)]);
        for (var skip = index % MarkEvery; skip > 0; skip--)
        {
            cursor.Next(out _, out _);
        }

        return cursor;
    }

    /// <summary>Reads packed rows in order.</summary>
    internal struct Cursor
    {
        private readonly StagedRows rows;
        private int page;
        private int offset;

        internal Cursor(StagedRows rows, long position)
        {
            this.rows = rows;
            page = (int)(position / PageBytes);
            offset = (int)(position % PageBytes);
        }

        /// <summary>Where the next row begins: its page times the page size, plus its offset in the page.</summary>
        internal readonly long Position => ((long)page * PageBytes) + offset;

        /// <summary>The next row and its denominator (1 when none are kept).</summary>
        internal void Next(out ReportRow row, out double denominator)
        {
            if (offset == rows.used[page])
            {
                page++;
                offset = 0;
            }

            ReadOnlySpan<byte> bytes = rows.pages[page].Span(rows.used[page])[offset..];
            var read = 0;
            var target = (int)ReadNumber(bytes, ref read);
            var unit = (int)ReadNumber(bytes, ref read);
            var zigzag = ReadNumber(bytes, ref read);
            var day = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
            var value = ReadAmount(bytes, ref read);
            denominator = rows.withDenominators ? ReadAmount(bytes, ref read) : 1d;
            row = new ReportRow(target, unit, day, value);
            offset += read;
        }
    }
}

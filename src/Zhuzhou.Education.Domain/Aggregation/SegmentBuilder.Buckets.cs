using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>Pass 3 of a dense batch: each bucket sorted in cache by day and by cell, and its runs checked for a repeated day.</content>
internal static partial class SegmentBuilder
{
    /// <summary>Pass 3 of a dense batch: sorts buckets in place, in cache, each part with its own scratch.</summary>
    private sealed class BucketSort(StoreLayout layout, int shift, int[] bucketStart, DayOrder order, int firstDay, int daySpan)
    {
        /// <summary>Sorts buckets <c>[fromBucket, toBucket)</c>; whether some cell's run repeats a day.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal bool Sort(int fromBucket, int toBucket, Span<ushort> cellOf, Span<ushort> days, Span<double> num, Span<double> den, Span<int> start)
        {
            var withDen = !den.IsEmpty;
            var cells = layout.CellCount;
            var largest = 0;
            for (var b = fromBucket; b < toBucket; b++)
            {
                largest = Math.Max(largest, bucketStart[b + 1] - bucketStart[b]);
            }

            var byDay = order == DayOrder.Counted;
            var tmpCellColumn = ColumnMemory.Scratch<ushort>(largest);
            var tmpDayColumn = ColumnMemory.Scratch<ushort>(byDay ? 0 : largest);
            var tmpNumColumn = ColumnMemory.Scratch<double>(largest);
            var tmpDenColumn = ColumnMemory.Scratch<double>(withDen ? largest : 0);
            var dayNextColumn = ColumnMemory.Scratch<int>(byDay ? daySpan : 0);
            var cellNextColumn = ColumnMemory.Scratch<int>(1 << shift);
            var tmpCell = tmpCellColumn.Span;
            var tmpDay = tmpDayColumn.Span;
            var tmpNum = tmpNumColumn.Span;
            var tmpDen = tmpDenColumn.Span;
            var dayNext = dayNextColumn.Span;
            var cellNext = cellNextColumn.Span;
            // The inner loops below reach the columns without bounds checks: a bucket's rows lie in [first, end)
            // within the columns, a cell within its bucket is below 2^shift (the length of cellNext), a day within
            // [firstDay, firstDay + daySpan), and the counted places within the bucket or the scratch (largest).
            ref var cellAt = ref MemoryMarshal.GetReference(cellOf);
            ref var dayAt = ref MemoryMarshal.GetReference(days);
            ref var numAt = ref MemoryMarshal.GetReference(num);
            ref var denAt = ref MemoryMarshal.GetReference(den);
            ref var tmpCellAt = ref MemoryMarshal.GetReference(tmpCell);
            ref var tmpNumAt = ref MemoryMarshal.GetReference(tmpNum);
            ref var tmpDenAt = ref MemoryMarshal.GetReference(tmpDen);
            ref var dayNextAt = ref MemoryMarshal.GetReference(dayNext);
            ref var cellNextAt = ref MemoryMarshal.GetReference(cellNext);
            var repeats = false;
            for (var b = fromBucket; b < toBucket && !repeats; b++)
            {
                var first = bucketStart[b];
                var end = bucketStart[b + 1];
                var m = end - first;
                var firstCell = b << shift;
                var cellsInBucket = Math.Min(cells, (b + 1) << shift) - firstCell;
                // Both histograms in one read of the bucket.
                cellNext[..cellsInBucket].Clear();
                if (byDay)
                {
                    dayNext.Clear();
                    for (var i = first; i < end; i++)
                    {
                        Unsafe.Add(ref cellNextAt, Unsafe.Add(ref cellAt, i))++;
                        Unsafe.Add(ref dayNextAt, Unsafe.Add(ref dayAt, i) - firstDay)++;
                    }
                }
                else
                {
                    for (var i = first; i < end; i++)
                    {
                        cellNext[cellOf[i]]++;
                    }
                }

                var position = first;
                for (var c = 0; c < cellsInBucket; c++)
                {
                    var countOfCell = cellNext[c];
                    start[firstCell + c] = position;
                    cellNext[c] = position;
                    position += countOfCell;
                }

                if (byDay)
                {
                    // Stable counting sort by day into the scratch (the day is known from where a row lands), then
                    // a stable one by cell back into place, day by day.
                    var at = 0;
                    for (var d = 0; d < daySpan; d++)
                    {
                        var countOfDay = dayNext[d];
                        dayNext[d] = at;
                        at += countOfDay;
                    }

                    for (var i = first; i < end; i++)
                    {
                        var p = Unsafe.Add(ref dayNextAt, Unsafe.Add(ref dayAt, i) - firstDay)++;
                        Unsafe.Add(ref tmpCellAt, p) = Unsafe.Add(ref cellAt, i);
                        Unsafe.Add(ref tmpNumAt, p) = Unsafe.Add(ref numAt, i);
                        if (withDen)
                        {
                            Unsafe.Add(ref tmpDenAt, p) = Unsafe.Add(ref denAt, i);
                        }
                    }

                    var j = 0;
                    for (var d = 0; d < daySpan; d++)
                    {
                        var day = (ushort)(firstDay + d);
                        for (var dayEnd = dayNext[d]; j < dayEnd; j++)
                        {
                            var p = Unsafe.Add(ref cellNextAt, Unsafe.Add(ref tmpCellAt, j))++;
                            Unsafe.Add(ref dayAt, p) = day;
                            Unsafe.Add(ref numAt, p) = Unsafe.Add(ref tmpNumAt, j);
                            if (withDen)
                            {
                                Unsafe.Add(ref denAt, p) = Unsafe.Add(ref tmpDenAt, j);
                            }
                        }
                    }
                }
                else
                {
                    // In day order already (or to be put in order per run below): a plain copy, then a stable
                    // counting sort by cell back into place.
                    cellOf.Slice(first, m).CopyTo(tmpCell);
                    days.Slice(first, m).CopyTo(tmpDay);
                    num.Slice(first, m).CopyTo(tmpNum);
                    if (withDen)
                    {
                        den.Slice(first, m).CopyTo(tmpDen);
                    }

                    for (var j = 0; j < m; j++)
                    {
                        var p = cellNext[tmpCell[j]]++;
                        days[p] = tmpDay[j];
                        num[p] = tmpNum[j];
                        if (withDen)
                        {
                            den[p] = tmpDen[j];
                        }
                    }
                }

                if (order == DayOrder.PerRun)
                {
                    for (var c = firstCell; c < firstCell + cellsInBucket; c++)
                    {
                        InsertionSort(days, num, den, start[c], c + 1 < firstCell + cellsInBucket ? start[c + 1] : end);
                    }
                }

                repeats = RepeatsDay(days, start, firstCell, cellsInBucket, end);
            }

            ColumnMemory.Return(tmpCellColumn);
            ColumnMemory.Return(tmpDayColumn);
            ColumnMemory.Return(tmpNumColumn);
            ColumnMemory.Return(tmpDenColumn);
            ColumnMemory.Return(dayNextColumn);
            ColumnMemory.Return(cellNextColumn);
            return repeats;
        }
    }

    /// <summary>Sorts a short run by day, stably, moving its values along (for day ranges too wide to count).</summary>
    internal static void InsertionSort(Span<ushort> days, Span<double> num, Span<double> den, int from, int to)
    {
        var withDen = !den.IsEmpty;
        for (var i = from + 1; i < to; i++)
        {
            var day = days[i];
            if (day >= days[i - 1])
            {
                continue;
            }

            var value = num[i];
            var denominator = withDen ? den[i] : 0d;
            var j = i - 1;
            for (; j >= from && days[j] > day; j--)
            {
                days[j + 1] = days[j];
                num[j + 1] = num[j];
                if (withDen)
                {
                    den[j + 1] = den[j];
                }
            }

            days[j + 1] = day;
            num[j + 1] = value;
            if (withDen)
            {
                den[j + 1] = denominator;
            }
        }
    }

    /// <summary>Whether a cell's run (sorted) holds one day twice: equal neighbours, compared 16 at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RepeatsDay(ReadOnlySpan<ushort> days, ReadOnlySpan<int> start, int firstCell, int cellCount, int end)
    {
        for (var c = firstCell; c < firstCell + cellCount; c++)
        {
            var to = c + 1 < firstCell + cellCount ? start[c + 1] : end;
            var i = start[c] + 1;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; i + Vector256<ushort>.Count <= to; i += Vector256<ushort>.Count)
                {
                    if (Vector256.EqualsAny(Vector256.Create(days.Slice(i, Vector256<ushort>.Count)), Vector256.Create(days.Slice(i - 1, Vector256<ushort>.Count))))
                    {
                        return true;
                    }
                }
            }

            for (; i < to; i++)
            {
                if (days[i] == days[i - 1])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How pass 3 puts each run in day order.</summary>
    private enum DayOrder
    {
        /// <summary>The batch came in day order, which the stable sorts keep.</summary>
        Kept,

        /// <summary>A counting sort by day before the one by cell.</summary>
        Counted,

        /// <summary>An insertion sort of each run (day ranges too wide to count).</summary>
        PerRun,
    }
}

using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>The chunks a commit hands the store, unpacked from the staged rows.</content>
public sealed partial class ProgressIngest
{
    /// <summary>
    /// The staged rows unpacked in one pass into chunks of two kinds: the rows of targets aggregated as ratios (their
    /// denominators beside them) and the others, without. The store keeps a denominator column (and its running sums)
    /// only in a segment given denominators, so the others' segments — usually most of a file — carry no column of
    /// denominators that are all 1; the figures are the same (a segment without denominators reads them as 0, and only
    /// a ratio reads them). Each chunk is handed in the buffer of its kind, reused: the store is done with a chunk once
    /// it asks for the next.
    /// </summary>
    private sealed class ChunkFeed
    {
        private const int Size = StagedRows.ChunkRows;

        private readonly StagedRows staged;
        private readonly bool[] ratio;
        private readonly int[] map;
        private readonly int shift;
        private readonly ReportRow[] others;
        private readonly ReportRow[] ratios;
        private readonly double[] denominators;
        private readonly List<bool> kinds = [];
        private StagedRows.Cursor cursor;
        private long read;
        private int otherCount;
        private int ratioCount;

        /// <param name="staged">The staged rows.</param>
        /// <param name="ratio">Per target, whether it is aggregated as a ratio (all false when no denominators are staged).</param>
        /// <param name="ratioRows">How many staged rows are of those targets.</param>
        /// <param name="map">The store's index of each of the ingest's org units.</param>
        /// <param name="shift">Days from the store's first day to the plan period's.</param>
        internal ChunkFeed(StagedRows staged, bool[] ratio, long ratioRows, int[] map, int shift)
        {
            this.staged = staged;
            this.ratio = ratio;
            this.map = map;
            this.shift = shift;
            var otherRows = staged.Count - ratioRows;
            others = GC.AllocateUninitializedArray<ReportRow>((int)Math.Min(otherRows, Size));
            ratios = GC.AllocateUninitializedArray<ReportRow>((int)Math.Min(ratioRows, Size));
            denominators = GC.AllocateUninitializedArray<double>(ratios.Length);
            Chunks = (int)(((otherRows + Size - 1) / Size) + ((ratioRows + Size - 1) / Size));
            cursor = staged.At(0);
        }

        /// <summary>How many chunks.</summary>
        internal int Chunks { get; }

        /// <summary>The next chunk, in the store's indices.</summary>
        internal (ReadOnlyMemory<ReportRow> Rows, ReadOnlyMemory<double> Denominators) Next()
        {
            // The store has the last chunk handed (it asks for the next): its buffer starts again.
            if (kinds.Count > 0)
            {
                if (kinds[^1])
                {
                    ratioCount = 0;
                }
                else
                {
                    otherCount = 0;
                }
            }

            for (; read < staged.Count; read++)
            {
                cursor.Next(out var row, out var denominator);
                row = row with { OrgUnit = map[row.OrgUnit], Day = row.Day + shift };
                if (ratio[row.Target])
                {
                    denominators[ratioCount] = denominator;
                    ratios[ratioCount++] = row;
                    if (ratioCount == Size)
                    {
                        read++;
                        return Hand(isRatio: true);
                    }
                }
                else
                {
                    others[otherCount++] = row;
                    if (otherCount == Size)
                    {
                        read++;
                        return Hand(isRatio: false);
                    }
                }
            }

            return Hand(isRatio: otherCount == 0);
        }

        /// <summary>The staged row (its number among all staged) at row <paramref name="row"/> of chunk <paramref name="chunk"/>.</summary>
        internal long StagedIndex(int chunk, int row)
        {
            var isRatio = kinds[chunk];
            var ofKind = ((long)kinds.Take(chunk).Count(k => k == isRatio) * Size) + row;
            var scan = staged.At(0);
            for (long i = 0; ; i++)
            {
                scan.Next(out var next, out _);
                if (ratio[next.Target] == isRatio && ofKind-- == 0)
                {
                    return i;
                }
            }
        }

        private (ReadOnlyMemory<ReportRow>, ReadOnlyMemory<double>) Hand(bool isRatio)
        {
            kinds.Add(isRatio);
            return isRatio ? (ratios.AsMemory(0, ratioCount), denominators.AsMemory(0, ratioCount)) : (others.AsMemory(0, otherCount), ReadOnlyMemory<double>.Empty);
        }
    }
}

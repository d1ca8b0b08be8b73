using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>The files staged: where each one's rows begin, their lines, and what the commit is told of them.</content>
public sealed partial class ProgressIngest
{
    /// <summary>Whether a JSON file's batches are read as report objects, as before they were read into rows: a setting
    /// of the implementation (tests and benchmarks compare the two), which changes no diagnostic and no figure.</summary>
    internal bool JsonAsObjects { get; init; }

    /// <summary>The first size of a JSON file's read buffer (64 KiB): a setting of the implementation (tests set it small,
    /// so that reports straddle its ends), which changes no diagnostic and no figure.</summary>
    internal int JsonBufferBytes { get; init; } = 1 << 16;

    /// <summary>The reader of a JSON file, its rows staged as they are read: a JSON file's rows are placed by their report's number in the file (noted as a line, two on).</summary>
    private JsonBatchReader JsonReader(Stream utf8Json, JsonLoadOptions options, StagedSource file)
        => new(utf8Json, options, BatchSize, TreeFor, rows =>
        {
            foreach (ref readonly var row in rows)
            {
                if (row.Report is { } report && IsRare(report))
                {
                    Keep(report, file, file.Reports++);
                    continue;
                }

                file.Located(staged.Count - file.Start, file.Reports++ + 2);
                Stage(in row);
            }
        }, new StagedHeld(this), JsonBufferBytes) { ObjectsOnly = JsonAsObjects };

    /// <summary>A file read without error: its name, where its rows begin, and the line of each of them (CSV).</summary>
    private sealed class StagedSource(string name, long start, int units, bool json)
    {
        // Lines of CSV records, as (row in the file, line) where a line is not the one after the last.
        private readonly List<(long Row, int Line)> jumps = [];
        private long[] ofTarget = [];

        public string Name { get; } = name;

        public long Start { get; } = start;

        public int Units { get; } = units;

        public bool Json { get; } = json;

        /// <summary>The first and last day staged (from the plan period's start).</summary>
        public (int Min, int Max) Days { get; private set; } = (int.MaxValue, int.MinValue);

        /// <summary>The rows staged of a target.</summary>
        public long OfTarget(int target) => target < ofTarget.Length ? ofTarget[target] : 0;

        /// <summary>Notes a row staged.</summary>
        public void Staged(int target, int day)
        {
            ofTarget = target < ofTarget.Length ? ofTarget : [.. ofTarget, .. new long[target + 1 - ofTarget.Length]];
            ofTarget[target]++;
            Days = (Math.Min(Days.Min, day), Math.Max(Days.Max, day));
        }

        /// <summary>The reports of a JSON file read so far.</summary>
        public int Reports { get; set; }

        /// <summary>Notes the line of the next row (rows come in order): a jump only where the line is not the one after the last.</summary>
        public void Located(long row, int line)
        {
            if (jumps.Count == 0 || jumps[^1].Line + (row - jumps[^1].Row) != line)
            {
                jumps.Add((row, line));
            }
        }

        public int LineOf(long row)
        {
            var last = jumps.FindLastIndex(j => j.Row <= row);
            return last < 0 ? (int)row + 2 : jumps[last].Line + (int)(row - jumps[last].Row);
        }
    }
}

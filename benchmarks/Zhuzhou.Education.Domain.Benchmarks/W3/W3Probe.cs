using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;

namespace Zhuzhou.Education.Domain.Benchmarks.W3;

/// <summary>
/// Where W3's time goes, by stopwatch, in one process (<c>dotnet run -c Release -- w3-probe 100 [runs] [parts] [fan-out of the daily stores]</c>;
/// for <c>daily</c> the last argument is instead a multiple of the cells at which rounds merge, its builds alternating with the store's default;
/// <c>shared</c> alternates a bulk append, the daily appends with the free blocks the process's stores share, and the daily appends with free
/// blocks of the store's own, each with its CPU time, bytes and page faults): the daily
/// appends without merges, the merges the policy makes replayed one by one on the same segments, both ways of
/// appending alternately, and Q1 on the bulk and the daily store alternately with the layout each holds.
/// </summary>
internal static class W3Probe
{
    /// <summary>Runs the probe when the arguments name it; false otherwise.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length < 2 || args[0] != "w3-probe" || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var schools))
        {
            return false;
        }

        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var parts = args.Length > 3 ? args[3] : "appends,builds,replay,query";
        var fanout = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4;
        if (parts == "shapes")
        {
            Shapes(schools * 9 * 32);
            return true;
        }

        Run(new W1Parameters(Schools: schools), rounds, parts, fanout);
        return true;
    }

    private static void Run(W1Parameters p, int rounds, string parts, int dailyFanout)
    {
        var workload = new W3Workload(p, W1Workload.Generate(p));
        ReportStore Bulk()
        {
            var store = W1Workload.OpenStore(p);
            store.Append(workload.Appended);
            return store;
        }

        var smallRun = ReportStore.SmallRunCellsDefault;
        ReportStore Daily(int fanout, out double appendMs, out double waitMs)
        {
            var store = W1Workload.OpenStore(p);
            store.CompactionFanout = fanout;
            store.SmallRunCells = smallRun;
            store.SmallRunSegments = ReportStore.MaxSmallSegments * smallRun / ReportStore.SmallRunCellsDefault;
            var clock = Stopwatch.StartNew();
            workload.AppendDays(store, 0, W3Workload.Days);
            appendMs = clock.Elapsed.TotalMilliseconds;
            store.WaitForCompaction();
            waitMs = clock.Elapsed.TotalMilliseconds - appendMs;
            return store;
        }

        var bytes = workload.Appended.Length * 12L;
        SteadyMemory.WarmUp(() => Bulk(), bytes);
        SteadyMemory.WarmUp(() => Daily(dailyFanout, out _, out _), bytes);
        SteadyMemory.WarmUp(() => Daily(4, out _, out _), bytes);
        for (var r = 0; r < (parts.Contains("appends", StringComparison.Ordinal) ? rounds : 0); r++)
        {
            // Bulk, then the daily appends at fan-out 4 and at the fan-out asked for, alternately in one process.
            var clock = Stopwatch.StartNew();
            Bulk();
            var bulkMs = clock.Elapsed.TotalMilliseconds;
            var line = Invariant($"round {r}: bulk {bulkMs:F1} ms");
            foreach (var fanout in dailyFanout == 4 ? [4] : new[] { 4, dailyFanout })
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var faults = SteadyMemory.MinorFaults() ?? 0;
                var store = Daily(fanout, out var appendMs, out var waitMs);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                line += Invariant($"; daily at fan-out {fanout} {appendMs:F1} + {waitMs:F1} ms = {(appendMs + waitMs) / bulkMs:F2}x bulk, {allocated / 1e6:F0} MB allocated, {store.Memory.FreshBytes / 1e6:F0} MB fresh, {store.RowsMerged:N0} rows merged, {(SteadyMemory.MinorFaults() ?? 0) - faults} faults");
            }

            Console.WriteLine(line);
        }

        for (var r = 0; r < (parts.Contains("daily", StringComparison.Ordinal) ? rounds : 0); r++)
        {
            smallRun = r % 2 == 0 ? ReportStore.SmallRunCellsDefault : dailyFanout;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var faults = SteadyMemory.MinorFaults() ?? 0;
            var gcs = GC.CollectionCount(0);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var store = Daily(4, out var appendMs, out var waitMs);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(Invariant($"daily {r} small run {smallRun}: {appendMs:F1} ms appending + {waitMs:F1} ms waiting ({cpu.TotalMilliseconds:F0} ms of CPU), {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated ({store.Memory.FreshBytes / 1e6:F0} MB fresh column blocks), {(SteadyMemory.MinorFaults() ?? 0) - faults} faults, {GC.CollectionCount(0) - gcs} GCs, {store.RowsMerged:N0} rows merged; {string.Join(' ', store.Segments.Take(4).Select(s => $"{s.Count}[{s.MinDay}-{s.MaxDay}]"))} … {store.Segments.Length} segments"));
        }

        for (var r = 0; r < (parts.Contains("shared", StringComparison.Ordinal) ? rounds : 0); r++)
        {
            // The bulk, then the daily appends with the free blocks the process's stores share and with free blocks
            // of the store's own (as before), alternately; each with its CPU time, bytes and page faults.
            var line = Invariant($"shared {r}:");
            foreach (var way in new[] { "bulk", "shared", "own" })
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var faults = SteadyMemory.MinorFaults() ?? 0;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var store = W1Workload.OpenStore(p);
                if (way == "own")
                {
                    typeof(ReportStore).GetField("<Memory>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(store, new ColumnMemory());
                }

                if (way == "bulk")
                {
                    store.Append(workload.Appended);
                }
                else
                {
                    workload.AppendDays(store, 0, W3Workload.Days);
                    store.WaitForCompaction();
                }

                var ms = clock.Elapsed.TotalMilliseconds;
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                line += Invariant($" {way} {ms:F1} ms ({cpu.TotalMilliseconds:F0} ms CPU, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB, {store.Memory.FreshBytes / 1e6:F0} MB fresh, {(SteadyMemory.MinorFaults() ?? 0) - faults} faults);");
            }

            Console.WriteLine(line + Invariant($" shared free {FreeColumnBlocks.Shared.Bytes / 1e6:F0} MB"));
        }

        for (var r = 0; r < (parts.Contains("builds", StringComparison.Ordinal) ? rounds : 0); r++)
        {
            var layout = W1Workload.OpenStore(p).Layout;
            var memory = new ColumnMemory();
            var clock = Stopwatch.StartNew();
            for (var d = 0; d < W3Workload.Days; d++)
            {
                var (from, to) = (workload.DayStart[d], workload.DayStart[d + 1]);
                if (to > from)
                {
                    SegmentBuilder.Build(layout, memory, d + 1, workload.ByDay.AsMemory(from, to - from), default, 1);
                }
            }

            Console.WriteLine(Invariant($"the 350 daily segments built alone: {clock.Elapsed.TotalMilliseconds:F1} ms"));
        }

        if (parts.Contains("replay", StringComparison.Ordinal))
        {
            Replay(p, workload);
        }

        if (parts.Contains("query", StringComparison.Ordinal))
        {
            Query(p, Bulk(), Daily(4, out _, out _));
        }
    }

    /// <summary>
    /// The merges the policy plans for the daily rounds, made one after another on one thread, each timed: the merge
    /// written input by input over the whole result with every planned merge made (as before), against stretches of
    /// the result with a merge planned by the same append folded into the next (as now), alternately.
    /// </summary>
    private static void Replay(W1Parameters p, W3Workload workload)
    {
        var store = W1Workload.OpenStore(p);
        store.CompactionFanout = 1;
        workload.AppendDays(store, 0, W3Workload.Days);
        var layout = store.Layout;
        var memory = new ColumnMemory();
        for (var pass = 0; pass < 9; pass++)
        {
            var now = pass % 3 == 2;
            var blockRows = pass % 3 > 0 ? SegmentMerge.BlockRows : int.MaxValue;
            var list = new List<Node>();
            var byKind = new SortedDictionary<string, (int Merges, long Rows, double Ms)>();
            var generation = 1000L;
            foreach (var round in store.Segments)
            {
                list.Add(new Node(round.Count) { Segment = round });
                var planned = new List<Node>();
                while (ReportStore.FindMergeRun([.. list.Select(n => n.Rows)], 4, layout.CellCount) is { Length: > 0 } run)
                {
                    var inputs = new List<Node>();
                    foreach (var place in list.GetRange(run.From, run.Length))
                    {
                        if (now && planned.Remove(place))
                        {
                            inputs.AddRange(place.Inputs!);
                        }
                        else
                        {
                            inputs.Add(place);
                        }
                    }

                    var output = new Node(inputs.Sum(n => n.Rows)) { Inputs = inputs };
                    list.RemoveRange(run.From, run.Length);
                    list.Insert(run.From, output);
                    planned.Add(output);
                }

                foreach (var node in planned)
                {
                    var inputs = node.Inputs!.ConvertAll(n => n.Segment!);
                    var clock = Stopwatch.StartNew();
                    node.Segment = SegmentMerge.Merge(layout, memory, generation++, inputs, blockRows);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    var kind = Invariant($"{inputs.Count(s => !s.IsDense),2} sparse + {inputs.Count(s => s.IsDense)} dense");
                    var (merges, rows, total) = byKind.GetValueOrDefault(kind);
                    byKind[kind] = (merges + 1, rows + node.Rows, total + ms);
                    memory.Release(inputs.Where(s => s.Generation >= 1000).SelectMany(s => s.Blocks));
                }
            }

            var sum = byKind.Values.Sum(v => v.Ms);
            memory.Release(list.Where(n => n.Segment!.Generation >= 1000).SelectMany(n => n.Segment!.Blocks));
            Console.WriteLine(Invariant($"replay {pass} ({(blockRows < int.MaxValue ? "stretches" : "whole")}, {(now ? "folded" : "every merge")}): {sum:F1} ms of merges, {byKind.Values.Sum(v => v.Rows):N0} rows written; layout {string.Join(' ', list.Take(4).Select(n => $"{n.Rows}[{n.Segment!.MinDay}-{n.Segment.MaxDay}]"))} …"));
            foreach (var (kind, (merges, rows, ms)) in byKind)
            {
                Console.WriteLine(Invariant($"  {kind}: {merges} merges, {rows:N0} rows, {ms:F1} ms ({ms * 1e6 / rows:F1} ns a row)"));
            }
        }
    }

    /// <summary>Q1 (D = 180) on each store, alternately, with the layout of the segment that holds the day.</summary>
    private static void Query(W1Parameters p, ReportStore bulk, ReportStore daily)
    {
        var compacted = W1Workload.OpenStore(p);
        compacted.CompactionFanout = 1;
        new W3Workload(p, W1Workload.Generate(p)).AppendDays(compacted, 0, W3Workload.Days);
        compacted.Compact();
        var stores = new[] { ("bulk", bulk), ("daily", daily), ("daily compacted", compacted) };
        foreach (var (name, store) in stores)
        {
            Console.WriteLine(Invariant($"{name}: {string.Join(' ', store.Segments.Select(Describe))}"));
        }

        var units0 = bulk.Layout.UnitCount;
        Kernel("bulk", bulk.Segments[0], units0);
        Kernel("daily", daily.Segments[0], units0);
        Kernel("compacted", compacted.Segments[0], units0);
        var q1 = new List<double>[stores.Length];
        var asOf = new List<double>[stores.Length];
        for (var s = 0; s < stores.Length; s++)
        {
            (q1[s], asOf[s]) = ([], []);
        }

        var date = W1Workload.AsOfDate(p with { AsOfDay = 180 });
        for (var call = 0; call < 60; call++)
        {
            for (var s = 0; s < stores.Length; s++)
            {
                var clock = Stopwatch.StartNew();
                W1Workload.Engine(stores[s].Item2, p with { AsOfDay = 180 });
                q1[s].Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                stores[s].Item2.AsOf(date);
                asOf[s].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        for (var s = 0; s < stores.Length; s++)
        {
            q1[s].Sort();
            asOf[s].Sort();
            Console.WriteLine(Invariant($"{stores[s].Item1}: Q1 median {q1[s][30]:F3} ms (min {q1[s][0]:F3}), AsOf median {asOf[s][30]:F3} ms (min {asOf[s][0]:F3}); Q1 {q1[s][30] / q1[0][30]:F2}x bulk"));
        }
    }

    /// <summary>The dense read of Q1 (D = 180) on a segment's columns as they lie, and on copies in fresh arrays.</summary>
    private static void Kernel(string name, Segment segment, int units0)
    {
        var start = segment.Start.ToArray();
        var days = segment.Days.ToArray();
        var num = segment.Num.ToArray();
        var copy = new List<double>();
        var inPlace = new List<double>();
        var engine = new List<double>();
        var result = new double[start.Length];
        var reports = new int[start.Length];
        var units = units0;
        for (var call = 0; call < 200; call++)
        {
            var clock = Stopwatch.StartNew();
            Read(segment.Start, segment.Days, segment.Num, result);
            inPlace.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            Read(start, days, num, result);
            copy.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            for (var first = 0; first + units < start.Length; first += units)
            {
                ReportStore.CollectDense(segment, first, units, 180, null, result, null, reports);
            }

            engine.Add(clock.Elapsed.TotalMilliseconds);
        }

        inPlace.Sort();
        copy.Sort();
        engine.Sort();
        Console.WriteLine(Invariant($"{name}: dense read in place median {inPlace[100]:F3} ms min {inPlace[0]:F3}; on fresh copies median {copy[100]:F3} min {copy[0]:F3}; the engine's (prefetching) median {engine[100]:F3} min {engine[0]:F3}"));
    }

    /// <summary>
    /// The dense read of Q1 (D = 180) on synthetic columns of W1's days (one a ten-day window), by run length: the plain
    /// read, the days counted alone, and the numerator read at a fixed row of the run (no wait on the count).
    /// </summary>
    private static void Shapes(int cells)
    {
        var shapes = new (string Name, Func<Random, int> Length)[]
        {
            ("35 (bulk)", _ => 35),
            ("24 or 25 (daily)", r => r.Next(10) < 4 ? 25 : 24),
            ("24", _ => 24),
            ("25", _ => 25),
            ("30", _ => 30),
            ("33", _ => 33),
            ("34 or 35", r => r.Next(2) == 0 ? 34 : 35),
            ("48", _ => 48),
        };
        foreach (var (name, length) in shapes)
        {
            var random = new Random(7);
            var start = new int[cells + 1];
            for (var c = 0; c < cells; c++)
            {
                start[c + 1] = start[c] + length(random);
            }

            var days = new ushort[start[cells]];
            var num = new double[start[cells]];
            for (var c = 0; c < cells; c++)
            {
                for (var k = 0; k < start[c + 1] - start[c]; k++)
                {
                    days[start[c] + k] = (ushort)((10 * k) + random.Next(10));
                    num[start[c] + k] = k;
                }
            }

            var result = new double[cells];
            var (plain, counts, fixedRow) = (new List<double>(), new List<double>(), new List<double>());
            var total = 0L;
            for (var call = 0; call < 100; call++)
            {
                var clock = Stopwatch.StartNew();
                Read(start, days, num, result);
                plain.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                total += Counts(start, days);
                counts.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                ReadFixed(start, days, num, result);
                fixedRow.Add(clock.Elapsed.TotalMilliseconds);
            }

            plain.Sort();
            counts.Sort();
            fixedRow.Sort();
            Console.WriteLine(Invariant($"runs of {name}: {days.Length:N0} rows; dense read median {plain[50]:F3} ms (min {plain[0]:F3}); days counted alone {counts[50]:F3}; numerator at the run's 18th row {fixedRow[50]:F3} ({total})"));
        }
    }

    private static long Counts(ReadOnlySpan<int> start, ReadOnlySpan<ushort> days)
    {
        var total = 0L;
        for (var c = 0; c < start.Length - 1; c++)
        {
            var from = start[c];
            total += Segment.CountOnOrBefore(days, from, start[c + 1] - from, 180);
        }

        return total;
    }

    private static void ReadFixed(ReadOnlySpan<int> start, ReadOnlySpan<ushort> days, ReadOnlySpan<double> num, double[] result)
    {
        for (var c = 0; c < start.Length - 1; c++)
        {
            var from = start[c];
            var count = Segment.CountOnOrBefore(days, from, start[c + 1] - from, 180);
            result[c] = num[from + 17] + count;
        }
    }

    private static void Read(ReadOnlySpan<int> start, ReadOnlySpan<ushort> days, ReadOnlySpan<double> num, double[] result)
    {
        for (var c = 0; c < start.Length - 1; c++)
        {
            var from = start[c];
            var count = Segment.CountOnOrBefore(days, from, start[c + 1] - from, 180);
            if (count > 0)
            {
                result[c] = num[from + count - 1];
            }
        }
    }

    private static string Describe(Segment segment)
    {
        if (segment.Count < 100_000)
        {
            return Invariant($"{segment.Count}[{segment.MinDay}-{segment.MaxDay}]");
        }

        var blocks = segment.Blocks.ToArray();
        return Invariant($"{segment.Count}[{segment.MinDay}-{segment.MaxDay}]{(segment.IsDense ? " dense" : " sparse")} start@{Where(blocks[0])} days@{Where(blocks[2])} num@{Where(blocks[3])}");
    }

    private static string Where(ColumnBlock? block)
    {
        if (block is null)
        {
            return "-";
        }

        var handle = GCHandle.Alloc(block.Array, GCHandleType.Pinned);
        try
        {
            var address = handle.AddrOfPinnedObject().ToInt64() + ((long)block.Offset * Marshal.SizeOf(block.Array.GetType().GetElementType()!));
            return Invariant($"{address % (1 << 21) / 1024}K/2M len {block.Capacity} used {block.Used} live {block.Live} gen {GC.GetGeneration(block.Array)}");
        }
        finally
        {
            handle.Free();
        }
    }

    private sealed class Node(long rows)
    {
        internal long Rows { get; } = rows;

        internal Segment? Segment { get; set; }

        internal List<Node>? Inputs { get; init; }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

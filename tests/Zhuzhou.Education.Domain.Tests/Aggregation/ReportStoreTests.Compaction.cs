using CsCheck;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Plans;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <content>Compaction: merging segments never changes a figure, and a query sees the old or the new layout whole.</content>
public partial class ReportStoreTests
{
    // Unique (target, unit, day) keys with small integer values (sums exact), for every kind of target; shares
    // get a denominator.
    private static readonly Gen<(ReportRow Row, double Denominator)[]> GenRows =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 200], Gen.Int[0, 30], Gen.Int[1, 30])
            .Array[0, 150]
            .Select(rows => rows
                .DistinctBy(r => (r.Item1, r.Item2, r.Item3))
                .Select(r => (Row(r.Item1, r.Item2, r.Item3, r.Item4), (double)Math.Max(r.Item4, r.Item5)))
                .ToArray());

    [Fact]
    public void Compaction_RandomRounds_EveryFigureEqualsUncompactedStore()
    {
        Gen.Select(GenRows, Gen.Int[1, 12], Gen.Int[2, 5], Gen.Bool).Sample((rows, rounds, fanout, byDay) =>
        {
            // Rounds in day order (the usual case) or in arrival order (days overlap across segments).
            var ordered = byDay ? rows.OrderBy(r => r.Row.Day).ToArray() : rows;
            var compacted = Open(fanout);
            var plain = Open(0);
            foreach (var batch in ordered.Chunk(Math.Max(1, (ordered.Length / rounds) + 1)))
            {
                compacted.Append(batch.Select(r => r.Row).ToArray(), batch.Select(r => r.Denominator).ToArray());
                plain.Append(batch.Select(r => r.Row).ToArray(), batch.Select(r => r.Denominator).ToArray());
            }

            var whole = Open(0);
            whole.Append(ordered.Select(r => r.Row).ToArray(), ordered.Select(r => r.Denominator).ToArray());
            plain.Segments.Length.Should().Be(Math.Min(rows.Length, ordered.Chunk(Math.Max(1, (ordered.Length / rounds) + 1)).Count()));
            SameFigures(compacted, plain);
            SameFigures(whole, plain);
            compacted.Compact();
            compacted.Segments.Length.Should().BeLessThanOrEqualTo(1);
            SameFigures(compacted, plain);
        }, iter: 120);
    }

    [Fact]
    public void Append_OneDayRoundsInAnyOrder_CellsAscendingAndFiguresOfBulkAppend()
    {
        // Rounds of one day each, rows in any order (shares with a denominator): a round is laid out without
        // sorting, its cells from the bitmap in order, its days one day throughout, each value and denominator at
        // its cell's place; every figure equals one bulk append's.
        Gen.Select(GenRows, Gen.Int[0, int.MaxValue]).Sample((rows, seed) =>
        {
            var random = new Random(seed);
            var store = Open(0);
            foreach (var day in rows.GroupBy(r => r.Row.Day).OrderBy(g => g.Key))
            {
                var batch = day.OrderBy(_ => random.Next()).ToArray();
                store.Append(batch.Select(r => r.Row).ToArray(), batch.Select(r => r.Denominator).ToArray());
                var round = store.Segments[^1];
                var cells = batch.Select(r => (r.Row.Target * AllUnits.Length) + r.Row.OrgUnit).ToArray();
                round.Cells.ToArray().Should().Equal(cells.Order());
                round.Days.ToArray().Should().AllBeEquivalentTo((ushort)day.Key);
                (round.MinDay, round.MaxDay).Should().Be((day.Key, day.Key));
                for (var e = 0; e < round.Entries; e++)
                {
                    var row = batch[Array.IndexOf(cells, round.CellAt(e))];
                    round.NumAt(round.StartAt(e)).Should().Be(row.Row.Value);
                    round.DenAt(round.StartAt(e)).Should().Be(row.Denominator);
                }
            }

            var whole = Open(0);
            whole.Append(rows.Select(r => r.Row).ToArray(), rows.Select(r => r.Denominator).ToArray());
            SameFigures(store, whole);
        }, iter: 60);
    }

    [Fact]
    public async Task Compact_DuringQueries_ReadersSeeOldOrNewLayoutWhole()
    {
        // Reports on days up to 150; later rounds add days after the as-of date, so every query must give the
        // same figures whatever the layout it reads. Background merges (fan-out 2) and full compactions both run.
        var store = Open(2);
        for (var day = 0; day <= 150; day += 3)
        {
            store.Append(Enumerable.Range(0, 7).Select(u => Row(1, u, day, day + u)).ToArray());
        }

        var asOf = Year2017.Start.PlusDays(150);
        var expected = Figures(store.AsOf(asOf));
        var layoutsSeen = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var wrong = 0;
        var queries = 0;
        var started = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                layoutsSeen[store.Segments.Length] = true;
                if (!Figures(store.AsOf(asOf)).SequenceEqual(expected))
                {
                    Interlocked.Increment(ref wrong);
                }

                Interlocked.Increment(ref queries);
                started.TrySetResult();
            }
        })).ToArray();

        await started.Task;
        for (var round = 0; round < 100 || (Volatile.Read(ref queries) < 300 && round < 400); round++)
        {
            // Rounds after the as-of date (days 151 … 364, a level target each half).
            var (target, day) = round < 214 ? (1, 151 + round) : (7, 151 + round - 214);
            store.Append(Enumerable.Range(0, 7).Select(u => Row(target, u, day, 1)).ToArray());
            store.Compact();
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        store.WaitForCompaction();
        wrong.Should().Be(0, "every one of {0} queries saw the figures of a whole layout", queries);
        store.Segments.Length.Should().BeLessThanOrEqualTo(2);
        layoutsSeen.Count.Should().BeGreaterThan(1, "the readers ran while the layout changed");
    }

    public static TheoryData<int[], int, int, int, int, int> MergeRuns => new()
    {
        // Segment sizes (oldest first), fan-out, cells, small run (in cells) → the newest run to merge (from,
        // length). Small: under 50 rows, merged once they hold the small run's rows together (200 rows for 2, 600
        // for the default 6) or number 128; large: by tier ⌊log_F(rows)⌋.
        { [1000, 10, 10, 10], 4, 100, 2, 0, 0 },
        { [300, 40, 45, 49, 48, 30], 4, 100, 2, 1, 5 },
        { [100, 40, 40, 40, 40, 40], 4, 100, 2, 1, 5 },
        { [300, 260, 270, 280], 4, 100, 2, 0, 4 },
        { [5000, 300, 260, 270, 280], 4, 100, 2, 1, 4 },
        { [1100, 1200, 300, 300], 4, 100, 2, 0, 0 },
        { [1100, 1200, 300, 300], 2, 100, 2, 2, 2 },
        { [300, 260, 270, 280, 40], 4, 100, 2, 0, 4 },
        { [100, 40, 40, 40, 40, 40], 4, 100, ReportStore.SmallRunCellsDefault, 0, 0 },
        { [1000, .. Enumerable.Repeat(40, 14)], 4, 100, ReportStore.SmallRunCellsDefault, 0, 0 },
        { [1000, .. Enumerable.Repeat(40, 15)], 4, 100, ReportStore.SmallRunCellsDefault, 1, 15 },
        { [1000, .. Enumerable.Repeat(1, ReportStore.MaxSmallSegments)], 4, 100, ReportStore.SmallRunCellsDefault, 1, ReportStore.MaxSmallSegments },
    };

    [Theory]
    [MemberData(nameof(MergeRuns))]
    public void FindMergeRun_Sizes_SmallRoundsTogetherThenTiers(int[] sizes, int fanout, int cells, int smallRunCells, int expectedFrom, int expectedLength)
    {
        var (from, length) = ReportStore.FindMergeRun(sizes.Select(size => (long)size).ToList(), fanout, cells, smallRunCells);

        (from, length).Should().Be((expectedFrom, expectedLength));
    }

    [Fact]
    public void Append_DailyRounds_LayoutDependsOnlyOnBatches()
    {
        // 120 rounds of 20 rows (7 level and count targets × 3 units) on 77 cells (11 targets × 7 units): small
        // segments merge at 462 rows (24 rounds, six times the cells), then by tier (480 → 1,920); the background
        // merges may run at any pace, the layout once they are done is always the same.
        int[] targets = [.. Enumerable.Range(0, TestPlan.Targets.Length).Where(t => TestPlan.Targets[t].OrgUnitAggregation != OrgUnitAggregation.Ratio).Take(7)];
        var layouts = Enumerable.Range(0, 3).Select(_ =>
        {
            var store = Open(4);
            for (var day = 0; day < 120; day++)
            {
                store.Append(Enumerable.Range(0, 20).Select(i => Row(targets[i % 7], ((i / 7) + day) % 7, day, day)).ToArray());
            }

            store.WaitForCompaction();
            return string.Join(' ', store.Segments.Select(s => $"{s.Count}[{s.MinDay}-{s.MaxDay}]"));
        }).ToList();

        layouts.Should().AllBe("1920[0-95] 480[96-119]", "the oldest segment holds the earliest days");
    }

    [Fact]
    public void Append_SmallAndLargeRounds_EachRowWrittenAtMostOnceATier()
    {
        // Rounds in day order of cells/8 to all cells' rows: a row is written when its round is laid out, at most
        // once by the merge of small rounds (into a segment of 2 × cells rows or more), then at most once a tier
        // up to the tier of the whole store — however the merges fall due, and whatever merges fold together.
        var cells = TestPlan.Targets.Length * AllUnits.Length;
        Gen.Select(Gen.Int[cells / 8, cells].Array[20, 120], Gen.Int[2, 5]).Sample((sizes, fanout) =>
        {
            var (store, bulk) = (Open(fanout), Open(0));
            var rounds = sizes.Select(Round).ToArray();
            foreach (var (rows, denominators) in rounds)
            {
                store.Append(rows, denominators);
            }

            bulk.Append(rounds.SelectMany(r => r.Rows).ToArray(), rounds.SelectMany(r => r.Denominators).ToArray());

            store.WaitForCompaction();
            store.Count.Should().Be(sizes.Sum());
            store.MostWrites.Should().BeLessThanOrEqualTo(2 + ReportStore.Tier(store.Count, fanout) - ReportStore.Tier(cells / 2, fanout));
            store.RowsMerged.Should().BeLessThanOrEqualTo((store.MostWrites - 1) * store.Count);
            SameFigures(store, bulk);
        }, iter: 40);
    }

    [Fact]
    public void Append_W3DailyRounds_SmallRoundsFoldedIntoTheTierMergeTheyComplete()
    {
        // W3 at S = 10 (100,800 rows, 2,880 cells): rounds of one day, about a tenth of the cells each, merged 23 at
        // a time (6,600 rows), four of those into one of 26,500 rows. Made one by one, those merges wrote 178,861
        // rows (1.77 a row held); when a merge of rounds falls due with the tier merge it completes, it is folded
        // into it, so the fourth group of rounds is written once instead of twice: 159,018 rows, the same layout.
        // (Small runs of twice the cells, the policy before the default of six.)
        var small = new Benchmarks.W1.W1Parameters(Schools: 10);
        var workload = new Benchmarks.W3.W3Workload(small, Benchmarks.W1.W1Workload.Generate(small));
        var store = Benchmarks.W1.W1Workload.OpenStore(small);
        store.SmallRunCells = 2;
        store.SmallRunSegments = 32;

        workload.AppendDays(store, 0, Benchmarks.W3.W3Workload.Days);
        store.WaitForCompaction();

        store.RowsMerged.Should().Be(159_018);
        store.MostWrites.Should().Be(3, "laid out, merged with 22 other rounds, then a tier up");
        string.Join(' ', store.Segments.Take(4).Select(s => $"{s.Count}[{s.MinDay}-{s.MaxDay}]"))
            .Should().Be("26487[0-91] 26493[92-183] 26547[184-275] 6571[276-298]");
    }

    [Fact]
    public void Append_W3DailyRounds_SmallRunsOfSixTimesTheCellsSkipATier()
    {
        // The same rounds with the default small run (six times the 3,200 cells, 19,200 rows): 67 rounds merged at a
        // time straight into a segment that four of its kind merge into one, the fourth folded into that merge; no
        // segments of 6,600 rows are written and dropped. Merges write 154,373 rows (159,018 above; 1,405,367 against
        // 2,419,370 and 14,054,290 against 24,191,308 at S = 100 and 1000), and the oldest segment holds D = 180.
        var small = new Benchmarks.W1.W1Parameters(Schools: 10);
        var workload = new Benchmarks.W3.W3Workload(small, Benchmarks.W1.W1Workload.Generate(small));
        var store = Benchmarks.W1.W1Workload.OpenStore(small);

        workload.AppendDays(store, 0, Benchmarks.W3.W3Workload.Days);
        store.WaitForCompaction();

        store.RowsMerged.Should().Be(154_373);
        store.MostWrites.Should().Be(3, "laid out, merged with 66 other rounds, then a tier up");
        string.Join(' ', store.Segments.Take(4).Select(s => $"{s.Count}[{s.MinDay}-{s.MaxDay}]"))
            .Should().Be("77196[0-267] 19315[268-334] 290[335-335] 274[336-336]");
    }

    private static ReportStore Open(int fanout)
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.CompactionFanout = fanout;
        store.ParallelThreshold = 16;
        return store;
    }

    /// <summary>A row of target t (in plan order, as the store indexes targets): a milestone's value is 0, ½ or 1.</summary>
    private static ReportRow Row(int t, int unit, int day, int value)
        => new(t, unit, day, TestPlan.Targets[t].Comparison.Kind == ComparisonKind.Milestone ? (value % 3) / 2d : value);

    /// <summary>A round of the first <paramref name="size"/> cells on one day (shares with a denominator).</summary>
    private static (ReportRow[] Rows, double[] Denominators) Round(int size, int day)
    {
        var rows = Enumerable.Range(0, size).Select(c => Row(c / AllUnits.Length, c % AllUnits.Length, day, day + c)).ToArray();
        return (rows, [.. rows.Select(r => r.Value + 1d)]);
    }

    private static void SameFigures(ReportStore actual, ReportStore expected)
    {
        foreach (var day in new[] { -1, 0, 30, 99, 150, 200, 364 })
        {
            var date = Year2017.Start.PlusDays(day);
            Figures(actual.AsOf(date)).Should().Equal(Figures(expected.AsOf(date)), "as of day {0}", day);
            var (a, e) = (actual.Completeness(date), expected.Completeness(date));
            foreach (var target in Targets)
            {
                foreach (var unit in AllUnits)
                {
                    a.Received(target.Id, unit).Should().Be(e.Received(target.Id, unit));
                }
            }
        }

        var (series, expectedSeries) = (actual.Series(SeriesInterval.Month), expected.Series(SeriesInterval.Month));
        foreach (var target in Targets)
        {
            series.Target(target.Id).Should().Equal(expectedSeries.Target(target.Id));
            series.Target(target.Id, Hetang).Should().Equal(expectedSeries.Target(target.Id, Hetang));
        }
    }

    private static List<object> Figures(AsOfResult result)
    {
        var figures = new List<object>();
        foreach (var target in Targets)
        {
            foreach (var unit in AllUnits)
            {
                figures.Add(result.Achieved(target.Id, unit));
                figures.Add(result.Figure(target.Id, unit));
            }
        }

        return figures;
    }
}

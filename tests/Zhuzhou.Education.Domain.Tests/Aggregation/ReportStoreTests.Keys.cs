using CsCheck;
using Zhuzhou.Education.Domain.Aggregation;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <content>One report per (target, org unit, day): repeats are refused within a batch and against the store.</content>
public partial class ReportStoreTests
{
    // Batch sizes that take each layout: sparse (fewer rows than half the 56 cells), dense, dense on two cores.
    public static TheoryData<int, int> Layouts => new() { { 10, int.MaxValue }, { 40, int.MaxValue }, { 40, 8 } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Append_KeyRepeatedInBatch_RefusesBatchNamingRowAndEarlierRow(int size, int parallelThreshold)
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.ParallelThreshold = parallelThreshold;
        store.Append(new[] { new ReportRow(1, 3, 200, 1) });
        var rows = Enumerable.Range(0, size).Select(i => new ReportRow(1, 3 + (i % 4), i, i)).ToArray();
        rows[size - 2] = rows[5] with { Value = 99 };

        var act = () => store.Append(rows);

        act.Should().Throw<ArgumentException>().WithMessage(
            $"Row {size - 2} is rejected: it repeats the key of row 5 (target 1.2, org unit {Tree.Units[rows[5].OrgUnit].Code}, 2017-01-06)*No row of the batch was added.*");
        store.Count.Should().Be(1);
        store.Segments.Should().HaveCount(1);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Append_KeyAlreadyStored_RefusesBatchNamingFirstSuchRow(int size, int parallelThreshold)
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.ParallelThreshold = parallelThreshold;
        store.Append(new[] { new ReportRow(2, 4, 7, 3), new ReportRow(2, 4, 30, 4) });
        var rows = Enumerable.Range(0, size).Select(i => new ReportRow(2, 3 + (i % 4), 100 + i, i)).ToArray();
        rows[size - 1] = new ReportRow(2, 4, 30, 9);
        rows[size - 3] = new ReportRow(2, 4, 7, 9);

        var act = () => store.Append(rows);

        act.Should().Throw<ArgumentException>().WithMessage(
            $"Row {size - 3} is rejected: a report with its key (target 2.1, org unit {Tree.Units[4].Code}, 2017-01-08) is already stored.*");
        store.Count.Should().Be(2);
        store.AsOf(Year2017.End).Achieved(Targets[2].Id).Amount.Should().Be(4m);
    }

    [Fact]
    public void Append_KeyStoredInCompactedSegment_Refused()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        for (var day = 0; day < 12; day++)
        {
            store.Append(new[] { new ReportRow(0, 3, day, 1), new ReportRow(0, 5, day, 2) });
        }

        store.Compact();
        var fault = store.TryAppend(new[] { new ReportRow(0, 6, 3, 1), new ReportRow(0, 5, 4, 1) }, default);

        store.Segments.Should().HaveCount(1);
        fault.Should().Be(new RowFault(1, RowFaultKind.AlreadyStored, $"a report with its key (target 1.1, org unit {Tree.Units[5].Code}, 2017-01-05) is already stored."));
        store.Count.Should().Be(24);
    }

    [Fact]
    public void TryAppend_RepeatedKey_ReturnsFaultKindAndAddsNothing()
    {
        var store = ReportStore.Open(TestPlan, Tree);

        var fault = store.TryAppend(new[] { new ReportRow(0, 3, 9, 1), new ReportRow(0, 4, 9, 1), new ReportRow(0, 3, 9, 2) }, default);

        fault!.Row.Should().Be(2);
        fault.Kind.Should().Be(RowFaultKind.RepeatedInBatch);
        store.Count.Should().Be(0);
        store.TryAppend(new[] { new ReportRow(0, 3, 9, 1) }, default).Should().BeNull();
        store.Count.Should().Be(1);
    }

    [Fact]
    public void Holds_StoredUnstoredAndOutOfRangeKeys()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(new[] { new ReportRow(3, 4, 50, 1) });
        store.Append(Enumerable.Range(0, 40).Select(i => new ReportRow(3, 5, i, 0)).ToArray());

        store.Holds(3, 4, 50).Should().BeTrue();
        store.Holds(3, 5, 39).Should().BeTrue();
        store.Holds(3, 5, 40).Should().BeFalse();
        store.Holds(3, 4, 49).Should().BeFalse();
        store.Holds(2, 4, 50).Should().BeFalse();
        store.Holds(99, 4, 50).Should().BeFalse();
        store.Holds(3, 4, -1).Should().BeFalse();
    }

    [Fact]
    public void TryAppend_OneDayBatchRepeatingKeyBeforeBadRow_NamesBadRow()
    {
        // A one-day round is validated and its cells marked in one read: a bad row anywhere still comes first.
        var store = ReportStore.Open(TestPlan, Tree);
        var rows = new[] { new ReportRow(1, 3, 5, 1), new ReportRow(1, 3, 5, 2), new ReportRow(1, 4, 5, -1) };

        var fault = store.TryAppend(rows, default);

        fault!.Row.Should().Be(2);
        fault.Kind.Should().Be(RowFaultKind.Value);
        store.TryAppend(rows.AsMemory(0, 2), default)!.Kind.Should().Be(RowFaultKind.RepeatedInBatch);
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_RandomBatches_AcceptedExactlyWhenNoKeyRepeats()
    {
        // Keys from a small space so that repeats are common; a model set of stored keys decides.
        var genBatch = Gen.Select(Gen.Int[0, 1], Gen.Int[3, 4], Gen.Int[0, 6]).Array[1, 40];
        Gen.Select(genBatch.Array[1, 8], Gen.Int[2, 4]).Sample((batches, fanout) =>
        {
            var store = ReportStore.Open(TestPlan, Tree);
            store.CompactionFanout = fanout;
            var model = new HashSet<(int, int, int)>();
            foreach (var batch in batches)
            {
                var rows = batch.Select(k => new ReportRow(k.Item1, k.Item2, k.Item3, 1)).ToArray();
                var keys = batch.ToList();
                var expected = keys.Distinct().Count() == keys.Count && !keys.Any(model.Contains);

                var fault = store.TryAppend(rows, default);

                (fault is null).Should().Be(expected);
                if (expected)
                {
                    model.UnionWith(keys);
                }
                else
                {
                    fault!.Kind.Should().BeOneOf(RowFaultKind.RepeatedInBatch, RowFaultKind.AlreadyStored);
                }

                store.Count.Should().Be(model.Count);
            }
        }, iter: 200);
    }
}

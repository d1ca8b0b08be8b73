using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>Column memory: carved columns never overlap, and released memory is reused only once no query can read it.</summary>
public class ColumnMemoryTests
{
    private const int Large = 1 << 21; // 16 MB of doubles: a column of its own.

    [Fact]
    public void Allocate_ManyColumnsOfEachKind_NeverOverlap()
    {
        var memory = new ColumnMemory();
        var columns = Enumerable.Range(0, 300).Select(i => memory.Allocate<double>(1 + (i * 37 % 5000))).ToList();

        for (var i = 0; i < columns.Count; i++)
        {
            columns[i].Span.Fill(i);
        }

        for (var i = 0; i < columns.Count; i++)
        {
            columns[i].Span.ToArray().Should().AllBeEquivalentTo((double)i, "column {0} was written by no other", i);
        }
    }

    [Fact]
    public void Release_WhileQueryReads_ReusedOnlyAfterItLeaves()
    {
        var memory = new ColumnMemory();
        var first = memory.Allocate<double>(Large);

        var reader = memory.Read();
        memory.Release([first.Block]);
        var whileReading = Enumerable.Range(0, 4).Select(_ => memory.Allocate<double>(Large)).ToList();
        reader.Dispose();
        foreach (var column in whileReading)
        {
            memory.Release([column.Block]);
        }

        _ = memory.Allocate<int>(10);
        _ = memory.Allocate<int>(10);
        var afterwards = memory.Allocate<double>(Large);

        whileReading.Should().NotContain(c => ReferenceEquals(c.Array, first.Array), "a query that may still read it is running");
        whileReading.Select(c => c.Array).Append(first.Array).Should().Contain(array => ReferenceEquals(array, afterwards.Array), "once no query can read it, it is reused");
    }

    [Fact]
    public void Release_CarvedColumns_BlockReusedWhenAllAreReleased()
    {
        var memory = new ColumnMemory();
        var a = memory.Allocate<ushort>(1000);
        var b = memory.Allocate<ushort>(1000);
        var fill = memory.Allocate<ushort>(1 << 15);

        memory.Release([a.Block]);
        memory.Release([b.Block, fill.Block]);
        var next = Enumerable.Range(0, 40).Select(_ => memory.Allocate<ushort>(1 << 15)).ToList();

        a.Block.Should().BeSameAs(b.Block);
        next.Should().Contain(c => ReferenceEquals(c.Array, a.Array), "the emptied block is carved again");
    }

    [Fact]
    public void Allocate_RoundAndLastingColumns_NeverShareABlock()
    {
        var memory = new ColumnMemory();
        var rounds = Enumerable.Range(0, 50).Select(i => memory.Allocate<double>(100 + i, ColumnLife.Round)).ToList();
        var lasting = Enumerable.Range(0, 50).Select(i => memory.Allocate<double>(100 + i)).ToList();

        rounds.Select(c => c.Block).Should().NotIntersectWith(lasting.Select(c => c.Block));
        rounds.Concat(lasting).Select(c => (c.Array, c.Offset)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Release_RoundsWhileLastingColumnsLive_RoundBlockCarvedAgain()
    {
        // Rounds carved between long-lived columns (the first block holds 16,384 ints): once the rounds are merged
        // away their block empties, though the long-lived columns allocated meanwhile stay, and later rounds carve it.
        var memory = new ColumnMemory();
        var rounds = new List<Column<int>>();
        var lasting = new List<Column<int>>();
        for (var i = 0; i < 4; i++)
        {
            rounds.Add(memory.Allocate<int>(4000, ColumnLife.Round));
            lasting.Add(memory.Allocate<int>(4000));
        }

        var first = rounds[0].Block!;
        _ = memory.Allocate<int>(20_000, ColumnLife.Round);
        memory.Release(rounds.Select(c => c.Block));
        lasting.Add(memory.Allocate<int>(10));
        lasting.Add(memory.Allocate<int>(10));
        var next = memory.Allocate<int>(16_000, ColumnLife.Round);

        rounds.Should().OnlyContain(c => ReferenceEquals(c.Block, first));
        lasting.Should().OnlyContain(c => !ReferenceEquals(c.Block, first));
        next.Block.Should().BeSameAs(first, "the rounds' block emptied and is carved again");
    }

    [Fact]
    public void Release_MergedColumn_LaterMergeOfSlightlyMoreRowsTakesItWithoutFreshMemory()
    {
        // 1.6 MB of doubles: a block of its own with an eighth to spare, though a large batch's column that size is carved.
        var memory = new ColumnMemory();
        var merged = memory.Allocate<double>(200_000, ColumnLife.Merged);
        var lasting = memory.Allocate<double>(10);
        memory.Release([merged.Block]);
        _ = memory.Allocate<int>(10);
        _ = memory.Allocate<int>(10);
        var fresh = memory.FreshBytes;

        var next = memory.Allocate<double>(210_000, ColumnLife.Merged);

        merged.Block.Should().NotBeSameAs(lasting.Block);
        next.Block.Should().BeSameAs(merged.Block, "the retired merge's block has room for 5% more rows");
        memory.FreshBytes.Should().Be(fresh);
    }

    [Fact]
    public void Allocate_BlockFreedByAnotherMemorySharingFreeBlocks_TakenWithoutFreshBytes()
    {
        // Two stores' memories sharing free blocks (as the stores of a process do): what one's merges freed, the
        // other's merges take, though the first memory is never used again.
        var free = new FreeColumnBlocks();
        var first = new ColumnMemory(free);
        var merged = first.Allocate<double>(200_000, ColumnLife.Merged);
        first.Release([merged.Block]);
        _ = first.Allocate<int>(10);
        _ = first.Allocate<int>(10);
        var second = new ColumnMemory(free);

        var next = second.Allocate<double>(190_000, ColumnLife.Merged);

        next.Block.Should().BeSameAs(merged.Block);
        second.FreshBytes.Should().Be(0);
        free.Bytes.Should().Be(0, "the block was taken off the shared list");
    }

    [Fact]
    public void Identity_GrowingLengths_EachColumnCountsFromZero()
    {
        var memory = new ColumnMemory();
        var shorter = memory.Identity(5);
        var longer = memory.Identity(1000);
        var again = memory.Identity(7);

        shorter.Span.ToArray().Should().Equal(0, 1, 2, 3, 4);
        longer.Span.ToArray().Should().Equal(Enumerable.Range(0, 1000));
        again.Span.ToArray().Should().Equal(Enumerable.Range(0, 7));
        longer.Block.Should().BeNull("a shared directory is never released");
    }
}

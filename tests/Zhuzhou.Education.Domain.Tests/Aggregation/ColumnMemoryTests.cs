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
}

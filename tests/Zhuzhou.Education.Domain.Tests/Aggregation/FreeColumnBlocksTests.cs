using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>Free column blocks: bounded, taken smallest first by element type, and let go once idle.</summary>
public class FreeColumnBlocksTests
{
    [Fact]
    public void TryAdd_BeyondCap_LeftOut()
    {
        var free = new FreeColumnBlocks();

        var first = free.TryAdd(Block<double>(100), cap: 1000);
        var second = free.TryAdd(Block<double>(100), cap: 1000);

        first.Should().BeTrue();
        second.Should().BeFalse("800 + 800 bytes exceed the cap of 1,000");
        free.Bytes.Should().Be(800);
    }

    [Fact]
    public void Take_SeveralFit_SmallestOfTheTypeAsked()
    {
        var free = new FreeColumnBlocks();
        var large = Block<double>(500);
        var small = Block<double>(200);
        var ints = Block<int>(150);
        foreach (var block in new[] { large, small, ints })
        {
            free.TryAdd(block, long.MaxValue);
        }

        var taken = free.Take<double>(150, 1000);
        var none = free.Take<ushort>(1, 1000);

        taken.Should().BeSameAs(small);
        none.Should().BeNull("no block of ushorts is free");
        free.Bytes.Should().Be((500 * 8) + (150 * 4));
    }

    [Fact]
    public void Trim_BlocksAddedBefore_LetGo()
    {
        var free = new FreeColumnBlocks();
        free.TryAdd(Block<int>(100), long.MaxValue);

        var keptWhenOlderAsked = free.Trim(Environment.TickCount64 - 60_000);
        var dropped = free.Trim(Environment.TickCount64 + 1);

        keptWhenOlderAsked.Should().Be(0);
        dropped.Should().Be(400);
        free.Bytes.Should().Be(0);
        free.Take<int>(1, 1000).Should().BeNull();
    }

    private static ColumnBlock Block<T>(int capacity)
        where T : unmanaged
        => new(new T[capacity], 0, capacity, System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
}

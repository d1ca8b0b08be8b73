using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Tests.Utility;

public sealed class ScratchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Scratch<int>.MaxPooled)]
    public void New_SmallLength_RentsFromThePool(int length)
    {
        using var scratch = new Scratch<int>(length);

        scratch.IsPooled.Should().BeTrue();
        scratch.Array.Length.Should().BeGreaterThanOrEqualTo(Math.Max(1, length));
    }

    [Fact]
    public void New_LargeLength_AllocatesExactlyAndKeepsNothingInThePool()
    {
        // A batch of millions of reports must not leave an array of its size in the shared pool for the life of the
        // process: a large scratch is allocated at its length and left to the collector.
        var scratch = new Scratch<long>(Scratch<long>.MaxPooled + 1);
        var array = scratch.Array;
        scratch.Dispose();

        scratch.IsPooled.Should().BeFalse();
        array.Length.Should().Be(Scratch<long>.MaxPooled + 1);
        System.Buffers.ArrayPool<long>.Shared.Rent(Scratch<long>.MaxPooled + 1).Should().NotBeSameAs(array);
    }
}

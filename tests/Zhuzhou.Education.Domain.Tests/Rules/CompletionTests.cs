using CsCheck;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public class CompletionTests
{
    public static TheoryData<Comparison, decimal?, decimal, decimal, bool> Cases => new()
    {
        // comparison, baseline, achieved → completion, exceeded (all computed by hand)
        { Comparison.AtLeast(100m), null, 0m, 0m, false },
        { Comparison.AtLeast(100m), null, 40m, 0.4m, false },
        { Comparison.AtLeast(100m), null, 100m, 1m, false },
        { Comparison.AtLeast(100m), null, 130m, 1m, true },
        { Comparison.AtLeast(0m), null, 0m, 1m, false },
        { Comparison.Between(3m, 5m), null, 2m, 2m / 3m, false },
        { Comparison.Between(3m, 5m), null, 3m, 1m, false },
        { Comparison.Between(3m, 5m), null, 5m, 1m, false },
        { Comparison.Between(3m, 5m), null, 6m, 1m, true },
        { Comparison.Exactly(6m), null, 3m, 0.5m, false },
        { Comparison.Exactly(6m), null, 7m, 1m, true },
        { Comparison.Coverage(1m), null, 0.75m, 0.75m, false },
        { Comparison.Coverage(0.8m), null, 0.4m, 0.5m, false },
        { Comparison.Milestone(), null, 0m, 0m, false },
        { Comparison.Milestone(), null, 0.6m, 0.6m, false },
        { Comparison.Milestone(), null, 1m, 1m, false },
        { Comparison.AtMost(2m), 10m, 10m, 0m, false },
        { Comparison.AtMost(2m), 10m, 6m, 0.5m, false },
        { Comparison.AtMost(2m), 10m, 2m, 1m, false },
        { Comparison.AtMost(2m), 10m, 1m, 1m, false },
        { Comparison.AtMost(2m), 10m, 12m, 0m, false },
        { Comparison.AtMost(2m), null, 2m, 1m, false },
        { Comparison.AtMost(2m), null, 3m, 0m, false },
        { Comparison.AtMost(2m), 2m, 2m, 1m, false },
        { Comparison.AtMost(2m), 2m, 2.5m, 0m, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_HandComputedCases(Comparison comparison, decimal? baseline, decimal achieved, decimal expected, bool exceeded)
    {
        Completion.Of(comparison, baseline, achieved).Should().Be(expected);
        Completion.IsExceeded(comparison, achieved).Should().Be(exceeded);
    }

    [Fact]
    public void Of_NegativeAchieved_ThrowsNamingAchieved()
    {
        var act = () => Completion.Of(Comparison.AtLeast(1m), null, -1m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("achieved");
    }

    [Fact]
    public void Of_TinyRequiredAmount_DoesNotOverflow()
    {
        // 200000 / 1e-24 is past decimal's range: the rule must decide completion before dividing.
        Completion.Of(Comparison.AtLeast(0.000000000000000000000001m), null, 200000m).Should().Be(1m);
        Completion.Of(Comparison.AtMost(1m), 1.000000000000000000000001m, 0.5m).Should().Be(1m);
        Completion.Of(Comparison.AtMost(1m), 1.000000000000000000000001m, 1.0000000000000000000000005m).Should().BeInRange(0m, 1m);
    }

    private static readonly Gen<Comparison> GenComparison = Gen.OneOf(
        Gen.Decimal[0m, 100000m].Select(Comparison.AtLeast),
        Gen.Decimal[0m, 1000m].Select(Gen.Decimal[0m, 1000m]).Select((a, b) => Comparison.Between(Math.Min(a, b), Math.Max(a, b))),
        Gen.Decimal[0m, 1000m].Select(Comparison.Exactly),
        Gen.Decimal[0.01m, 1m].Select(Comparison.Coverage),
        Gen.Decimal[0m, 100m].Select(Comparison.AtMost),
        Gen.Const(Comparison.Milestone()));

    [Fact]
    public void Of_IsAlwaysBetweenZeroAndOne()
        => Gen.Select(GenComparison, Gen.Decimal[0m, 200000m].Nullable(), Gen.Decimal[0m, 200000m])
            .Sample((c, baseline, achieved) =>
            {
                var completion = Completion.Of(c, baseline, achieved);
                return completion is >= 0m and <= 1m;
            });

    [Fact]
    public void Of_IsMonotoneInAchieved_ReversedForAtMost()
        => Gen.Select(GenComparison, Gen.Decimal[0m, 200m].Nullable(), Gen.Decimal[0m, 2000m], Gen.Decimal[0m, 2000m])
            .Sample((c, baseline, x, y) =>
            {
                var (low, high) = (Math.Min(x, y), Math.Max(x, y));
                var (cLow, cHigh) = (Completion.Of(c, baseline, low), Completion.Of(c, baseline, high));
                return c.Kind == ComparisonKind.AtMost ? cLow >= cHigh : cLow <= cHigh;
            });
}

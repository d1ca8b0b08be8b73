using CsCheck;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>The merge of partial results: associative and commutative, so work may split anywhere.</summary>
public class CellStateTests
{
    // Integer values keep floating-point sums exact, as counts are.
    private static readonly Gen<CellState> GenState = Gen.Frequency(
        (1, Gen.Const(CellState.Empty)),
        (6, Gen.Select(Gen.Int[0, 20], Gen.Int[0, 5], Gen.Int[0, 30], Gen.Int[1, 9], Gen.Int[1, 4])
            .Select((day, seq, num, den, count) => new CellState(day, seq, num, den, count))));

    private static readonly Gen<(TimeAggregation, bool)> GenRule = Gen.Select(Gen.Enum<TimeAggregation>(), Gen.Bool);

    [Fact]
    public void Merge_AnyStates_IsCommutative()
        => Gen.Select(GenRule, GenState, GenState).Sample((rule, a, b) =>
            CellState.Merge(rule.Item1, rule.Item2, a, b).Should().Be(CellState.Merge(rule.Item1, rule.Item2, b, a)));

    [Fact]
    public void Merge_AnyStates_IsAssociative()
        => Gen.Select(GenRule, GenState, GenState, GenState).Sample((rule, a, b, c) =>
        {
            var (aggregation, ratio) = rule;
            var left = CellState.Merge(aggregation, ratio, CellState.Merge(aggregation, ratio, a, b), c);
            var right = CellState.Merge(aggregation, ratio, a, CellState.Merge(aggregation, ratio, b, c));
            left.Should().Be(right);
        });

    [Fact]
    public void Merge_WithEmpty_IsIdentity()
        => Gen.Select(GenRule, GenState).Sample((rule, a) =>
            CellState.Merge(rule.Item1, rule.Item2, a, CellState.Empty).Should().Be(a));

    [Fact]
    public void Merge_SplitReportsAnyWay_EqualsFoldInDayOrder()
        => Gen.Select(GenRule, Gen.Select(Gen.Int[0, 30], Gen.Int[0, 9]).Array[1, 12], Gen.Int[0, 11]).Sample((rule, reports, cut) =>
        {
            var (aggregation, ratio) = rule;
            var states = reports.Select((r, i) => CellState.Of(r.Item1, i, r.Item2, 1 + (r.Item2 % 3))).ToArray();
            var whole = states.Aggregate(CellState.Empty, (s, x) => CellState.Merge(aggregation, ratio, s, x));
            var k = Math.Min(cut, states.Length);
            var first = states[..k].Aggregate(CellState.Empty, (s, x) => CellState.Merge(aggregation, ratio, s, x));
            var second = states[k..].Reverse().Aggregate(CellState.Empty, (s, x) => CellState.Merge(aggregation, ratio, s, x));
            CellState.Merge(aggregation, ratio, second, first).Should().Be(whole);
        });
}

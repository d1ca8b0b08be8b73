using System.Runtime.CompilerServices;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The partial result for one (target, org unit) cell: what a set of reports adds up to across time under the
/// target's <see cref="TimeAggregation"/>. Partial results from disjoint sets of reports merge, and the merge is
/// associative and commutative, so a cell's reports may be split across segments, cores or machines.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Level: the report with the greatest (day, sequence) — a later report on the same day supersedes.</item>
/// <item>Increment: numerators and denominators summed.</item>
/// <item>Average: sums and a count; the value is sum / count.</item>
/// <item>Maximum / Minimum: the report with the greatest / least value (a share compares num/den);
/// ties go to the greater numerator, then the greater denominator.</item>
/// </list>
/// Floating-point sums are commutative; they are associative exactly when the values are integers below 2^53
/// (as counts are), otherwise up to rounding.
/// </remarks>
internal readonly record struct CellState(int Day, long Seq, double Num, double Den, long Count)
{
    internal static CellState Empty => new(-1, -1, 0d, 0d, 0);

    internal bool IsEmpty => Count == 0;

    internal static CellState Of(int day, long seq, double num, double den) => new(day, seq, num, den, 1);

    /// <summary>The cell's numerator (or count) under the aggregation.</summary>
    internal double Numerator(TimeAggregation aggregation)
        => aggregation == TimeAggregation.Average && Count > 0 ? Num / Count : Num;

    /// <summary>The cell's denominator under the aggregation (0 for a count).</summary>
    internal double Denominator(TimeAggregation aggregation)
        => aggregation == TimeAggregation.Average && Count > 0 ? Den / Count : Den;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CellState Merge(TimeAggregation aggregation, bool ratio, in CellState a, in CellState b)
    {
        if (a.Count == 0)
        {
            return b;
        }

        if (b.Count == 0)
        {
            return a;
        }

        var count = a.Count + b.Count;
        var later = IsLater(a, b) ? a : b;
        switch (aggregation)
        {
            case TimeAggregation.Increment:
            case TimeAggregation.Average:
                return new(later.Day, later.Seq, a.Num + b.Num, a.Den + b.Den, count);
            case TimeAggregation.Maximum:
            case TimeAggregation.Minimum:
                var order = CompareKey(ratio, a, b);
                var pick = order == 0 ? (IsLater(a, b) ? a : b)
                    : (order > 0) == (aggregation == TimeAggregation.Maximum) ? a : b;
                return new(later.Day, later.Seq, pick.Num, pick.Den, count);
            default:
                return later with { Count = count };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLater(in CellState a, in CellState b)
    {
        if (a.Day != b.Day)
        {
            return a.Day > b.Day;
        }

        if (a.Seq != b.Seq)
        {
            return a.Seq > b.Seq;
        }

        return a.Num != b.Num ? a.Num > b.Num : a.Den >= b.Den;
    }

    private static int CompareKey(bool ratio, in CellState a, in CellState b)
    {
        var byKey = ratio ? (a.Num * b.Den).CompareTo(b.Num * a.Den) : a.Num.CompareTo(b.Num);
        if (byKey != 0)
        {
            return byKey;
        }

        var byNum = a.Num.CompareTo(b.Num);
        return byNum != 0 ? byNum : a.Den.CompareTo(b.Den);
    }
}

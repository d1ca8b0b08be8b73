using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// The completion arithmetic (完成率): the one clamping rule used at every level, by evaluation and by the
/// aggregation engine alike.
/// </summary>
/// <remarks>
/// <para>The amount passed in is what was achieved in the comparison's own terms: for a growth target the
/// caller has already subtracted the baseline; for coverage it is the share covered (0…1); for a milestone it
/// is the completion reached (0 or 1, or a stage's completion); for an at-most target it is the current value.</para>
/// <list type="bullet">
/// <item>at least n, between a and b, exactly n, coverage s: <c>clamp(achieved / required, 0, 1)</c> with
/// required = n, a, n, s; a required amount of 0 is complete at once.</item>
/// <item>at most n with baseline b &gt; n: <c>clamp((b − actual) / (b − n), 0, 1)</c>; without a baseline, or
/// with b ≤ n, complete when actual ≤ n and otherwise 0.</item>
/// <item>milestone: <c>clamp(achieved, 0, 1)</c>.</item>
/// </list>
/// <para>Exact: every amount is a <see cref="decimal"/>. <see cref="TargetArithmetic.Figure"/> applies it to a
/// target's measured value for the evaluator and the aggregation engine alike.</para>
/// </remarks>
public static class Completion
{
    /// <summary>The completion of an amount against a comparison.</summary>
    /// <param name="comparison">What the target requires.</param>
    /// <param name="baseline">The baseline, used by at-most targets; null when there is none.</param>
    /// <param name="achieved">The amount achieved (see remarks); not negative.</param>
    /// <returns>The completion, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="achieved"/> is negative.</exception>
    public static decimal Of(Comparison comparison, decimal? baseline, decimal achieved)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Preconditions.CheckNonNegative(achieved);
        switch (comparison.Kind)
        {
            case ComparisonKind.AtMost:
                var maximum = comparison.Maximum!.Value;
                if (achieved <= maximum)
                {
                    return 1m;
                }

                // Decided before dividing: b − n may be tiny, and a decimal quotient past its range throws.
                if (baseline is { } b && b > achieved)
                {
                    return Clamp((b - achieved) / (b - maximum));
                }

                return 0m;
            case ComparisonKind.Milestone:
                return Clamp(achieved);
            default:
                var required = comparison.Minimum!.Value;
                return achieved >= required ? 1m : Clamp(achieved / required);
        }
    }

    /// <summary>
    /// Whether an amount went past what the comparison asks for (超额完成): above a range's upper bound,
    /// above exactly n, or above the required amount of an at-least or coverage target. Never penalised.
    /// </summary>
    /// <param name="comparison">What the target requires.</param>
    /// <param name="achieved">The amount achieved, in the same terms as for <see cref="Of(Comparison, decimal?, decimal)"/>.</param>
    /// <returns><see langword="true"/> when the amount is past the bound; always false for at-most and milestone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static bool IsExceeded(Comparison comparison, decimal achieved)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Kind switch
        {
            ComparisonKind.Between or ComparisonKind.Exactly => achieved > comparison.Maximum!.Value,
            ComparisonKind.AtLeast or ComparisonKind.Coverage => achieved > comparison.Minimum!.Value,
            _ => false,
        };
    }

    private static decimal Clamp(decimal value) => Math.Clamp(value, 0m, 1m);
}

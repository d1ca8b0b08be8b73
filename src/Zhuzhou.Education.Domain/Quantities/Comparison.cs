using System.Globalization;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// What a target requires: a kind of comparison and its bounds, such as "at least 7000", "between 3 and 5"
/// or "a milestone".
/// </summary>
/// <remarks>
/// <para>Bounds are exact <see cref="decimal"/> numbers in the target's measure word (multipliers already
/// applied). <see cref="Minimum"/> and <see cref="Maximum"/> are set as each kind needs them:
/// at least n → (n, none); at most n → (none, n); between a and b → (a, b); exactly n → (n, n);
/// milestone → (1, 1); coverage with share s → (s, none) where 0 &lt; s ≤ 1.</para>
/// <para>Equality compares the kind and both bounds numerically. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record Comparison
{
    private Comparison(ComparisonKind kind, decimal? minimum, decimal? maximum)
    {
        Kind = kind;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The kind of comparison.</summary>
    public ComparisonKind Kind { get; }

    /// <summary>The lower bound, where the kind has one.</summary>
    public decimal? Minimum { get; }

    /// <summary>The upper bound, where the kind has one.</summary>
    public decimal? Maximum { get; }

    /// <summary>
    /// The amount that counts as complete: the minimum for at-least, between, exactly and coverage,
    /// the maximum for at-most, and 1 for a milestone.
    /// </summary>
    public decimal Required => Kind == ComparisonKind.AtMost ? Maximum!.Value : Minimum!.Value;

    /// <summary>Requires at least <paramref name="minimum"/> (以上, 不少于).</summary>
    /// <param name="minimum">The least amount that completes the target; not negative.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative.</exception>
    public static Comparison AtLeast(decimal minimum)
        => new(ComparisonKind.AtLeast, Preconditions.CheckNonNegative(minimum), null);

    /// <summary>Requires at most <paramref name="maximum"/> (以下, 不超过): a descending target.</summary>
    /// <param name="maximum">The greatest amount that completes the target; not negative.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative.</exception>
    public static Comparison AtMost(decimal maximum)
        => new(ComparisonKind.AtMost, null, Preconditions.CheckNonNegative(maximum));

    /// <summary>Requires between <paramref name="minimum"/> and <paramref name="maximum"/> ("3-5所").</summary>
    /// <param name="minimum">The lower bound, which completes the target; not negative.</param>
    /// <param name="maximum">The upper bound; going past it is flagged, not penalised.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> exceeds <paramref name="maximum"/>.</exception>
    public static Comparison Between(decimal minimum, decimal maximum)
    {
        Preconditions.CheckNonNegative(minimum);
        Preconditions.CheckNonNegative(maximum);
        Preconditions.CheckArgument(minimum <= maximum, nameof(minimum), "Minimum must not exceed maximum.");
        return new(ComparisonKind.Between, minimum, maximum);
    }

    /// <summary>Requires exactly <paramref name="value"/>.</summary>
    /// <param name="value">The required amount; not negative.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Comparison Exactly(decimal value)
    {
        Preconditions.CheckNonNegative(value);
        return new(ComparisonKind.Exactly, value, value);
    }

    /// <summary>A milestone (节点): complete when done, or when its last stage is reached.</summary>
    /// <returns>The comparison.</returns>
    public static Comparison Milestone() => new(ComparisonKind.Milestone, 1m, 1m);

    /// <summary>Requires a share of a population to be covered ("每位学生…" is a share of 1).</summary>
    /// <param name="share">The required share, greater than 0 and at most 1.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not in (0, 1].</exception>
    public static Comparison Coverage(decimal share)
    {
        if (share is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "Share must be greater than 0 and at most 1.");
        }

        return new(ComparisonKind.Coverage, share, null);
    }

    /// <summary>A short invariant form: "≥7000", "≤5", "3–5", "=6", "milestone", "coverage 1".</summary>
    /// <returns>The form.</returns>
    public override string ToString() => Kind switch
    {
        ComparisonKind.AtLeast => "≥" + Format(Minimum),
        ComparisonKind.AtMost => "≤" + Format(Maximum),
        ComparisonKind.Between => Format(Minimum) + "–" + Format(Maximum),
        ComparisonKind.Exactly => "=" + Format(Minimum),
        ComparisonKind.Milestone => "milestone",
        _ => "coverage " + Format(Minimum),
    };

    private static string Format(decimal? value) => value!.Value.ToString(CultureInfo.InvariantCulture);
}

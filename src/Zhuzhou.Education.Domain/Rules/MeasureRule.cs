using System.Globalization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// A completion rule for one target (指标): turns the target's measured value into the achieved amount in the
/// comparison's own terms, and that amount into a completion (完成率) through <see cref="Completion"/>, the one
/// clamping rule.
/// </summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public abstract record MeasureRule : CompletionRule
{
    private readonly Comparison comparison;

    private protected MeasureRule(Comparison comparison) => this.comparison = comparison;

    /// <summary>The comparison this rule applies.</summary>
    /// <returns>The comparison.</returns>
    public Comparison ToComparison() => comparison;

    /// <summary>
    /// The achieved amount (in the comparison's terms) for a measured value: the growth since a baseline, the
    /// share covered, the current value of an at-most target, or the completion of a milestone.
    /// </summary>
    /// <param name="value">The measured value (a level, a sum of increments, a share, a milestone's completion).</param>
    /// <returns>The achieved amount; negative when a growth target fell below its baseline.</returns>
    public abstract decimal AchievedFrom(decimal value);

    /// <summary>The completion for an achieved amount: <c>clamp(achieved / required, 0, 1)</c> or the at-most form.</summary>
    /// <param name="achieved">The achieved amount from <see cref="AchievedFrom(decimal)"/>; a negative amount counts as 0.</param>
    /// <returns>The completion, from 0 to 1.</returns>
    public virtual decimal CompletionOf(decimal achieved) => Completion.Of(comparison, null, Math.Max(0m, achieved));

    /// <summary>Whether an achieved amount went past what the rule asks for (超额完成); never penalised.</summary>
    /// <param name="achieved">The achieved amount.</param>
    /// <returns><see langword="true"/> when past the upper bound (or the required amount of an at-least or coverage rule).</returns>
    public bool IsExceeded(decimal achieved) => Completion.IsExceeded(comparison, achieved);

    private protected static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A rule on an amount with an optional baseline and a direction: the base of <see cref="AtLeastRule"/>,
/// <see cref="BetweenRule"/>, <see cref="ExactlyRule"/> and <see cref="CoverageRule"/>.
/// </summary>
/// <remarks>
/// With a baseline b the achieved amount is the growth: <c>value − b</c> for an ascending target,
/// <c>b − value</c> for a descending one ("reduce by at least n"). Without a baseline it is the value itself.
/// Equality is structural. Instances are immutable and thread-safe.
/// </remarks>
public abstract record AmountRule : MeasureRule
{
    private readonly decimal? baseline;
    private readonly Direction direction;

    private protected AmountRule(Comparison comparison)
        : base(comparison)
    {
    }

    /// <summary>The baseline growth is counted from; null (the default) when the value itself is the achievement.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Baseline
    {
        get => baseline;
        init => baseline = value is null ? null : Preconditions.CheckNonNegative(value.Value, nameof(Baseline));
    }

    /// <summary>Which way the value improves; ascending by default. Matters only with a baseline.</summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public Direction Direction
    {
        get => direction;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Direction), $"Unknown direction {value}.");
            direction = value;
        }
    }

    /// <inheritdoc />
    public override decimal AchievedFrom(decimal value) => baseline switch
    {
        null => value,
        { } b when direction == Direction.Descending => b - value,
        { } b => value - b,
    };

    private protected string BaselineSuffix()
        => baseline is { } b ? (direction == Direction.Descending ? " below " : " above ") + Format(b) : string.Empty;
}

/// <summary>At least n (以上, 不少于; or a bare number for a growth target such as "新增学位2万个").</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed record AtLeastRule : AmountRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">The least amount that completes the target; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative.</exception>
    public AtLeastRule(decimal minimum)
        : base(Comparison.AtLeast(minimum)) => Minimum = minimum;

    /// <summary>The least amount that completes the target.</summary>
    public decimal Minimum { get; }

    /// <summary>"≥100", or "≥20000 above 5000" with a baseline.</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => "≥" + Format(Minimum) + BaselineSuffix();
}

/// <summary>Between a and b ("3-5所"): a completes the target; more than b is flagged as exceeded, not penalised.</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed record BetweenRule : AmountRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">The lower bound, which completes the target; not negative.</param>
    /// <param name="maximum">The upper bound; at least <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> exceeds <paramref name="maximum"/>.</exception>
    public BetweenRule(decimal minimum, decimal maximum)
        : base(Comparison.Between(minimum, maximum))
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The lower bound, which completes the target.</summary>
    public decimal Minimum { get; }

    /// <summary>The upper bound.</summary>
    public decimal Maximum { get; }

    /// <summary>"3–5".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => Format(Minimum) + "–" + Format(Maximum) + BaselineSuffix();
}

/// <summary>Exactly n: n completes the target; more is flagged as exceeded.</summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed record ExactlyRule : AmountRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="value">The required amount; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public ExactlyRule(decimal value)
        : base(Comparison.Exactly(value)) => Value = value;

    /// <summary>The required amount.</summary>
    public decimal Value { get; }

    /// <summary>"=6".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => "=" + Format(Value) + BaselineSuffix();
}

/// <summary>
/// Coverage (覆盖): a share of a population ("每位学生…" is a share of 1). The measured value is
/// Σ numerators / Σ denominators over the org units, never a mean of their percentages.
/// </summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed record CoverageRule : AmountRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="share">The required share, greater than 0 and at most 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not in (0, 1].</exception>
    public CoverageRule(decimal share)
        : base(Comparison.Coverage(share)) => Share = share;

    /// <summary>The required share, greater than 0 and at most 1.</summary>
    public decimal Share { get; }

    /// <summary>"coverage 0.8".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => "coverage " + Format(Share) + BaselineSuffix();
}

/// <summary>
/// At most n (以下, 不超过, 控制在): a descending target such as a dropout rate to bring down. With a baseline
/// b &gt; n the completion is <c>clamp((b − value) / (b − n), 0, 1)</c>; without one it is 1 when the value is at
/// most n and 0 otherwise.
/// </summary>
/// <remarks>Equality is structural. Instances are immutable and thread-safe.</remarks>
public sealed record AtMostRule : MeasureRule
{
    private readonly decimal? baseline;

    /// <summary>Creates the rule.</summary>
    /// <param name="maximum">The greatest value that completes the target; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative.</exception>
    public AtMostRule(decimal maximum)
        : base(Comparison.AtMost(maximum)) => Maximum = maximum;

    /// <summary>The greatest value that completes the target.</summary>
    public decimal Maximum { get; }

    /// <summary>The value the target improves from; null (the default) when there is none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Baseline
    {
        get => baseline;
        init => baseline = value is null ? null : Preconditions.CheckNonNegative(value.Value, nameof(Baseline));
    }

    /// <summary>The achieved amount of an at-most target is its current value.</summary>
    /// <param name="value">The measured value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public override decimal AchievedFrom(decimal value) => value;

    /// <inheritdoc />
    public override decimal CompletionOf(decimal achieved) => Completion.Of(ToComparison(), baseline, Math.Max(0m, achieved));

    /// <summary>"≤2", or "≤2 from 10" with a baseline.</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => "≤" + Format(Maximum) + (baseline is { } b ? " from " + Format(b) : string.Empty);
}

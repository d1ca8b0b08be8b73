using System.Runtime.CompilerServices;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// A completion rule (完成规则): how what was achieved for a target, or for a commitment with several targets,
/// becomes a completion (完成率) from 0 to 1. Rules are plain immutable data; evaluation is pure code.
/// </summary>
/// <remarks>
/// <para>The library defines every kind, and evaluation knows only these: a rule for one target is a <see cref="MeasureRule"/>
/// (<see cref="AtLeastRule"/>, <see cref="AtMostRule"/>, <see cref="BetweenRule"/>, <see cref="ExactlyRule"/>,
/// <see cref="CoverageRule"/>, <see cref="MilestoneRule"/>); a rule for a commitment (举措) with several targets
/// is a <see cref="CompositeRule"/>. Each concrete type has a public constructor and public properties only, so
/// a serializer can tell them apart with a type discriminator (System.Text.Json's polymorphism, e.g. a
/// <c>"kind"</c> property set through a type-info resolver) and rebuild them through their constructors.</para>
/// <para>Equality is structural. Instances are immutable and thread-safe.</para>
/// </remarks>
public abstract record CompletionRule
{
    private static readonly ConditionalWeakTable<Target, MeasureRule> Cache = [];

    private protected CompletionRule()
    {
    }

    /// <summary>
    /// The rule a target (指标) states through its comparison, baseline, direction, time aggregation and stages.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <returns>The rule. The same instance is returned for the same target object, so the call is cheap.</returns>
    /// <remarks>
    /// The target's baseline goes into the rule for at-most targets (the value improves from it) and for
    /// level-like targets (<see cref="TimeAggregation.Level"/>, average, maximum, minimum), where it turns a level
    /// into growth ("新增学位2万个" counts places added since the baseline). Increment targets report growth
    /// already, so their baseline is not subtracted again.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static MeasureRule For(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Cache.GetValue(target, Create);
    }

    /// <summary>The rule for a commitment (举措) with several targets: one part per target, with its weight.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="mode">How the parts combine.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is null.</exception>
    /// <exception cref="ArgumentException">The commitment has no target, or <paramref name="mode"/> is undefined.</exception>
    public static CompositeRule For(Commitment commitment, CompositeMode mode)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return new CompositeRule(mode, [.. commitment.Targets.Select(t => new CompositePart(t.Id, t.Weight))]);
    }

    private static MeasureRule Create(Target target)
    {
        var comparison = target.Comparison;
        var growthBaseline = target.TimeAggregation == TimeAggregation.Increment ? null : target.Baseline;
        return comparison.Kind switch
        {
            ComparisonKind.AtLeast => new AtLeastRule(comparison.Minimum!.Value) { Baseline = growthBaseline, Direction = target.Direction },
            ComparisonKind.AtMost => new AtMostRule(comparison.Maximum!.Value) { Baseline = target.Baseline },
            ComparisonKind.Between => new BetweenRule(comparison.Minimum!.Value, comparison.Maximum!.Value) { Baseline = growthBaseline, Direction = target.Direction },
            ComparisonKind.Exactly => new ExactlyRule(comparison.Minimum!.Value) { Baseline = growthBaseline, Direction = target.Direction },
            ComparisonKind.Coverage => new CoverageRule(comparison.Minimum!.Value) { Baseline = growthBaseline, Direction = target.Direction },
            _ => new MilestoneRule(target.Stages),
        };
    }
}

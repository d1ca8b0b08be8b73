using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>How the parts of a <see cref="CompositeRule"/> combine.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum CompositeMode
{
    /// <summary>All parts must be complete: the completion is the least part's completion.</summary>
    AllOf = 0,

    /// <summary>Any part completes the commitment: the completion is the greatest part's completion.</summary>
    AnyOf = 1,

    /// <summary>The weighted mean of the parts' completions.</summary>
    Weighted = 2,
}

/// <summary>One part of a <see cref="CompositeRule"/>: a target and its weight.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CompositePart
{
    /// <summary>Creates a part.</summary>
    /// <param name="target">The target's id.</param>
    /// <param name="weight">The part's weight; positive. Used by <see cref="CompositeMode.Weighted"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is zero or negative.</exception>
    public CompositePart(TargetId target, decimal weight)
    {
        Preconditions.CheckArgument(target != default, nameof(target), "Target id must be set.");
        if (weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Weight must be positive.");
        }

        Target = target;
        Weight = weight;
    }

    /// <summary>The target's id.</summary>
    public TargetId Target { get; }

    /// <summary>The part's weight.</summary>
    public decimal Weight { get; }

    /// <summary>"8.1", or "8.1×2" when the weight is not 1.</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => Weight == 1m ? Target.ToString() : Target + "×" + Weight.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A rule for a commitment (举措) with several targets: all of them, any of them, or a weighted mean.
/// Each part is evaluated with its own target's rule; see
/// <c>Zhuzhou.Education.Domain.Evaluation.Evaluator.EvaluateComposite</c>.
/// </summary>
/// <remarks>Equality is structural (parts element by element). Instances are immutable and thread-safe.</remarks>
public sealed record CompositeRule : CompletionRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="mode">How the parts combine.</param>
    /// <param name="parts">The parts, at least one, with distinct targets.</param>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is undefined, there is no part, a part is null, or a target repeats.</exception>
    public CompositeRule(CompositeMode mode, ImmutableArray<CompositePart> parts)
    {
        Preconditions.CheckArgument(Enum.IsDefined(mode), nameof(mode), $"Unknown composite mode {mode}.");
        var list = parts.IsDefault ? [] : parts;
        Preconditions.CheckArgument(!list.IsEmpty, nameof(parts), "A composite rule needs at least one part.");
        var seen = new HashSet<TargetId>();
        for (var i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(parts), $"Part {i} must not be null.");
            Preconditions.CheckArgument(seen.Add(list[i].Target), nameof(parts), $"Target {list[i].Target} is repeated.");
        }

        Mode = mode;
        Parts = list;
    }

    /// <summary>How the parts combine.</summary>
    public CompositeMode Mode { get; }

    /// <summary>The parts, in order.</summary>
    public ImmutableArray<CompositePart> Parts { get; }

    /// <inheritdoc />
    public bool Equals(CompositeRule? other)
        => other is not null && Mode == other.Mode && Sequences.Equal(Parts, other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Sequences.Hash(Parts));

    /// <summary>"all of 8.1, 8.2", "any of …", "weighted 8.1×2, 8.2".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => Mode switch
        {
            CompositeMode.AllOf => "all of ",
            CompositeMode.AnyOf => "any of ",
            _ => "weighted ",
        } + string.Join(", ", Parts);
}

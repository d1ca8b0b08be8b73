using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// A milestone (节点): done (1) or not done (0), or reached in weighted stages such as 未启动 0, 已启动 0.3,
/// 推进中 0.6, 已完成 1. The measured value is the completion reached; stages are data, not an enum.
/// </summary>
/// <remarks>Equality is structural (stages element by element). Instances are immutable and thread-safe.</remarks>
public sealed record MilestoneRule : MeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="stages">The stages in order, with strictly rising completions and a last stage of 1;
    /// empty (or default) for a done/not-done milestone.</param>
    /// <exception cref="ArgumentException">A stage is null, a name repeats, completions do not rise, or the last is not 1.</exception>
    public MilestoneRule(ImmutableArray<MilestoneStage> stages)
        : base(Comparison.Milestone())
    {
        var list = stages.IsDefault ? [] : stages;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(stages), $"Stage {i} must not be null.");
            Preconditions.CheckArgument(names.Add(list[i].Name), nameof(stages), $"Stage name '{list[i].Name}' is repeated.");
            Preconditions.CheckArgument(i == 0 || list[i].Completion > list[i - 1].Completion, nameof(stages), "Stage completions must rise strictly from one stage to the next.");
        }

        Preconditions.CheckArgument(list.IsEmpty || list[^1].Completion == 1m, nameof(stages), "The last stage must stand for completion 1.");
        Stages = list;
    }

    /// <summary>The stages in order; empty for a done/not-done milestone.</summary>
    public ImmutableArray<MilestoneStage> Stages { get; }

    /// <summary>The completion a stage stands for.</summary>
    /// <param name="name">The stage name as reported, e.g. "已启动".</param>
    /// <returns>The stage's completion, or null when the rule has no stage of that name.</returns>
    public decimal? StageCompletion(string name)
    {
        foreach (var stage in Stages)
        {
            if (string.Equals(stage.Name, name, StringComparison.Ordinal))
            {
                return stage.Completion;
            }
        }

        return null;
    }

    /// <summary>The achieved amount of a milestone is the completion reached.</summary>
    /// <param name="value">The completion reached, from 0 to 1.</param>
    /// <returns><paramref name="value"/>.</returns>
    public override decimal AchievedFrom(decimal value) => value;

    /// <inheritdoc />
    public bool Equals(MilestoneRule? other)
        => other is not null && base.Equals(other) && Sequences.Equal(Stages, other.Stages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Sequences.Hash(Stages));

    /// <summary>"milestone", or "milestone 未启动 0 / 已启动 0.3 / 已完成 1".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => Stages.IsEmpty ? "milestone" : "milestone " + string.Join(" / ", Stages.Select(s => s.Name + " " + Format(s.Completion)));
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>The roll-up of an item (要点): its targets' evaluations and their weighted mean.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemRollUp
{
    internal ItemRollUp(Item item, ImmutableArray<TargetEvaluation> targets, RollUpFigure figure)
    {
        Item = item;
        Targets = targets;
        Figure = figure;
    }

    /// <summary>The figures: completion, expected progress, targets counted per status and status (<see cref="RollUpArithmetic.Combine"/>).</summary>
    public RollUpFigure Figure { get; }

    /// <summary>The item.</summary>
    public Item Item { get; }

    /// <summary>The evaluations of its targets, in the item's order.</summary>
    public ImmutableArray<TargetEvaluation> Targets { get; }

    /// <summary>Whether the item has a measurable target (and so a completion).</summary>
    public bool IsMeasurable => Completion.HasValue;

    /// <summary>The weighted mean of its targets' completions (完成率); null when it has no target.</summary>
    public decimal? Completion => Figure.Completion;

    /// <summary>The weighted mean of its targets' expected progress (序时进度); null when it has no target.</summary>
    public decimal? ExpectedProgress => Figure.ExpectedProgress;

    /// <summary>Its targets counted per status.</summary>
    public StatusCounts Counts => Figure.Counts;

    /// <summary>The item's status; null when it has no target.</summary>
    public EvaluationStatus? Status => Figure.Status;
}

/// <summary>The roll-up of a section (一、…): its items and the weighted mean of the measurable ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SectionRollUp
{
    internal SectionRollUp(Section section, ImmutableArray<ItemRollUp> items, RollUpFigure figure)
    {
        Section = section;
        Items = items;
        Figure = figure;
    }

    /// <summary>The figures: completion, expected progress, targets counted per status and status (<see cref="RollUpArithmetic.Combine"/>).</summary>
    public RollUpFigure Figure { get; }

    /// <summary>The section.</summary>
    public Section Section { get; }

    /// <summary>Every item's roll-up, in order, measurable or not.</summary>
    public ImmutableArray<ItemRollUp> Items { get; }

    /// <summary>The weighted mean of its measurable items' completions; null when none is measurable.</summary>
    public decimal? Completion => Figure.Completion;

    /// <summary>The weighted mean of its measurable items' expected progress; null when none is measurable.</summary>
    public decimal? ExpectedProgress => Figure.ExpectedProgress;

    /// <summary>Its targets counted per status.</summary>
    public StatusCounts Counts => Figure.Counts;

    /// <summary>The section's status; null when no item is measurable.</summary>
    public EvaluationStatus? Status => Figure.Status;
}

/// <summary>The roll-up of a plan (工作要点): its sections and the weighted mean of the measurable ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanRollUp
{
    internal PlanRollUp(Plan plan, ImmutableArray<SectionRollUp> sections, RollUpFigure figure)
    {
        Plan = plan;
        Sections = sections;
        Figure = figure;
    }

    /// <summary>The figures: completion, expected progress, targets counted per status and status (<see cref="RollUpArithmetic.Combine"/>).</summary>
    public RollUpFigure Figure { get; }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>Every section's roll-up, in order.</summary>
    public ImmutableArray<SectionRollUp> Sections { get; }

    /// <summary>The weighted mean of its measurable sections' completions; null when none is measurable.</summary>
    public decimal? Completion => Figure.Completion;

    /// <summary>The weighted mean of its measurable sections' expected progress; null when none is measurable.</summary>
    public decimal? ExpectedProgress => Figure.ExpectedProgress;

    /// <summary>Every target counted per status, with the count-based rate.</summary>
    public StatusCounts Counts => Figure.Counts;

    /// <summary>The plan's status; null when no section is measurable.</summary>
    public EvaluationStatus? Status => Figure.Status;

    /// <summary>Every target's evaluation, in plan order.</summary>
    public IEnumerable<TargetEvaluation> Targets => Sections.SelectMany(s => s.Items).SelectMany(i => i.Targets);

    /// <summary>Finds a target's evaluation.</summary>
    /// <param name="id">The target id.</param>
    /// <returns>The evaluation, or null when the plan has no such target.</returns>
    public TargetEvaluation? FindTarget(TargetId id) => Targets.FirstOrDefault(e => e.Target.Id == id);
}

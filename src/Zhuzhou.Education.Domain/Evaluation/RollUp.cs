using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// Roll-up (汇总) of target evaluations into items, sections and the plan (step 3): a pure function over
/// evaluations, whose arithmetic is <see cref="RollUpArithmetic.Combine"/> at every level.
/// </summary>
/// <remarks>
/// <para>Item completion is the weighted mean of its targets' completions (target weights, 1 by default);
/// section completion the weighted mean of its measurable items (item weights); plan completion the weighted
/// mean of its measurable sections (section weights). An item without targets is reported with no completion
/// and left out of the means; so is a section without measurable items. Expected progress (序时进度) rolls up
/// the same way. Every mean is clamped to [0, 1], as every completion is.</para>
/// <para>Besides the means, each level counts its targets per status and gives the count-based rate
/// (targets achieved or exceeded / targets) that supervisors publish.</para>
/// <para>The status of an item, section or plan follows the targets' order: achieved when its completion is 1;
/// otherwise overdue when any of its targets is overdue; otherwise not started when none of its targets has
/// started; otherwise behind or on track against its expected progress and the tolerance.</para>
/// </remarks>
public static class RollUp
{
    /// <summary>Rolls up an item's target evaluations.</summary>
    /// <param name="item">The item.</param>
    /// <param name="evaluations">One evaluation for each of the item's targets, in any order.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The item's roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is missing, repeated, null, or for a target the item does not have.</exception>
    public static ItemRollUp OfItem(Item item, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var byId = Index(evaluations, id => item.Targets.Any(t => t.Id == id), () => $"item {item.Number}");
        settings ??= EvaluationSettings.Default;
        settings.Validate();
        return Item(item, byId, settings, nameof(evaluations));
    }

    /// <summary>Rolls up every target evaluation of a plan into items, sections and the plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="evaluations">One evaluation for each of the plan's targets, in any order.</param>
    /// <param name="settings">The settings (for the tolerance); <see cref="EvaluationSettings.Default"/> when null.</param>
    /// <returns>The plan's roll-up.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An evaluation is missing, repeated, null, or for a target the plan does not have.</exception>
    public static PlanRollUp Of(Plan plan, IEnumerable<TargetEvaluation> evaluations, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byId = Index(evaluations, id => plan.FindTarget(id) is not null, () => $"plan '{plan.Title}'");
        settings ??= EvaluationSettings.Default;
        settings.Validate();

        var sections = ImmutableArray.CreateBuilder<SectionRollUp>(plan.Sections.Length);
        foreach (var section in plan.Sections)
        {
            var items = ImmutableArray.CreateBuilder<ItemRollUp>(section.Items.Length);
            foreach (var item in section.Items)
            {
                items.Add(Item(item, byId, settings, nameof(evaluations)));
            }

            var itemRollUps = items.MoveToImmutable();
            sections.Add(new SectionRollUp(section, itemRollUps, Combine(itemRollUps, static i => i.Figure, static i => i.Item.Weight, settings)));
        }

        var sectionRollUps = sections.MoveToImmutable();
        return new PlanRollUp(plan, sectionRollUps, Combine(sectionRollUps, static s => s.Figure, static s => s.Section.Weight, settings));
    }

    private static Dictionary<TargetId, TargetEvaluation> Index(IEnumerable<TargetEvaluation> evaluations, Func<TargetId, bool> known, Func<string> owner)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var byId = new Dictionary<TargetId, TargetEvaluation>();
        foreach (var evaluation in evaluations)
        {
            if (evaluation is null)
            {
                throw new ArgumentException("An evaluation must not be null.", nameof(evaluations));
            }

            var id = evaluation.Target.Id;
            if (!known(id))
            {
                throw new ArgumentException($"The evaluation of target {id} is for a target that {owner()} does not have.", nameof(evaluations));
            }

            if (!byId.TryAdd(id, evaluation))
            {
                throw new ArgumentException($"Target {id} is evaluated more than once.", nameof(evaluations));
            }
        }

        return byId;
    }

    private static ItemRollUp Item(Item item, Dictionary<TargetId, TargetEvaluation> byId, EvaluationSettings settings, string paramName)
    {
        var targets = ImmutableArray.CreateBuilder<TargetEvaluation>(item.Targets.Length);
        foreach (var target in item.Targets)
        {
            if (!byId.TryGetValue(target.Id, out var evaluation))
            {
                throw new ArgumentException($"Target {target.Id} of item {item.Number} has no evaluation.", paramName);
            }

            targets.Add(evaluation);
        }

        var evaluations = targets.MoveToImmutable();
        return new ItemRollUp(item, evaluations, Combine(evaluations, static e => RollUpFigure.Of(e.Figure), static e => e.Target.Weight, settings));
    }

    private static RollUpFigure Combine<T>(ImmutableArray<T> parts, Func<T, RollUpFigure> figure, Func<T, decimal> weight, EvaluationSettings settings)
    {
        var figures = new RollUpFigure[parts.Length];
        var weights = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            figures[i] = figure(parts[i]);
            weights[i] = weight(parts[i]);
        }

        return RollUpArithmetic.Combine(figures, weights, settings);
    }
}

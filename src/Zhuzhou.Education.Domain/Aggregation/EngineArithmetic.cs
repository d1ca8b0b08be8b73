using System.Collections.Concurrent;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The seam between the engine's aggregated numbers and the rules (one source of truth for the arithmetic):
/// the engine computes what each (target, org unit) achieved — time aggregation and sums up the tree, the fast
/// part, in doubles — and hands it over once as an <see cref="Achievement"/>; what each unit owes
/// (<see cref="Apportionment"/>), the figures, statuses and roll-ups are the rules' (<see cref="TargetArithmetic"/>,
/// <see cref="RollUpArithmetic"/>), all exact.
/// </summary>
internal sealed class EngineArithmetic
{
    private readonly StoreLayout layout;
    private readonly ConcurrentDictionary<(int Target, int Unit), Target?> owed = new();

    // An allocation's parts, split once a target: split again for every unit asked, the first query of a store cost
    // targets × units × parts (about 350 MB at 120 counties).
    private readonly ConcurrentDictionary<Target, Dictionary<OrgUnitCode, Target>> parts = new(ReferenceEqualityComparer.Instance);

    internal EngineArithmetic(StoreLayout layout)
    {
        this.layout = layout;
        ItemNumbers = [.. layout.Plan.Items.Select(i => i.Number)];
        SectionNumbers = [.. layout.Plan.Sections.Select(s => s.Number)];
        ItemPlace = [.. layout.Plan.Sections.SelectMany((s, si) => s.Items.Select((_, ii) => (si, ii)))];
    }

    internal int[] ItemNumbers { get; }

    internal int[] SectionNumbers { get; }

    /// <summary>For each item (in plan order), its section's index and its index in the section.</summary>
    internal (int Section, int Index)[] ItemPlace { get; }

    /// <summary>What a unit owes of a target (the rules' <see cref="Apportionment.OwedBy"/>, exact), or null: asked once per pair.</summary>
    internal Target? Owed(int target, int unit)
        => owed.GetOrAdd((target, unit), static (key, self) => Apportionment.OwedBySplitting(self.layout.Targets[key.Target], self.layout.Tree, self.layout.Units[key.Unit].Code, self.PartsOf), this);

    private Dictionary<OrgUnitCode, Target> PartsOf(Target target, Allocation allocation)
        => parts.GetOrAdd(target, static (t, a) => Apportionment.Parts(t, a), allocation);

    /// <summary>
    /// The unit whose cell holds what counts for a unit's figure: for an issuer's milestone the responsible unit's
    /// own (the root's, by default), for the units that owe it; otherwise the unit's own cell.
    /// </summary>
    internal int Source(int target, int unit)
        => layout.Responsible[target] is >= 0 and var responsible && Owed(target, unit) is not null ? responsible : unit;

    /// <summary>What the engine aggregated for a cell, handed to the rules (the one conversion from doubles: <see cref="Achievement"/>).</summary>
    /// <remarks>A share carries its numerator and denominator; so does a milestone summed over more than one unit in scope (units done / units in scope).</remarks>
    internal Achievement AchievementOf(int target, double numerator, double denominator, int reports)
    {
        var fraction = TargetArithmetic.IsShare(layout.Targets[target]) || (layout.IsMilestone[target] && denominator > 1d);
        return Achievement.FromEngine(fraction, numerator, denominator, reports);
    }

    /// <summary>
    /// Evaluates a target for a unit from what the engine aggregated: against what the unit owes, or as its
    /// contribution (against the whole's achievement) when it owes nothing.
    /// </summary>
    internal TargetEvaluation Evaluate(int target, int unit, Achievement achievement, Func<Achievement> whole, LocalDate asOf, EvaluationSettings? settings)
    {
        if (Owed(target, unit) is { } asApplies)
        {
            return Evaluator.Evaluate(asApplies, achievement, asOf, layout.Plan.Period!, settings);
        }

        return Evaluator.Contribution(layout.Targets[target], achievement, whole(), asOf, layout.Plan.Period!, settings); // the store opens only for a plan with a period
    }
}

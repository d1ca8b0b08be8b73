using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.AsOf"/>: for every target and org unit what its reports that count add up to
/// as of one date, and on demand its figures — value, completion (完成率), expected progress (序时进度), status — and
/// the roll-up to items, sections and the plan, for any org unit.
/// </summary>
/// <remarks>
/// <para>The engine aggregates in floating point; each figure is computed from those numbers by the rules
/// (<see cref="TargetArithmetic.Figure"/>, <see cref="RollUpArithmetic"/>), converted to decimals once (see
/// <see cref="Rules.Achievement"/>), so it equals what <see cref="Evaluator"/> gives for the same reports.</para>
/// <para>Methods taking an optional org unit default to the tree's root (the city). An org unit's figures include
/// its own reports and those of every unit beneath it (a milestone's: those of the units in its scope), against
/// what the unit owes of each target (<see cref="Apportionment.OwedBy"/>); where it owes nothing, they show its
/// contribution (<see cref="EvaluationStatus.NotAssigned"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed class AsOfResult
{
    private readonly StoreLayout layout;
    private readonly EngineArithmetic arithmetic;
    private readonly double[] num;
    private readonly double[]? den;
    private readonly int[] reports;

    // Units a result rolled up from subtree totals does not answer for (null: every unit); see ReportStore.RollUp.
    private readonly bool[]? unanswered;

    internal AsOfResult(StoreLayout layout, EngineArithmetic arithmetic, LocalDate asOf, double[] num, double[]? den, int[] reports, bool[]? unanswered = null)
    {
        this.unanswered = unanswered;
        this.layout = layout;
        this.arithmetic = arithmetic;
        AsOf = asOf;
        this.num = num;
        this.den = den;
        this.reports = reports;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// What an org unit's reports that count (with those of the units beneath it) add up to: for a count the sum of
    /// each unit's value under the target's time aggregation, for a share the summed numerator and denominator, for
    /// a milestone its scope's (the responsible unit's own completion, or the completions of the units in scope over
    /// their number); with how many reports count (for a level, one per unit that reported).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The achievement, without the reports themselves (the engine does not keep them).</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit (or this result does not answer for it, see <see cref="ReportStore.RollUp"/>).</exception>
    public Achievement Achieved(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var t = layout.TargetOf(target, nameof(target));
        return AchievedAt(t, arithmetic.Source(t, Unit(orgUnit)));
    }

    /// <summary>
    /// The amount an org unit must reach: the target's required amount for the root, the unit's part of it where an
    /// allocation gives one (exact), the whole amount for shares; null when the unit owes nothing of the target.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The required amount, or null.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit (or this result does not answer for it, see <see cref="ReportStore.RollUp"/>).</exception>
    public decimal? Required(TargetId target, OrgUnitCode? orgUnit = null)
        => arithmetic.Owed(layout.TargetOf(target, nameof(target)), Unit(orgUnit))?.Comparison.Required;

    /// <summary>A target's figures for an org unit: value, achieved and required amounts, completion, expected progress, status, and the reports that count.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The figures, against what the unit owes of the target (its contribution where it owes nothing).</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit (or this result does not answer for it, see <see cref="ReportStore.RollUp"/>), or the settings are invalid.</exception>
    public TargetFigure Figure(TargetId target, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
        => EvaluateAt(layout.TargetOf(target, nameof(target)), Unit(orgUnit), settings).Figure;

    /// <summary>
    /// Evaluates a target for an org unit: its figures with the target as it applies to the unit, the achievement,
    /// and an explanation on demand.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The evaluation; its target is the target as it applies to the unit (with the unit's part of the required amount).</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit (or this result does not answer for it, see <see cref="ReportStore.RollUp"/>), or the settings are invalid.</exception>
    public TargetEvaluation Evaluate(TargetId target, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
        => EvaluateAt(layout.TargetOf(target, nameof(target)), Unit(orgUnit), settings);

    /// <summary>
    /// Evaluates every target for an org unit and rolls them up to items, sections and the plan: weighted means,
    /// statuses and the count-based rate.
    /// </summary>
    /// <param name="orgUnit">The org unit; null for the root (the city).</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit, or the settings are invalid.</exception>
    public PlanRollUp EvaluatePlan(OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var unit = Unit(orgUnit);
        var evaluations = new TargetEvaluation[layout.TargetCount];
        for (var t = 0; t < evaluations.Length; t++)
        {
            evaluations[t] = EvaluateAt(t, unit, settings);
        }

        return RollUp.Of(layout.Plan, evaluations, settings);
    }

    internal TargetEvaluation EvaluateAt(int target, int unit, EvaluationSettings? settings)
        => arithmetic.Evaluate(target, unit, AchievedAt(target, arithmetic.Source(target, unit)), () => AchievedAt(target, arithmetic.Source(target, layout.Root)), AsOf, settings);

    private Achievement AchievedAt(int target, int unit)
    {
        var cell = (target * layout.UnitCount) + unit;
        return arithmetic.AchievementOf(target, num[cell], den is null ? 0d : den[cell], reports[cell]);
    }

    private int Unit(OrgUnitCode? orgUnit)
    {
        var unit = orgUnit is { } code ? layout.UnitOf(code, nameof(orgUnit)) : layout.Root;
        return unanswered is not null && unanswered[unit]
            ? throw new ArgumentException($"Org unit {orgUnit} is beneath a unit whose figures came as its subtree's totals: this result does not answer for it.", nameof(orgUnit))
            : unit;
    }
}

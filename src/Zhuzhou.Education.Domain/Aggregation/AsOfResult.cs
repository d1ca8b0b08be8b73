using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.AsOf"/>: for every target and org unit what was achieved as of one
/// date, evaluated on demand by the rules (completion 完成率, expected progress 序时进度, status) and rolled up to
/// items, sections and the plan for any org unit.
/// </summary>
/// <remarks>
/// Figures are doubles (see <see cref="ReportStore"/>). Methods taking an optional org unit default to the
/// tree's root (the city). Immutable and thread-safe.
/// </remarks>
public sealed class AsOfResult
{
    private readonly StoreLayout layout;
    private readonly EngineArithmetic arithmetic;
    private readonly double[] num;
    private readonly double[]? den;
    private readonly int[] reports;
    private readonly double[][] shares;

    internal AsOfResult(StoreLayout layout, EngineArithmetic arithmetic, LocalDate asOf, double[] num, double[]? den, int[] reports, double[][] shares)
    {
        this.layout = layout;
        this.arithmetic = arithmetic;
        AsOf = asOf;
        this.num = num;
        this.den = den;
        this.reports = reports;
        this.shares = shares;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// What an org unit achieved on a target: for a count, the sum over the unit and the units beneath it of each
    /// one's value under the target's time aggregation; for a share, summed numerator over summed denominator
    /// (0 when nothing was reported).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public double Value(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var t = layout.TargetOf(target, nameof(target));
        var cell = Cell(t, orgUnit);
        return Achieved(t, num[cell], den is null ? 0d : den[cell]);
    }

    /// <summary>For a share, the summed numerator and denominator behind <see cref="Value"/>; for a count, the value and 0.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The numerator and denominator.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public (double Numerator, double Denominator) Fraction(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var cell = Cell(layout.TargetOf(target, nameof(target)), orgUnit);
        return (num[cell], den is null ? 0d : den[cell]);
    }

    /// <summary>How many reports on or before the date went into <see cref="Value"/> (0: not started).</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The number of reports.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public int ReportCount(TargetId target, OrgUnitCode? orgUnit = null)
        => reports[Cell(layout.TargetOf(target, nameof(target)), orgUnit)];

    /// <summary>The amount an org unit must reach: its explicit or proportional share of the target's required
    /// amount (the whole amount for shares and milestones).</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The required amount.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public double Required(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var t = layout.TargetOf(target, nameof(target));
        return (double)arithmetic.TargetFor(t, shares[t][Unit(orgUnit)]).Comparison.Required;
    }

    /// <summary>
    /// Evaluates a target for an org unit (layer 2 of the rules): completion (完成率), expected progress
    /// (序时进度) and status, from what the engine aggregated and the unit's share of the target.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The evaluation; for a unit below the root its target carries the unit's share of the required amount.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit, or the settings are invalid.</exception>
    public TargetEvaluation Evaluate(TargetId target, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
        => EvaluateAt(layout.TargetOf(target, nameof(target)), Unit(orgUnit), settings);

    /// <summary>
    /// Evaluates every target for an org unit and rolls them up to items, sections and the plan (layer 3 of the
    /// rules): weighted means and the count-based rate.
    /// </summary>
    /// <param name="orgUnit">The org unit; null for the root (the city).</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit, or the settings are invalid.</exception>
    public PlanRollUp RollUp(OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var unit = Unit(orgUnit);
        var evaluations = new TargetEvaluation[layout.TargetCount];
        for (var t = 0; t < evaluations.Length; t++)
        {
            evaluations[t] = EvaluateAt(t, unit, settings);
        }

        return Evaluation.RollUp.Of(layout.Plan, evaluations, settings);
    }

    internal TargetEvaluation EvaluateAt(int target, int unit, EvaluationSettings? settings)
    {
        var cell = (target * layout.UnitCount) + unit;
        var achievement = arithmetic.AchievementOf(target, num[cell], den is null ? 0d : den[cell], reports[cell]);
        return Evaluator.Evaluate(arithmetic.TargetFor(target, shares[target][unit]), achievement, AsOf, layout.Plan.Period!, settings); // the store opens only for a plan with a period
    }

    internal double ValueAt(int target, int unit)
    {
        var cell = (target * layout.UnitCount) + unit;
        return Achieved(target, num[cell], den is null ? 0d : den[cell]);
    }

    private double Achieved(int target, double numerator, double denominator)
        => layout.IsRatio[target] ? (denominator > 0 ? numerator / denominator : 0d) : numerator;

    private int Unit(OrgUnitCode? orgUnit) => orgUnit is { } code ? layout.UnitOf(code, nameof(orgUnit)) : layout.Root;

    private int Cell(int target, OrgUnitCode? orgUnit) => (target * layout.UnitCount) + Unit(orgUnit);
}

using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.AsOf"/>: for every target and org unit what was achieved and its
/// completion (完成率) as of one date, and the roll-up to items, sections and the plan for any org unit.
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
    private readonly double[] completion;
    private readonly double[][] shares;

    internal AsOfResult(StoreLayout layout, EngineArithmetic arithmetic, LocalDate asOf, double[] num, double[]? den, int[] reports, double[] completion, double[][] shares)
    {
        this.layout = layout;
        this.arithmetic = arithmetic;
        AsOf = asOf;
        this.num = num;
        this.den = den;
        this.reports = reports;
        this.completion = completion;
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
        return arithmetic.Achieved(t, num[cell], den is null ? 0d : den[cell]);
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
        return arithmetic.Required(t, shares[t][Unit(orgUnit)]);
    }

    /// <summary>The completion of a target for an org unit, from 0 to 1.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentException">The plan has no such target or the tree no such unit.</exception>
    public double Completion(TargetId target, OrgUnitCode? orgUnit = null)
        => completion[Cell(layout.TargetOf(target, nameof(target)), orgUnit)];

    /// <summary>The completion of an item for an org unit: the weighted mean of its targets' completions.</summary>
    /// <param name="itemNumber">The item number.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The completion; 0 for an item without targets.</returns>
    /// <exception cref="ArgumentException">The plan has no such item or the tree no such unit.</exception>
    public double ItemCompletion(int itemNumber, OrgUnitCode? orgUnit = null)
    {
        var item = Array.IndexOf(arithmetic.ItemNumbers, itemNumber);
        if (item < 0)
        {
            throw new ArgumentException($"The plan has no item {itemNumber}.", nameof(itemNumber));
        }

        return arithmetic.Item(item, Of(Unit(orgUnit)));
    }

    /// <summary>The completion of a section for an org unit: the weighted mean of its measurable items.</summary>
    /// <param name="sectionNumber">The section number.</param>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The completion; 0 for a section without targets.</returns>
    /// <exception cref="ArgumentException">The plan has no such section or the tree no such unit.</exception>
    public double SectionCompletion(int sectionNumber, OrgUnitCode? orgUnit = null)
    {
        var section = Array.IndexOf(arithmetic.SectionNumbers, sectionNumber);
        if (section < 0)
        {
            throw new ArgumentException($"The plan has no section {sectionNumber}.", nameof(sectionNumber));
        }

        return arithmetic.Section(section, Of(Unit(orgUnit)));
    }

    /// <summary>The completion of the whole plan for an org unit: the weighted mean of its measurable sections.</summary>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    public double PlanCompletion(OrgUnitCode? orgUnit = null) => arithmetic.Plan(Of(Unit(orgUnit)));

    /// <summary>The count-based rate supervisors publish: the share of targets complete for an org unit.</summary>
    /// <param name="orgUnit">The org unit; null for the root.</param>
    /// <returns>Targets with completion 1 over all targets.</returns>
    /// <exception cref="ArgumentException">The tree has no such unit.</exception>
    public double AchievedRate(OrgUnitCode? orgUnit = null) => arithmetic.AchievedRate(Of(Unit(orgUnit)));

    internal double CompletionAt(int target, int unit) => completion[(target * layout.UnitCount) + unit];

    internal double ValueAt(int target, int unit)
    {
        var cell = (target * layout.UnitCount) + unit;
        return arithmetic.Achieved(target, num[cell], den is null ? 0d : den[cell]);
    }

    private Func<int, double> Of(int unit) => t => completion[(t * layout.UnitCount) + unit];

    private int Unit(OrgUnitCode? orgUnit) => orgUnit is { } code ? layout.UnitOf(code, nameof(orgUnit)) : layout.Root;

    private int Cell(int target, OrgUnitCode? orgUnit) => (target * layout.UnitCount) + Unit(orgUnit);
}

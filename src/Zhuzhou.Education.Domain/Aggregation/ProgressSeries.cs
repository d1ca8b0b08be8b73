using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.Series"/>: completion (完成率) per target, item, section and plan at
/// every point of a period, for the root (the city) and each of its children (the counties) — the data behind a
/// progress-over-time chart.
/// </summary>
/// <remarks>
/// Each array has one element per <see cref="Dates"/> entry. Methods taking an optional org unit default to the
/// root. Immutable and thread-safe.
/// </remarks>
public sealed class ProgressSeries
{
    private readonly StoreLayout layout;
    private readonly EngineArithmetic arithmetic;
    private readonly decimal[][] completion;
    private readonly double[][] values;

    internal ProgressSeries(StoreLayout layout, EngineArithmetic arithmetic, SeriesInterval interval, ImmutableArray<LocalDate> dates, decimal[][] completion, double[][] values)
    {
        this.layout = layout;
        this.arithmetic = arithmetic;
        this.completion = completion;
        this.values = values;
        Interval = interval;
        Dates = dates;
        OrgUnits = [.. layout.Tracked.Select(u => layout.Units[u].Code)];
    }

    /// <summary>The spacing of the points.</summary>
    public SeriesInterval Interval { get; }

    /// <summary>The as-of date of each point, in order.</summary>
    public ImmutableArray<LocalDate> Dates { get; }

    /// <summary>The org units the series covers: the root, then its children.</summary>
    public ImmutableArray<OrgUnitCode> OrgUnits { get; }

    /// <summary>A target's completion at each point.</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <returns>One completion per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such target, or the unit is not covered.</exception>
    public ImmutableArray<double> Target(TargetId target, OrgUnitCode? orgUnit = null)
    {
        var t = layout.TargetOf(target, nameof(target));
        var slot = Slot(orgUnit);
        return Points(point => (double)completion[t][(slot * Dates.Length) + point]);
    }

    /// <summary>What a target achieved at each point (see <see cref="AsOfResult.Value"/>).</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <returns>One value per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such target, or the unit is not covered.</exception>
    public ImmutableArray<double> Value(TargetId target, OrgUnitCode? orgUnit = null)
        => Slice(values[layout.TargetOf(target, nameof(target))], Slot(orgUnit));

    /// <summary>An item's completion at each point: the weighted mean of its targets (0 for an item without targets).</summary>
    /// <param name="itemNumber">The item number.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <returns>One completion per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such item, or the unit is not covered.</exception>
    public ImmutableArray<double> Item(int itemNumber, OrgUnitCode? orgUnit = null)
    {
        var item = Array.IndexOf(arithmetic.ItemNumbers, itemNumber);
        if (item < 0)
        {
            throw new ArgumentException($"The plan has no item {itemNumber}.", nameof(itemNumber));
        }

        var slot = Slot(orgUnit);
        return Points(point => (double)(ItemAt(item, slot, point) ?? 0m));
    }

    /// <summary>A section's completion at each point: the weighted mean of its measurable items.</summary>
    /// <param name="sectionNumber">The section number.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <returns>One completion per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such section, or the unit is not covered.</exception>
    public ImmutableArray<double> Section(int sectionNumber, OrgUnitCode? orgUnit = null)
    {
        var section = Array.IndexOf(arithmetic.SectionNumbers, sectionNumber);
        if (section < 0)
        {
            throw new ArgumentException($"The plan has no section {sectionNumber}.", nameof(sectionNumber));
        }

        var slot = Slot(orgUnit);
        return Points(point => (double)(SectionAt(section, slot, point) ?? 0m));
    }

    /// <summary>The plan's completion at each point: the weighted mean of its measurable sections.</summary>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <returns>One completion per point.</returns>
    /// <exception cref="ArgumentException">The unit is not covered.</exception>
    public ImmutableArray<double> Plan(OrgUnitCode? orgUnit = null)
    {
        var slot = Slot(orgUnit);
        return Points(point => (double)(PlanAt(slot, point) ?? 0m));
    }

    // Layer 3 of the rules: weighted means over targets, measurable items and measurable sections.
    private decimal? ItemAt(int item, int slot, int point)
    {
        var targets = arithmetic.ItemTargets[item];
        var completions = new decimal[targets.Length];
        var weights = new decimal[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            completions[i] = completion[targets[i]][(slot * Dates.Length) + point];
            weights[i] = layout.Targets[targets[i]].Weight;
        }

        return RollUp.WeightedMean(completions, weights);
    }

    private decimal? SectionAt(int section, int slot, int point)
    {
        var items = arithmetic.SectionItems[section];
        var completions = new decimal[items.Length];
        var weights = new decimal[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            completions[i] = ItemAt(items[i], slot, point) ?? 0m;
            weights[i] = layout.Plan.Items[items[i]].Weight;
        }

        return RollUp.WeightedMean(completions, weights);
    }

    private decimal? PlanAt(int slot, int point)
    {
        var completions = new List<decimal>();
        var weights = new List<decimal>();
        for (var s = 0; s < arithmetic.SectionItems.Length; s++)
        {
            if (SectionAt(s, slot, point) is { } c)
            {
                completions.Add(c);
                weights.Add(layout.Plan.Sections[s].Weight);
            }
        }

        return RollUp.WeightedMean([.. completions], [.. weights]);
    }

    private ImmutableArray<double> Points(Func<int, double> at)
    {
        var builder = ImmutableArray.CreateBuilder<double>(Dates.Length);
        for (var point = 0; point < Dates.Length; point++)
        {
            builder.Add(at(point));
        }

        return builder.MoveToImmutable();
    }

    private ImmutableArray<double> Slice(double[] perSlot, int slot)
        => [.. perSlot.AsSpan(slot * Dates.Length, Dates.Length)];

    private int Slot(OrgUnitCode? orgUnit)
    {
        if (orgUnit is not { } code)
        {
            return 0;
        }

        var slot = OrgUnits.IndexOf(code);
        return slot >= 0
            ? slot
            : throw new ArgumentException($"The series covers the root and its children; {code} is not one of them.", nameof(orgUnit));
    }
}

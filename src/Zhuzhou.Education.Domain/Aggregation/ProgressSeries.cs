using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The result of <see cref="ReportStore.Series"/>: the figures of every target, item, section and the plan at every
/// point of a period — completion (完成率) against expected progress (序时进度), status, the reports that count — for
/// the root (the city) and each of its children (the counties): the data behind a progress-over-time chart.
/// </summary>
/// <remarks>
/// <para>The engine keeps, per point, what each target's reports that count add up to; each figure is computed from
/// that on demand by the rules, exactly as <see cref="AsOfResult"/> computes it, so a point's figures equal the
/// as-of figures on its date.</para>
/// <para>Each array has one element per <see cref="Dates"/> entry. Methods taking an optional org unit default to the
/// root. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProgressSeries
{
    private readonly StoreLayout layout;
    private readonly EngineArithmetic arithmetic;
    private readonly SeriesCells cells;

    internal ProgressSeries(StoreLayout layout, EngineArithmetic arithmetic, SeriesInterval interval, ImmutableArray<LocalDate> dates, SeriesCells cells)
    {
        this.layout = layout;
        this.arithmetic = arithmetic;
        this.cells = cells;
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

    /// <summary>A target's figures at each point (see <see cref="AsOfResult.Figure"/>).</summary>
    /// <param name="target">The target.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>One set of figures per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such target, the unit is not covered, or the settings are invalid.</exception>
    public ImmutableArray<TargetFigure> Target(TargetId target, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var t = layout.TargetOf(target, nameof(target));
        var slot = Slot(orgUnit);
        return Points(point => EvaluateAt(t, slot, point, settings).Figure);
    }

    /// <summary>An item's figures at each point: the weighted mean of its targets (not measurable for an item without targets).</summary>
    /// <param name="itemNumber">The item number.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>One set of figures per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such item, the unit is not covered, or the settings are invalid.</exception>
    public ImmutableArray<RollUpFigure> Item(int itemNumber, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var item = Array.IndexOf(arithmetic.ItemNumbers, itemNumber);
        if (item < 0)
        {
            throw new ArgumentException($"The plan has no item {itemNumber}.", nameof(itemNumber));
        }

        var (section, index) = arithmetic.ItemPlace[item];
        var slot = Slot(orgUnit);
        return Points(point => RollUpAt(slot, point, settings).Sections[section].Items[index].Figure);
    }

    /// <summary>A section's figures at each point: the weighted mean of its measurable items.</summary>
    /// <param name="sectionNumber">The section number.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>One set of figures per point.</returns>
    /// <exception cref="ArgumentException">The plan has no such section, the unit is not covered, or the settings are invalid.</exception>
    public ImmutableArray<RollUpFigure> Section(int sectionNumber, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var section = Array.IndexOf(arithmetic.SectionNumbers, sectionNumber);
        if (section < 0)
        {
            throw new ArgumentException($"The plan has no section {sectionNumber}.", nameof(sectionNumber));
        }

        var slot = Slot(orgUnit);
        return Points(point => RollUpAt(slot, point, settings).Sections[section].Figure);
    }

    /// <summary>The plan's figures at each point: the weighted mean of its measurable sections, with its expected progress line.</summary>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>One set of figures per point.</returns>
    /// <exception cref="ArgumentException">The unit is not covered, or the settings are invalid.</exception>
    public ImmutableArray<RollUpFigure> Plan(OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        var slot = Slot(orgUnit);
        return Points(point => RollUpAt(slot, point, settings).Figure);
    }

    /// <summary>Every target evaluated at one point and rolled up to items, sections and the plan (see <see cref="AsOfResult.EvaluatePlan"/>).</summary>
    /// <param name="point">The point's index in <see cref="Dates"/>.</param>
    /// <param name="orgUnit">The root or one of its children; null for the root.</param>
    /// <param name="settings">The evaluation settings; the default when null.</param>
    /// <returns>The roll-up as of the point's date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is not an index of <see cref="Dates"/>.</exception>
    /// <exception cref="ArgumentException">The unit is not covered, or the settings are invalid.</exception>
    public PlanRollUp EvaluatePlan(int point, OrgUnitCode? orgUnit = null, EvaluationSettings? settings = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, Dates.Length);
        return RollUpAt(Slot(orgUnit), point, settings);
    }

    private PlanRollUp RollUpAt(int slot, int point, EvaluationSettings? settings)
    {
        var evaluations = new TargetEvaluation[layout.TargetCount];
        for (var t = 0; t < evaluations.Length; t++)
        {
            evaluations[t] = EvaluateAt(t, slot, point, settings);
        }

        return RollUp.Of(layout.Plan, evaluations, settings);
    }

    private TargetEvaluation EvaluateAt(int target, int slot, int point, EvaluationSettings? settings)
        => arithmetic.Evaluate(target, layout.Tracked[slot], AchievedAt(target, slot, point), () => AchievedAt(target, 0, point), Dates[point], settings);

    private Achievement AchievedAt(int target, int slot, int point)
    {
        var at = (slot * Dates.Length) + point;
        var den = cells.Den[target];
        return arithmetic.AchievementOf(target, cells.Num[target][at], den is null ? 0d : den[at], cells.Count[target][at]);
    }

    private ImmutableArray<T> Points<T>(Func<int, T> at)
    {
        var builder = ImmutableArray.CreateBuilder<T>(Dates.Length);
        for (var point = 0; point < Dates.Length; point++)
        {
            builder.Add(at(point));
        }

        return builder.MoveToImmutable();
    }

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

/// <summary>
/// What a series holds per target: for each tracked unit and point, the aggregated numerator (or amount),
/// denominator and count of reports that count.
/// </summary>
internal sealed record SeriesCells(double[][] Num, double[]?[] Den, int[][] Count);

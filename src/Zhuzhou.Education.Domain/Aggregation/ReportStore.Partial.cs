using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The as-of query in two halves, for work split by org unit: the mergeable partial, and its roll-up.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The first half of <see cref="AsOf"/>: what each org unit's own reports add up to across time as of a date,
    /// as a partial that merges with the partials of stores holding other org units' reports.
    /// </summary>
    /// <param name="date">The as-of date; reports dated after it do not count.</param>
    /// <returns>The partial, detached from the store.</returns>
    /// <remarks>Each org unit's reports must be in one store only (route them by org unit): a unit's latest level,
    /// mean or maximum is right only where all its reports are.</remarks>
    public RollUpPartial PartialAsOf(LocalDate date)
    {
        var layout = Layout;
        var day = date < Range.Start ? -1 : date > Range.End ? layout.DayCount - 1 : layout.DayNumber(date);
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var num = new double[layout.CellCount];
        var den = layout.HasRatio ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        if (day >= 0)
        {
            for (var t = 0; t < layout.TargetCount; t++)
            {
                CollectCells(snapshot, t, day, num, den, reports);
            }
        }

        return RollUpPartial.FromLayout(layout, date, num, den, reports);
    }

    /// <summary>
    /// The second half of <see cref="AsOf"/>: rolls a partial — typically merged from stores that each hold some
    /// org units' reports — up this store's tree, into the result this store would give if it held those reports.
    /// The store's own reports are not read: a store opened for the whole plan and tree, even empty, serves.
    /// </summary>
    /// <param name="partial">The partial, of this store's plan; its org units must be in this store's tree.</param>
    /// <param name="allocations">Explicit amounts per org unit; null for proportional shares.</param>
    /// <returns>The result, with every figure from the rules as for <see cref="AsOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partial"/> is null.</exception>
    /// <exception cref="ArgumentException">The partial is of another plan, or names an org unit not in the tree.</exception>
    public AsOfResult RollUp(RollUpPartial partial, TargetAllocations? allocations = null)
    {
        ArgumentNullException.ThrowIfNull(partial);
        Preconditions.CheckArgument(ReferenceEquals(partial.Plan, Plan) || partial.Plan.Equals(Plan), nameof(partial), "The partial is of another plan than the store's.");
        allocations ??= TargetAllocations.Proportional;
        var layout = Layout;
        var num = new double[layout.CellCount];
        var den = layout.HasRatio ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        partial.CopyTo(layout, num, den, reports, nameof(partial));
        var shares = new double[layout.TargetCount][];
        for (var t = 0; t < layout.TargetCount; t++)
        {
            shares[t] = Arithmetic.Shares(t, allocations);
            RollUpTree(t, num, den, reports);
        }

        return new AsOfResult(layout, Arithmetic, partial.AsOf, num, den, reports, shares);
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The as-of query in two halves, for work split by org unit: the mergeable partial, and its roll-up.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The first half of <see cref="AsOf"/>: what each org unit's own reports add up to across time as of a date
    /// (and, where asked, as known on another), as a partial that merges with the partials of stores holding other
    /// org units' reports.
    /// </summary>
    /// <param name="date">The as-of date; reports dated after it do not count.</param>
    /// <param name="knownOn">The date of knowledge, as for <see cref="AsOf"/>: only the reports known then count, and of
    /// each the latest revision known then; null for all that is held.</param>
    /// <returns>The partial, detached from the store.</returns>
    /// <remarks>Each org unit's reports must be in one store only (route them by org unit): a unit's latest level,
    /// mean or maximum — and its latest revision — is right only where all its reports are.</remarks>
    public RollUpPartial PartialAsOf(LocalDate date, LocalDate? knownOn = null)
    {
        var layout = Layout;
        var day = Clamp(date);
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;
        var plainDay = knownOn is { } kd ? Math.Min(day, Clamp(kd)) : day;
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var num = new double[layout.CellCount];
        var den = layout.NeedsDenominator ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        for (var t = 0; t < layout.TargetCount; t++)
        {
            if (plainDay >= 0)
            {
                CollectCells(snapshot, t, plainDay, num, den, reports);
            }

            foreach (var cell in RareCells(t, known))
            {
                CollectRare(snapshot, t, cell, day, known, num, den, reports);
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
    /// <returns>The result, with every figure from the rules as for <see cref="AsOf"/>, against what each unit owes
    /// of the target (the plan's allocations).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partial"/> is null.</exception>
    /// <exception cref="ArgumentException">The partial is of another plan, or names an org unit not in the tree.</exception>
    public AsOfResult RollUp(RollUpPartial partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        Preconditions.CheckArgument(ReferenceEquals(partial.Plan, Plan) || partial.Plan.Equals(Plan), nameof(partial), "The partial is of another plan than the store's.");
        var layout = Layout;
        var num = new double[layout.CellCount];
        var den = layout.NeedsDenominator ? new double[layout.CellCount] : null;
        var reports = new int[layout.CellCount];
        partial.CopyTo(layout, num, den, reports, nameof(partial));
        for (var t = 0; t < layout.TargetCount; t++)
        {
            RollUpTree(t, num, den, reports);
        }

        return new AsOfResult(layout, Arithmetic, partial.AsOf, num, den, reports);
    }
}

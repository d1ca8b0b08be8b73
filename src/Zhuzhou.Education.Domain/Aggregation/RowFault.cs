using System.Globalization;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>Why the store refuses a row of a batch (the whole batch is refused with it).</summary>
internal enum RowFaultKind
{
    /// <summary>The target index is not in the plan.</summary>
    Target,

    /// <summary>The org unit index is not in the tree.</summary>
    OrgUnit,

    /// <summary>The day is outside the store's range.</summary>
    Day,

    /// <summary>The value is negative, infinite or not a number.</summary>
    Value,

    /// <summary>A share without a finite positive denominator.</summary>
    Denominator,

    /// <summary>The row repeats the (target, org unit, day) key of an earlier row of the batch.</summary>
    RepeatedInBatch,

    /// <summary>A report with the row's (target, org unit, day) key is already stored.</summary>
    AlreadyStored,
}

/// <summary>The first row of a batch the store refuses, with the reason; nothing of the batch was added.</summary>
/// <param name="Row">The row's index in the batch.</param>
/// <param name="Kind">What is wrong with it.</param>
/// <param name="Message">The reason, in a sentence.</param>
internal sealed record RowFault(int Row, RowFaultKind Kind, string Message)
{
    internal static RowFault Describe(StoreLayout layout, int index, in ReportRow row)
    {
        if ((uint)row.Target >= (uint)layout.TargetCount)
        {
            return new(index, RowFaultKind.Target, Invariant($"target index {row.Target} is not in the plan (0 to {layout.TargetCount - 1})."));
        }

        if ((uint)row.OrgUnit >= (uint)layout.UnitCount)
        {
            return new(index, RowFaultKind.OrgUnit, Invariant($"org unit index {row.OrgUnit} is not in the tree (0 to {layout.UnitCount - 1})."));
        }

        if ((uint)row.Day >= (uint)layout.DayCount)
        {
            return new(index, RowFaultKind.Day, Invariant($"day {row.Day} is outside the store's range {layout.Range} (days 0 to {layout.DayCount - 1})."));
        }

        return new(index, RowFaultKind.Value, Invariant($"value {row.Value} must be a finite number and not negative."));
    }

    internal static RowFault Repeated(StoreLayout layout, int index, int earlier, in ReportRow row)
        => new(index, RowFaultKind.RepeatedInBatch, Invariant($"it repeats the key of row {earlier} ({Key(layout, row)}); a batch holds one report per target, org unit and date."));

    internal static RowFault Stored(StoreLayout layout, int index, in ReportRow row)
        => new(index, RowFaultKind.AlreadyStored, Invariant($"a report with its key ({Key(layout, row)}) is already stored."));

    private static string Key(StoreLayout layout, in ReportRow row)
        => Invariant($"target {layout.Targets[row.Target].Id}, org unit {layout.Units[row.OrgUnit].Code}, {layout.DateOf(row.Day):uuuu-MM-dd}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

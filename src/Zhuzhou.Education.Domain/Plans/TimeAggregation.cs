namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// How a target's reports from one org unit combine across time (after DHIS2's aggregation types).
/// </summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum TimeAggregation
{
    /// <summary>A level or stock: the latest report on or before the as-of date counts.</summary>
    Level = 0,

    /// <summary>An increment or flow: all reports on or before the as-of date add up.</summary>
    Increment = 1,

    /// <summary>The mean of the reports on or before the as-of date.</summary>
    Average = 2,

    /// <summary>The greatest report on or before the as-of date.</summary>
    Maximum = 3,

    /// <summary>The least report on or before the as-of date.</summary>
    Minimum = 4,
}

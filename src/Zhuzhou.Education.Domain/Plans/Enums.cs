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

/// <summary>How the values of several org units combine into their parent's value.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum OrgUnitAggregation
{
    /// <summary>Counts add up.</summary>
    Sum = 0,

    /// <summary>
    /// Shares: numerators and denominators are summed separately and divided once
    /// (a city's share is never the mean of its counties' percentages).
    /// </summary>
    Ratio = 1,
}

/// <summary>Which way a target's value improves (after IATI's <c>ascending</c> flag).</summary>
public enum Direction
{
    /// <summary>Higher is better (the default).</summary>
    Ascending = 0,

    /// <summary>Lower is better, e.g. a dropout rate to bring down.</summary>
    Descending = 1,
}

/// <summary>How often org units are expected to report on a target.</summary>
public enum ReportingFrequency
{
    /// <summary>Once a month (the default).</summary>
    Monthly = 0,

    /// <summary>Once a week.</summary>
    Weekly = 1,

    /// <summary>Once a quarter.</summary>
    Quarterly = 2,

    /// <summary>Once a year.</summary>
    Yearly = 3,
}

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>The spacing of the points of a progress-over-time series.</summary>
public enum SeriesInterval
{
    /// <summary>One point per day.</summary>
    Day = 0,

    /// <summary>One point per ISO week (Monday to Sunday), at the week's last day within the range.</summary>
    Week = 1,

    /// <summary>One point per calendar month, at the month's last day within the range.</summary>
    Month = 2,
}

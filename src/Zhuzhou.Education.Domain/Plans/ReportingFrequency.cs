namespace Zhuzhou.Education.Domain.Plans;

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

namespace Zhuzhou.Education.Domain.Plans;

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

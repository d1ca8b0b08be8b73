namespace Zhuzhou.Education.Domain.Plans;

/// <summary>Which way a target's value improves (after IATI's <c>ascending</c> flag).</summary>
public enum Direction
{
    /// <summary>Higher is better (the default).</summary>
    Ascending = 0,

    /// <summary>Lower is better, e.g. a dropout rate to bring down.</summary>
    Descending = 1,
}

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>What expected progress (序时进度) counts as time passes: days, or whole months as bureaus often do.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum ProgressBasis
{
    /// <summary>Days: by the end of day d of an n-day span, d / n is expected (2017-06-30 → 181/365).</summary>
    Days = 0,

    /// <summary>
    /// Whole months: a month counts once its last day is on or before the as-of date (2017-06-30 → 6/12,
    /// 2017-06-15 → 5/12); the last day of a span that ends mid-month counts as its last month's end.
    /// </summary>
    Months = 1,
}

using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>Settings of a <see cref="PlanReport"/>: the org units to break figures down by, the series' spacing and the evaluation settings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReportSettings
{
    private readonly OrgUnitLevel breakdown = OrgUnitLevel.County;
    private readonly SeriesInterval seriesInterval = SeriesInterval.Month;
    private readonly EvaluationSettings evaluation = EvaluationSettings.Default;

    /// <summary>The default settings: by county, a point at every month end, the default evaluation settings.</summary>
    public static ReportSettings Default { get; } = new();

    /// <summary>The level of org units the figures are broken down by (county-level units by default, or schools).</summary>
    /// <exception cref="ArgumentException">Set to an undefined level.</exception>
    public OrgUnitLevel Breakdown
    {
        get => breakdown;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(Breakdown), $"Unknown org unit level {value}.");
            breakdown = value;
        }
    }

    /// <summary>The spacing of the series' points before the as-of date (month ends by default).</summary>
    /// <exception cref="ArgumentException">Set to an undefined interval.</exception>
    public SeriesInterval SeriesInterval
    {
        get => seriesInterval;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(SeriesInterval), $"Unknown series interval {value}.");
            seriesInterval = value;
        }
    }

    /// <summary>The evaluation settings (the tolerance of 滞后, days or months for 序时进度).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public EvaluationSettings Evaluation
    {
        get => evaluation;
        init => evaluation = Preconditions.CheckNotNull(value, nameof(Evaluation));
    }
}

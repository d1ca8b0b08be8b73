using NodaTime;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>A point of a <see cref="PlanReport"/>'s series: the plan's figures as of a date — completion against expected progress (序时进度).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SeriesPoint
{
    internal SeriesPoint(LocalDate date, RollUpFigure plan)
    {
        Date = date;
        Plan = plan;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The plan's figures for the whole (the city) as of the date.</summary>
    public RollUpFigure Plan { get; }
}

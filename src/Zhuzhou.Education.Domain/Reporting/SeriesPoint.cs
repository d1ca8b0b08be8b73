using NodaTime;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>A point of a <see cref="PlanReport"/>'s series: the plan's figures as of a date — completion against expected progress (序时进度).</summary>
/// <param name="Date">The date.</param>
/// <param name="Plan">The plan's figures for the whole (the city) as of the date.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SeriesPoint(LocalDate Date, RollUpFigure Plan);

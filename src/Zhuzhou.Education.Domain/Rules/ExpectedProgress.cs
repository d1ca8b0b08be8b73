using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// Expected progress (序时进度): the completion a schedule expects by a date.
/// </summary>
/// <remarks>
/// <para>A target's schedule is, in this order of precedence: its own checkpoints (linear between them, from 0
/// the day before the plan period — or the first checkpoint, if earlier — and on to 1 at the deadline or the
/// end of the period when the last checkpoint expects less than 1); else its deadline (linear from the start of
/// the period to 1 on the deadline); else the plan period (linear over its days).</para>
/// <para>Linear progress counts whole days with NodaTime: by the end of as-of day d of an n-day span, d / n is
/// expected, so the first day of 2017 expects 1/365, 2017-06-30 expects 181/365 and 2017-12-31 expects 1.
/// Before the span 0 is expected, after it 1. Expected progress never falls as the date moves on.</para>
/// </remarks>
public static class ExpectedProgress
{
    // An as-of date this far from the plan period is a typo, not a question.
    private const int SensibleYears = 100;

    /// <summary>The expected progress of a target as of a date.</summary>
    /// <param name="target">The target; its schedule and deadline are used when it has them.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The expected completion, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="asOf"/> is more than 100 years away from the period.</exception>
    public static decimal At(Target target, DateInterval period, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckDates(period, asOf);
        var basis = default(ExpectedProgressBasis);
        return Compute(target, period, asOf, explain: false, ref basis);
    }

    /// <summary>The arithmetic of <see cref="At"/> in invariant notation, e.g. "181 / 365" or "0.3 + 0.7 × 92 / 184".</summary>
    internal static string Formula(Target target, DateInterval period, LocalDate asOf) => Basis(target, period, asOf).Formula();

    /// <summary>The arithmetic of <see cref="At"/>, in parts, for explanations to write in words.</summary>
    internal static ExpectedProgressBasis Basis(Target target, DateInterval period, LocalDate asOf)
    {
        var basis = default(ExpectedProgressBasis);
        Compute(target, period, asOf, explain: true, ref basis);
        return basis;
    }

    private static decimal Compute(Target target, DateInterval period, LocalDate asOf, bool explain, ref ExpectedProgressBasis basis)
    {
        if (!target.Schedule.IsEmpty)
        {
            return FromCheckpoints(target, period, asOf, explain, ref basis);
        }

        if (target.Deadline is { } deadline)
        {
            var start = period.Start <= deadline ? period.Start : deadline;
            return Linear(start, deadline, asOf, explain, ref basis);
        }

        return Linear(period.Start, period.End, asOf, explain, ref basis);
    }

    /// <summary>Expected progress over a plan period with no schedule of its own: linear over its days.</summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The expected completion, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="asOf"/> is more than 100 years away from the period.</exception>
    public static decimal Linear(DateInterval period, LocalDate asOf)
    {
        CheckDates(period, asOf);
        var basis = default(ExpectedProgressBasis);
        return Linear(period.Start, period.End, asOf, explain: false, ref basis);
    }

    /// <summary>The date a target is due: its deadline, or else the end of the plan period.</summary>
    /// <param name="target">The target.</param>
    /// <param name="period">The plan period.</param>
    /// <returns>The date after which an incomplete target is overdue.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalDate DueDate(Target target, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(period);
        return target.Deadline ?? period.End;
    }

    internal static void CheckDates(DateInterval period, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(period);
        Preconditions.CheckArgument(period.Start.Calendar == CalendarSystem.Iso, nameof(period), "The plan period must be in the ISO calendar.");
        Preconditions.CheckArgument(asOf.Calendar == CalendarSystem.Iso, nameof(asOf), "The as-of date must be in the ISO calendar.");
        // Checked before the message is written: every figure passes here.
        if (asOf.Year < period.Start.Year - SensibleYears || asOf.Year > period.End.Year + SensibleYears)
        {
            throw new ArgumentException(
                $"The as-of date {Dates.Iso(asOf)} is more than {SensibleYears} years away from the plan period {Dates.Iso(period.Start)} to {Dates.Iso(period.End)}.",
                nameof(asOf));
        }
    }

    // Linear from 0 at the end of the day before first to 1 at the end of last.
    private static decimal Linear(LocalDate first, LocalDate last, LocalDate asOf, bool explain, ref ExpectedProgressBasis basis)
    {
        if (asOf < first)
        {
            basis = explain ? new(ExpectedProgressBasisKind.Before, first, last, 0, 0, 0m, 0m) : basis;
            return 0m;
        }

        if (asOf >= last)
        {
            basis = explain ? new(ExpectedProgressBasisKind.After, first, last, 0, 0, 1m, 1m) : basis;
            return 1m;
        }

        var elapsed = Period.DaysBetween(first, asOf) + 1;
        var length = Period.DaysBetween(first, last) + 1;
        basis = explain ? new(ExpectedProgressBasisKind.Linear, first, last, elapsed, length, 0m, 1m) : basis;
        return (decimal)elapsed / length;
    }

    private static decimal FromCheckpoints(Target target, DateInterval period, LocalDate asOf, bool explain, ref ExpectedProgressBasis basis)
    {
        var checkpoints = target.Schedule;
        var first = checkpoints[0];

        // The segment before the first checkpoint starts from 0 at the end of the day before the period.
        var previousDate = (period.Start <= first.Date ? period.Start : first.Date).PlusDays(-1);
        var previousExpected = 0m;
        foreach (var checkpoint in checkpoints)
        {
            if (asOf <= checkpoint.Date)
            {
                return Interpolate(previousDate, previousExpected, checkpoint.Date, checkpoint.Expected, asOf, explain, ref basis);
            }

            previousDate = checkpoint.Date;
            previousExpected = checkpoint.Expected;
        }

        var end = target.Deadline ?? period.End;
        if (previousExpected == 1m || end <= previousDate)
        {
            basis = explain ? new(ExpectedProgressBasisKind.AfterCheckpoints, previousDate, previousDate, 0, 0, 1m, 1m) : basis;
            return 1m;
        }

        return Interpolate(previousDate, previousExpected, end, 1m, asOf, explain, ref basis);
    }

    private static decimal Interpolate(LocalDate fromDate, decimal fromValue, LocalDate toDate, decimal toValue, LocalDate asOf, bool explain, ref ExpectedProgressBasis basis)
    {
        if (asOf <= fromDate)
        {
            basis = explain ? new(ExpectedProgressBasisKind.AtCheckpoint, fromDate, fromDate, 0, 0, fromValue, fromValue) : basis;
            return fromValue;
        }

        if (asOf >= toDate)
        {
            basis = explain ? new(ExpectedProgressBasisKind.AtCheckpoint, toDate, toDate, 0, 0, toValue, toValue) : basis;
            return toValue;
        }

        var elapsed = Period.DaysBetween(fromDate, asOf);
        var length = Period.DaysBetween(fromDate, toDate);
        basis = explain ? new(ExpectedProgressBasisKind.Interpolated, fromDate, toDate, elapsed, length, fromValue, toValue) : basis;
        return Math.Clamp(fromValue + ((toValue - fromValue) * elapsed / length), 0m, 1m);
    }
}

/// <summary>How an expected progress came about: which part of which schedule, with its numbers.</summary>
internal enum ExpectedProgressBasisKind
{
    /// <summary>Before the schedule starts (<see cref="ExpectedProgressBasis.From"/>): 0.</summary>
    Before,

    /// <summary>On or after the schedule's end (<see cref="ExpectedProgressBasis.To"/>): 1.</summary>
    After,

    /// <summary>Linear over whole days from <see cref="ExpectedProgressBasis.From"/> to <see cref="ExpectedProgressBasis.To"/>: elapsed / length.</summary>
    Linear,

    /// <summary>Between two checkpoints: from-value + (to-value − from-value) × elapsed / length.</summary>
    Interpolated,

    /// <summary>On a checkpoint: its value.</summary>
    AtCheckpoint,

    /// <summary>After the last checkpoint (<see cref="ExpectedProgressBasis.From"/>), with nothing left to schedule: 1.</summary>
    AfterCheckpoints,
}

/// <summary>The parts of an expected progress: its kind, the span, the days elapsed of its length and the values at either end.</summary>
internal readonly record struct ExpectedProgressBasis(
    ExpectedProgressBasisKind Kind, LocalDate From, LocalDate To, int Elapsed, int Length, decimal FromValue, decimal ToValue)
{
    /// <summary>Invariant notation: "181 / 365 days", "0.3 + 0.7 × 92 / 184 days", "before 2017-01-01: 0".</summary>
    internal string Formula() => Kind switch
    {
        ExpectedProgressBasisKind.Before => "before " + Dates.Iso(From) + ": 0",
        ExpectedProgressBasisKind.AfterCheckpoints => "after the last checkpoint " + Dates.Iso(From) + ": 1",
        ExpectedProgressBasisKind.After => "on or after " + Dates.Iso(To) + ": 1",
        ExpectedProgressBasisKind.Linear => string.Create(CultureInfo.InvariantCulture, $"{Elapsed} / {Length} days"),
        ExpectedProgressBasisKind.Interpolated => string.Create(
            CultureInfo.InvariantCulture, $"{FromValue} + {ToValue - FromValue} × {Elapsed} / {Length} days"),
        _ => FromValue.ToString(CultureInfo.InvariantCulture),
    };
}

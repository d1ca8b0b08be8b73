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
/// end of the period when the last checkpoint expects less than 1); else, for a yes/no milestone, a step: 0 before
/// its due date (its deadline, or the last day of the plan period) and 1 from that day on — so it is never behind
/// before it is due; a staged milestone follows its stages' dates (each stage's completion from its date on, 1 from
/// the due date), or without dates runs linearly over its span; else, for a count or a share, its deadline (linear
/// from the start of the period to 1 on the deadline); else the plan period (linear over it).</para>
/// <para>Linear progress counts whole days with NodaTime by default: by the end of as-of day d of an n-day span,
/// d / n is expected, so the first day of 2017 expects 1/365, 2017-06-30 expects 181/365 and 2017-12-31 expects 1.
/// With <see cref="ProgressBasis.Months"/> it counts whole months instead: a month counts once its last day is on or
/// before the as-of date (2017-06-30 → 6/12, 2017-06-15 → 5/12). Before the span 0 is expected, after it 1. Expected
/// progress never falls as the date moves on.</para>
/// </remarks>
public static class ExpectedProgress
{
    // An as-of date this far from the plan period is a typo, not a question.
    private const int SensibleYears = 100;

    /// <summary>The expected progress of a target as of a date, counting days.</summary>
    /// <param name="target">The target; its schedule and deadline are used when it has them.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The expected completion, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="asOf"/> is more than 100 years away from the period.</exception>
    public static decimal At(Target target, DateInterval period, LocalDate asOf) => At(target, period, asOf, ProgressBasis.Days);

    /// <summary>The expected progress of a target as of a date, counting days or whole months.</summary>
    /// <param name="target">The target; its schedule and deadline are used when it has them.</param>
    /// <param name="period">The plan period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="basis">What linear progress counts: days or whole months.</param>
    /// <returns>The expected completion, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, <paramref name="asOf"/> is more than 100
    /// years away from the period, or <paramref name="basis"/> is undefined.</exception>
    public static decimal At(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckDates(period, asOf);
        Preconditions.CheckArgument(Enum.IsDefined(basis), nameof(basis), $"Unknown progress basis {basis}.");
        var parts = default(ExpectedProgressBasis);
        return Compute(target, period, asOf, basis, explain: false, ref parts);
    }

    /// <summary>The arithmetic of <see cref="At(Target, DateInterval, LocalDate, ProgressBasis)"/> in invariant notation, e.g. "181 / 365 days" or "0.3 + 0.7 × 92 / 184 days".</summary>
    internal static string Formula(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis) => Basis(target, period, asOf, basis).Formula();

    /// <summary>The arithmetic of <see cref="At(Target, DateInterval, LocalDate, ProgressBasis)"/>, in parts, for explanations to write in words.</summary>
    internal static ExpectedProgressBasis Basis(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis)
    {
        var parts = default(ExpectedProgressBasis);
        Compute(target, period, asOf, basis, explain: true, ref parts);
        return parts;
    }

    private static decimal Compute(Target target, DateInterval period, LocalDate asOf, ProgressBasis unit, bool explain, ref ExpectedProgressBasis basis)
    {
        if (!target.Schedule.IsEmpty)
        {
            return FromCheckpoints(target, period, asOf, unit, explain, ref basis);
        }

        if (target.Comparison.Kind == Quantities.ComparisonKind.Milestone)
        {
            return Milestone(target, period, asOf, unit, explain, ref basis);
        }

        if (target.Deadline is { } deadline)
        {
            var start = period.Start <= deadline ? period.Start : deadline;
            return Linear(start, deadline, asOf, unit, explain, ref basis);
        }

        return Linear(period.Start, period.End, asOf, unit, explain, ref basis);
    }

    // A yes/no milestone is a step at its due date; a staged one follows its stages' dates, or without dates runs linearly.
    private static decimal Milestone(Target target, DateInterval period, LocalDate asOf, ProgressBasis unit, bool explain, ref ExpectedProgressBasis basis)
    {
        var due = DueDate(target, period);
        if (asOf >= due)
        {
            basis = explain ? new(ExpectedProgressBasisKind.StepDue, due, due, 0, 0, 1m, 1m) : basis;
            return 1m;
        }

        if (!target.Stages.IsEmpty && target.Stages.All(s => s.Date is null))
        {
            var start = period.Start <= due ? period.Start : due;
            return Linear(start, due, asOf, unit, explain, ref basis);
        }

        var reached = target.Stages.LastOrDefault(s => s.Date is { } date && date <= asOf);
        if (reached is null)
        {
            basis = explain ? new(ExpectedProgressBasisKind.StepBefore, due, due, 0, 0, 0m, 0m) : basis;
            return 0m;
        }

        basis = explain ? new(ExpectedProgressBasisKind.StageReached, reached.Date!.Value, due, 0, 0, reached.Completion, reached.Completion) { Stage = reached.Name } : basis;
        return reached.Completion;
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
        return Linear(period.Start, period.End, asOf, ProgressBasis.Days, explain: false, ref basis);
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
    private static decimal Linear(LocalDate first, LocalDate last, LocalDate asOf, ProgressBasis unit, bool explain, ref ExpectedProgressBasis basis)
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

        var (elapsed, length) = Elapsed(first.PlusDays(-1), last, asOf, unit);
        basis = explain ? new(ExpectedProgressBasisKind.Linear, first, last, elapsed, length, 0m, 1m) { Unit = unit } : basis;
        return (decimal)elapsed / length;
    }

    private static decimal FromCheckpoints(Target target, DateInterval period, LocalDate asOf, ProgressBasis unit, bool explain, ref ExpectedProgressBasis basis)
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
                return Interpolate(previousDate, previousExpected, checkpoint.Date, checkpoint.Expected, asOf, unit, explain, ref basis);
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

        return Interpolate(previousDate, previousExpected, end, 1m, asOf, unit, explain, ref basis);
    }

    private static decimal Interpolate(LocalDate fromDate, decimal fromValue, LocalDate toDate, decimal toValue, LocalDate asOf, ProgressBasis unit, bool explain, ref ExpectedProgressBasis basis)
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

        var (elapsed, length) = Elapsed(fromDate, toDate, asOf, unit);
        basis = explain ? new(ExpectedProgressBasisKind.Interpolated, fromDate, toDate, elapsed, length, fromValue, toValue) { Unit = unit } : basis;
        return Math.Clamp(fromValue + ((toValue - fromValue) * elapsed / length), 0m, 1m);
    }

    /// <summary>
    /// How much of the span after <paramref name="from"/> up to <paramref name="to"/> has passed by the end of
    /// <paramref name="asOf"/> (strictly between the two): days, or whole months (the last day of each month in the
    /// span, and <paramref name="to"/> itself as the last).
    /// </summary>
    private static (int Elapsed, int Length) Elapsed(LocalDate from, LocalDate to, LocalDate asOf, ProgressBasis unit)
    {
        if (unit == ProgressBasis.Days)
        {
            return (Period.DaysBetween(from, asOf), Period.DaysBetween(from, to));
        }

        int elapsed = 0, length = 0;
        for (var end = from.PlusDays(1).With(DateAdjusters.EndOfMonth); end < to; end = end.PlusDays(1).With(DateAdjusters.EndOfMonth))
        {
            length++;
            elapsed += end <= asOf ? 1 : 0;
        }

        return (elapsed, length + 1);
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

    /// <summary>A yes/no milestone (a step) before its due date (<see cref="ExpectedProgressBasis.From"/>): 0.</summary>
    StepBefore,

    /// <summary>A milestone (a step) on or after its due date (<see cref="ExpectedProgressBasis.From"/>): 1.</summary>
    StepDue,

    /// <summary>A staged milestone whose stage <see cref="ExpectedProgressBasis.Stage"/> is due by <see cref="ExpectedProgressBasis.From"/>: its completion.</summary>
    StageReached,
}

/// <summary>The parts of an expected progress: its kind, the span, the days (or whole months) elapsed of its length and the values at either end.</summary>
internal readonly record struct ExpectedProgressBasis(
    ExpectedProgressBasisKind Kind, LocalDate From, LocalDate To, int Elapsed, int Length, decimal FromValue, decimal ToValue)
{
    /// <summary>What <see cref="Elapsed"/> and <see cref="Length"/> count: days or whole months.</summary>
    internal ProgressBasis Unit { get; init; }

    /// <summary>The stage reached, for <see cref="ExpectedProgressBasisKind.StageReached"/>.</summary>
    internal string? Stage { get; init; }

    private string UnitWord => Unit == ProgressBasis.Days ? "days" : "months";

    /// <summary>Invariant notation: "181 / 365 days", "0.3 + 0.7 × 92 / 184 days", "before 2017-01-01: 0".</summary>
    internal string Formula() => Kind switch
    {
        ExpectedProgressBasisKind.Before => "before " + Dates.Iso(From) + ": 0",
        ExpectedProgressBasisKind.AfterCheckpoints => "after the last checkpoint " + Dates.Iso(From) + ": 1",
        ExpectedProgressBasisKind.After => "on or after " + Dates.Iso(To) + ": 1",
        ExpectedProgressBasisKind.StepBefore => "before the due date " + Dates.Iso(From) + ": 0",
        ExpectedProgressBasisKind.StepDue => "on or after the due date " + Dates.Iso(From) + ": 1",
        ExpectedProgressBasisKind.StageReached => string.Create(CultureInfo.InvariantCulture, $"stage {Stage} due {Dates.Iso(From)}: {FromValue}"),
        ExpectedProgressBasisKind.Linear => string.Create(CultureInfo.InvariantCulture, $"{Elapsed} / {Length} {UnitWord}"),
        ExpectedProgressBasisKind.Interpolated => string.Create(
            CultureInfo.InvariantCulture, $"{FromValue} + {ToValue - FromValue} × {Elapsed} / {Length} {UnitWord}"),
        _ => FromValue.ToString(CultureInfo.InvariantCulture),
    };
}

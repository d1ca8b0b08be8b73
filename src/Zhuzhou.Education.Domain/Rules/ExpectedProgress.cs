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
        string? formula = null;
        return Compute(target, period, asOf, basis, explain: false, ref formula);
    }

    /// <summary>The arithmetic of <see cref="At(Target, DateInterval, LocalDate, ProgressBasis)"/> in invariant notation, e.g. "181 / 365 days" or "0.3 + 0.7 × 92 / 184 days".</summary>
    internal static string Formula(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis)
    {
        string? formula = null;
        Compute(target, period, asOf, basis, explain: true, ref formula);
        return formula!;
    }

    private static decimal Compute(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis, bool explain, ref string? formula)
    {
        if (!target.Schedule.IsEmpty)
        {
            return FromCheckpoints(target, period, asOf, basis, explain, ref formula);
        }

        if (target.Comparison.Kind == Quantities.ComparisonKind.Milestone)
        {
            return Milestone(target, period, asOf, basis, explain, ref formula);
        }

        if (target.Deadline is { } deadline)
        {
            var start = period.Start <= deadline ? period.Start : deadline;
            return Linear(start, deadline, asOf, basis, explain, ref formula);
        }

        return Linear(period.Start, period.End, asOf, basis, explain, ref formula);
    }

    // A yes/no milestone is a step at its due date; a staged one follows its stages' dates, or without dates runs linearly.
    private static decimal Milestone(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis, bool explain, ref string? formula)
    {
        var due = DueDate(target, period);
        if (asOf >= due)
        {
            formula = explain ? "on or after the due date " + Dates.Iso(due) + ": 1" : null;
            return 1m;
        }

        if (!target.Stages.IsEmpty && target.Stages.All(s => s.Date is null))
        {
            var start = period.Start <= due ? period.Start : due;
            return Linear(start, due, asOf, basis, explain, ref formula);
        }

        var reached = target.Stages.LastOrDefault(s => s.Date is { } date && date <= asOf);
        if (reached is null)
        {
            formula = explain ? "before the due date " + Dates.Iso(due) + ": 0" : null;
            return 0m;
        }

        formula = explain ? string.Create(CultureInfo.InvariantCulture, $"stage {reached.Name} due {Dates.Iso(reached.Date!.Value)}: {Number(reached.Completion)}") : null;
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
        string? formula = null;
        return Linear(period.Start, period.End, asOf, ProgressBasis.Days, explain: false, ref formula);
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
    private static decimal Linear(LocalDate first, LocalDate last, LocalDate asOf, ProgressBasis basis, bool explain, ref string? formula)
    {
        if (asOf < first)
        {
            formula = explain ? "before " + Dates.Iso(first) + ": 0" : null;
            return 0m;
        }

        if (asOf >= last)
        {
            formula = explain ? "on or after " + Dates.Iso(last) + ": 1" : null;
            return 1m;
        }

        var (elapsed, length) = Elapsed(first.PlusDays(-1), last, asOf, basis);
        formula = explain ? string.Create(CultureInfo.InvariantCulture, $"{elapsed} / {length} {Unit(basis)}") : null;
        return (decimal)elapsed / length;
    }

    private static decimal FromCheckpoints(Target target, DateInterval period, LocalDate asOf, ProgressBasis basis, bool explain, ref string? formula)
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
                return Interpolate(previousDate, previousExpected, checkpoint.Date, checkpoint.Expected, asOf, basis, explain, ref formula);
            }

            previousDate = checkpoint.Date;
            previousExpected = checkpoint.Expected;
        }

        var end = target.Deadline ?? period.End;
        if (previousExpected == 1m || end <= previousDate)
        {
            formula = explain ? "after the last checkpoint " + Dates.Iso(previousDate) + ": 1" : null;
            return 1m;
        }

        return Interpolate(previousDate, previousExpected, end, 1m, asOf, basis, explain, ref formula);
    }

    private static decimal Interpolate(LocalDate fromDate, decimal fromValue, LocalDate toDate, decimal toValue, LocalDate asOf, ProgressBasis basis, bool explain, ref string? formula)
    {
        if (asOf <= fromDate)
        {
            formula = explain ? Number(fromValue) : null;
            return fromValue;
        }

        if (asOf >= toDate)
        {
            formula = explain ? Number(toValue) : null;
            return toValue;
        }

        var (elapsed, length) = Elapsed(fromDate, toDate, asOf, basis);
        formula = explain
            ? string.Create(CultureInfo.InvariantCulture, $"{Number(fromValue)} + {Number(toValue - fromValue)} × {elapsed} / {length} {Unit(basis)}")
            : null;
        return Math.Clamp(fromValue + ((toValue - fromValue) * elapsed / length), 0m, 1m);
    }

    /// <summary>
    /// How much of the span after <paramref name="from"/> up to <paramref name="to"/> has passed by the end of
    /// <paramref name="asOf"/> (strictly between the two): days, or month ends (the last day of each month in the
    /// span, and <paramref name="to"/> itself as the last).
    /// </summary>
    private static (int Elapsed, int Length) Elapsed(LocalDate from, LocalDate to, LocalDate asOf, ProgressBasis basis)
    {
        if (basis == ProgressBasis.Days)
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

    private static string Unit(ProgressBasis basis) => basis == ProgressBasis.Days ? "days" : "months";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

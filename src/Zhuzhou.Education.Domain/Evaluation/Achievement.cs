using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// What the reports (进度报送) of a target add up to as of a date, before any rule is applied: an amount (a sum
/// of levels or increments, or a milestone's completion), or for a share a numerator and a denominator, with the
/// number of reports that counted and, when known, the reports themselves.
/// </summary>
/// <remarks>
/// <para>This is the first layer of evaluation. <see cref="Of"/> computes it from reports; the aggregation engine
/// computes it itself at scale and builds it with <see cref="FromAmount(decimal, int)"/> or
/// <see cref="FromRatio(decimal, decimal, int)"/>, then calls
/// <see cref="Evaluator.Evaluate(Target, Achievement, LocalDate, DateInterval, EvaluationSettings?)"/>.</para>
/// <para>How reports combine, on two axes. Across time, per org unit, only reports dated on or before the as-of
/// date count: <see cref="TimeAggregation.Level"/> takes the latest, <see cref="TimeAggregation.Increment"/>
/// the sum, <see cref="TimeAggregation.Average"/> the mean, <see cref="TimeAggregation.Maximum"/> and
/// <see cref="TimeAggregation.Minimum"/> the greatest or least (for shares: of numerator / denominator;
/// increments and averages take numerators and denominators separately). Across org units,
/// <see cref="OrgUnitAggregation.Sum"/> adds amounts up and <see cref="OrgUnitAggregation.Ratio"/> adds up
/// numerators and denominators separately (never a mean of percentages). A milestone is one event: across org
/// units the furthest completion reported counts.</para>
/// <para>Equality compares the numbers and the reports element by element. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Achievement : IEquatable<Achievement>
{
    private readonly ImmutableArray<ProgressReport> reports;

    private Achievement(decimal amount, decimal? numerator, decimal? denominator, int reportCount, ImmutableArray<ProgressReport> reports)
    {
        Amount = amount;
        Numerator = numerator;
        Denominator = denominator;
        ReportCount = reportCount;
        this.reports = reports;
    }

    /// <summary>Nothing reported yet: no report counts.</summary>
    public static Achievement None => default;

    /// <summary>
    /// The amount: a sum over org units of each one's level, increments, mean, maximum or minimum; or a
    /// milestone's completion. For a share, Σ numerators / Σ denominators. 0 when no report counts.
    /// </summary>
    public decimal Amount { get; }

    /// <summary>For a share: the sum of the numerators that counted; otherwise null.</summary>
    public decimal? Numerator { get; }

    /// <summary>For a share: the sum of the denominators that counted (positive); otherwise null.</summary>
    public decimal? Denominator { get; }

    /// <summary>How many reports counted.</summary>
    public int ReportCount { get; }

    /// <summary>Whether any report counted.</summary>
    public bool HasReports => ReportCount > 0;

    /// <summary>
    /// The reports that counted, ordered by org unit and date; empty when the achievement was built from numbers
    /// (by the aggregation engine).
    /// </summary>
    public ImmutableArray<ProgressReport> Reports => reports.IsDefault ? [] : reports;

    /// <summary>An amount built from numbers (by the aggregation engine).</summary>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="reportCount">How many reports counted; not negative. 0 means nothing was reported (the amount must then be 0).</param>
    /// <returns>The achievement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or an amount is given with no report.</exception>
    public static Achievement FromAmount(decimal amount, int reportCount)
    {
        Preconditions.CheckNonNegative(amount);
        CheckCount(reportCount);
        if (reportCount == 0 && amount != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount needs at least one report.");
        }

        return new Achievement(amount, null, null, reportCount, default);
    }

    /// <summary>An amount built from floating-point numbers (the engine's hot path), converted exactly once here.</summary>
    /// <param name="amount">The amount; finite and not negative.</param>
    /// <param name="reportCount">How many reports counted; not negative.</param>
    /// <returns>The achievement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is NaN, infinite, negative or too large for <see cref="decimal"/>, or the count is negative.</exception>
    public static Achievement FromDoubleAmount(double amount, int reportCount) => FromAmount(ToDecimal(amount), reportCount);

    /// <summary>A share built from numbers (by the aggregation engine): Σ numerators and Σ denominators.</summary>
    /// <param name="numerator">The sum of numerators; not negative.</param>
    /// <param name="denominator">The sum of denominators; positive.</param>
    /// <param name="reportCount">How many reports counted; at least 1.</param>
    /// <returns>The achievement, whose <see cref="Amount"/> is numerator / denominator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative, the denominator not positive, or the count below 1.</exception>
    public static Achievement FromRatio(decimal numerator, decimal denominator, int reportCount)
    {
        Preconditions.CheckNonNegative(numerator);
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must be positive.");
        }

        if (reportCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(reportCount), reportCount, "A share needs at least one report.");
        }

        return new Achievement(numerator / denominator, numerator, denominator, reportCount, default);
    }

    /// <summary>A share built from floating-point numbers, converted exactly once here.</summary>
    /// <param name="numerator">The sum of numerators; finite and not negative.</param>
    /// <param name="denominator">The sum of denominators; finite and positive.</param>
    /// <param name="reportCount">How many reports counted; at least 1.</param>
    /// <returns>The achievement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN, infinite, out of range or of the wrong sign.</exception>
    public static Achievement FromDoubleRatio(double numerator, double denominator, int reportCount)
        => FromRatio(ToDecimal(numerator), ToDecimal(denominator), reportCount);

    /// <summary>
    /// Combines a target's reports as of a date (layer 1 of evaluation); see the remarks on
    /// <see cref="Achievement"/> for the two axes.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="reports">Its reports, in any order; reports dated after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="period">The plan period; every report must be dated inside it.</param>
    /// <returns>The achievement; the order of <paramref name="reports"/> never changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A report is null, is for another target, is dated outside the plan period, repeats another report's
    /// org unit and date (duplicates are an error, never resolved by order), lacks the numerator and denominator
    /// a share needs, names a stage the target does not define or disagrees with its stage, or gives a milestone
    /// a value above 1. The message names the report.
    /// </exception>
    public static Achievement Of(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        ExpectedProgress.CheckDates(period, asOf);

        var isRatio = target.OrgUnitAggregation == OrgUnitAggregation.Ratio;
        var isMilestone = target.Comparison.Kind == ComparisonKind.Milestone;
        var seen = new Dictionary<(OrgUnitCode, LocalDate), ProgressReport>();
        var counted = new List<ProgressReport>();
        foreach (var report in reports)
        {
            Preconditions.CheckArgument(report is not null, nameof(reports), "A report must not be null.");
            Validate(target, report!, period, isRatio, isMilestone);
            if (!seen.TryAdd((report!.OrgUnit, report.Date), report))
            {
                var other = seen[(report.OrgUnit, report.Date)];
                throw new ArgumentException(
                    $"Reports '{other}' and '{report}' are both for target {target.Id}, org unit {report.OrgUnit} and date {Iso(report.Date)}: duplicate reports are an error; correct or withdraw one.",
                    nameof(reports));
            }

            if (report.Date <= asOf)
            {
                counted.Add(report);
            }
        }

        if (counted.Count == 0)
        {
            return None;
        }

        counted.Sort(static (a, b) =>
        {
            var byUnit = string.CompareOrdinal(a.OrgUnit.Value, b.OrgUnit.Value);
            return byUnit != 0 ? byUnit : a.Date.CompareTo(b.Date);
        });

        var used = ImmutableArray.CreateBuilder<ProgressReport>(counted.Count);
        decimal amount = 0m, numerator = 0m, denominator = 0m;
        var start = 0;
        while (start < counted.Count)
        {
            var end = start;
            while (end < counted.Count && counted[end].OrgUnit == counted[start].OrgUnit)
            {
                end++;
            }

            var (value, num, den) = AcrossTime(target.TimeAggregation, counted, start, end, isRatio, used);
            if (isMilestone)
            {
                amount = Math.Max(amount, value);
            }
            else
            {
                amount += value;
            }

            numerator += num;
            denominator += den;
            start = end;
        }

        var usedReports = used.DrainToImmutable();
        return isRatio && !isMilestone
            ? new Achievement(numerator / denominator, numerator, denominator, usedReports.Length, usedReports)
            : new Achievement(amount, null, null, usedReports.Length, usedReports);
    }

    /// <inheritdoc />
    public bool Equals(Achievement other)
        => Amount == other.Amount && Numerator == other.Numerator && Denominator == other.Denominator
            && ReportCount == other.ReportCount && Sequences.Equal(Reports, other.Reports);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Achievement other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Numerator, Denominator, ReportCount);

    /// <summary>Compares two achievements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Achievement left, Achievement right) => left.Equals(right);

    /// <summary>Compares two achievements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Achievement left, Achievement right) => !left.Equals(right);

    /// <summary>"70 from 2 reports", or "0.75 = 300/400 from 2 reports".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => (Denominator is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{Amount} = {Numerator}/{d}")
            : Amount.ToString(CultureInfo.InvariantCulture))
            + string.Create(CultureInfo.InvariantCulture, $" from {ReportCount} reports");

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Validate(Target target, ProgressReport report, DateInterval period, bool isRatio, bool isMilestone)
    {
        const string Param = "reports";
        Preconditions.CheckArgument(report.Target == target.Id, Param, $"Report '{report}' is for target {report.Target}, not for target {target.Id} being evaluated.");
        Preconditions.CheckArgument(report.Date.Calendar == CalendarSystem.Iso, Param, $"Report '{report}' must be dated in the ISO calendar.");
        Preconditions.CheckArgument(
            period.Contains(report.Date),
            Param,
            $"Report '{report}' is dated {Iso(report.Date)}, outside the plan period {Iso(period.Start)} to {Iso(period.End)}.");
        if (isMilestone)
        {
            Preconditions.CheckArgument(report.Value <= 1m, Param, $"Report '{report}' gives milestone {target.Id} the value {report.Value}; a milestone's value is its completion, from 0 to 1.");
            if (report.Stage is { } stageName)
            {
                var stage = target.FindStage(stageName);
                Preconditions.CheckArgument(stage is not null, Param, $"Report '{report}' names stage '{stageName}', which target {target.Id} does not define.");
                Preconditions.CheckArgument(stage!.Completion == report.Value, Param, $"Report '{report}' names stage '{stageName}' (completion {stage.Completion}) but gives the value {report.Value}.");
            }
        }
        else
        {
            Preconditions.CheckArgument(report.Stage is null, Param, $"Report '{report}' names a stage, but target {target.Id} is not a milestone.");
            if (isRatio)
            {
                Preconditions.CheckArgument(
                    report.Numerator is not null && report.Denominator is not null,
                    Param,
                    $"Report '{report}' is for target {target.Id}, a share, and must carry both a numerator and a denominator.");
            }
        }
    }

    private static (decimal Value, decimal Numerator, decimal Denominator) AcrossTime(
        TimeAggregation aggregation, List<ProgressReport> reports, int start, int end, bool isRatio, ImmutableArray<ProgressReport>.Builder used)
    {
        switch (aggregation)
        {
            case TimeAggregation.Increment:
            case TimeAggregation.Average:
                decimal value = 0m, numerator = 0m, denominator = 0m;
                for (var i = start; i < end; i++)
                {
                    value += reports[i].Value;
                    numerator += reports[i].Numerator ?? 0m;
                    denominator += reports[i].Denominator ?? 0m;
                    used.Add(reports[i]);
                }

                if (aggregation == TimeAggregation.Average)
                {
                    var count = end - start;
                    return (value / count, numerator / count, denominator / count);
                }

                return (value, numerator, denominator);
            case TimeAggregation.Maximum:
            case TimeAggregation.Minimum:
                var best = start;
                for (var i = start + 1; i < end; i++)
                {
                    // Later reports win ties, so the choice never depends on the input order.
                    var comparison = Measure(reports[i], isRatio).CompareTo(Measure(reports[best], isRatio));
                    if (aggregation == TimeAggregation.Maximum ? comparison >= 0 : comparison <= 0)
                    {
                        best = i;
                    }
                }

                used.Add(reports[best]);
                return Single(reports[best]);
            default:
                used.Add(reports[end - 1]);
                return Single(reports[end - 1]);
        }
    }

    private static decimal Measure(ProgressReport report, bool isRatio)
        => isRatio && report.Numerator is { } n && report.Denominator is { } d ? n / d : report.Value;

    private static (decimal Value, decimal Numerator, decimal Denominator) Single(ProgressReport report)
        => (report.Value, report.Numerator ?? 0m, report.Denominator ?? 0m);

    private static void CheckCount(int reportCount)
    {
        if (reportCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reportCount), reportCount, "Report count must not be negative.");
        }
    }

    private static decimal ToDecimal(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckFinite(value, name);
        if (Math.Abs(value) > 7.9e28)
        {
            throw new ArgumentOutOfRangeException(name, value, "Value is too large.");
        }

        return (decimal)value;
    }
}

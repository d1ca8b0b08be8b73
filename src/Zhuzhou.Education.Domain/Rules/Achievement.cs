using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// What the reports (进度报送) of a target that count add up to as of a date, before any rule is applied: an amount
/// (a sum of levels or increments, or a milestone's completion), or for a share a numerator and a denominator, with
/// the number of reports that count and, when known, the reports themselves.
/// </summary>
/// <remarks>
/// <para>The first step of the arithmetic: <see cref="TargetArithmetic.Achieved"/> computes it from reports (across
/// time per org unit, then across org units); the aggregation engine computes it at scale in its own loops and hands
/// its numbers over once; <see cref="TargetArithmetic.Figure"/> turns it into a target's figures.</para>
/// <para>The reports that count: for a level, the latest of each org unit; for increments and averages, all of them;
/// for a maximum or minimum, the one chosen in each org unit.</para>
/// <para>Equality compares the numbers and the reports element by element. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Achievement : IEquatable<Achievement>
{
    // The engine's numbers become decimals here, once. Beyond this a decimal cannot hold them.
    private const double DecimalLimit = 7.9e28;

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

    /// <summary>For a share: the sum of the numerators that count; otherwise null.</summary>
    public decimal? Numerator { get; }

    /// <summary>For a share: the sum of the denominators that count (positive); otherwise null.</summary>
    public decimal? Denominator { get; }

    /// <summary>How many reports count (for a level, one per org unit that reported).</summary>
    public int ReportCount { get; }

    /// <summary>Whether any report counts.</summary>
    public bool HasReports => ReportCount > 0;

    /// <summary>
    /// The reports that count, ordered by org unit and date; empty when the achievement was built from numbers
    /// (by the aggregation engine, or with <see cref="FromAmount"/> and <see cref="FromRatio"/>).
    /// </summary>
    public ImmutableArray<ProgressReport> Reports => reports.IsDefault ? [] : reports;

    /// <summary>An amount built from numbers.</summary>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="reportCount">How many reports count; not negative. 0 means nothing was reported (the amount must then be 0).</param>
    /// <returns>The achievement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or an amount is given with no report.</exception>
    public static Achievement FromAmount(decimal amount, int reportCount)
    {
        Preconditions.CheckNonNegative(amount);
        if (reportCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reportCount), reportCount, "Report count must not be negative.");
        }

        if (reportCount == 0 && amount != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount needs at least one report.");
        }

        return new Achievement(amount, null, null, reportCount, default);
    }

    /// <summary>A share built from numbers: Σ numerators and Σ denominators.</summary>
    /// <param name="numerator">The sum of numerators; not negative.</param>
    /// <param name="denominator">The sum of denominators; positive.</param>
    /// <param name="reportCount">How many reports count; at least 1.</param>
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

    /// <summary>An achievement the decimal arithmetic computed, with the reports that count.</summary>
    internal static Achievement Counted(decimal amount, decimal? numerator, decimal? denominator, ImmutableArray<ProgressReport> reports)
        => reports.IsEmpty ? None : new Achievement(amount, numerator, denominator, reports.Length, reports);

    /// <summary>An achievement combined from others (across org units), with their reports when they carry them.</summary>
    internal static Achievement Combined(decimal amount, decimal? numerator, decimal? denominator, int reportCount, ImmutableArray<ProgressReport> reports)
        => reportCount == 0 ? None : new Achievement(amount, numerator, denominator, reportCount, reports);

    /// <summary>
    /// The boundary between the aggregation engine and the rules: what the engine aggregated in floating point
    /// (for a share the summed numerator and denominator, otherwise the amount in <paramref name="numerator"/>)
    /// becomes decimals here, and nowhere else.
    /// </summary>
    /// <remarks>
    /// <c>(decimal)double</c> keeps 15 significant digits: exact for the counts reports carry (integers below
    /// 10^15) and for sums of them; a mean or a sum of fractions is rounded to 15 digits, far below anything a
    /// figure shows. Every figure and status is then computed from these decimals by the same code as for the
    /// evaluator.
    /// </remarks>
    internal static Achievement FromEngine(bool share, double numerator, double denominator, int reportCount)
    {
        if (reportCount == 0)
        {
            return None;
        }

        return share
            ? FromRatio(ToDecimal(numerator), ToDecimal(denominator), reportCount)
            : FromAmount(ToDecimal(numerator), reportCount);
    }

    private static decimal ToDecimal(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckFinite(value, name);
        if (Math.Abs(value) > DecimalLimit)
        {
            throw new ArgumentOutOfRangeException(name, value, "Value is too large.");
        }

        return (decimal)value;
    }
}

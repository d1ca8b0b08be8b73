using System.Globalization;
using NodaTime;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// Settings of evaluation: the tolerance for <see cref="EvaluationStatus.Behind"/>, what expected progress (序时进度)
/// counts (days or whole months), and the time zone that turns an <see cref="IClock"/>'s "now" into a date.
/// </summary>
/// <remarks>
/// <para>Set properties with initialisers; the settings are validated when used (as Polly validates its
/// options), and <see cref="Validate"/> lists every problem in one error.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record EvaluationSettings
{
    /// <summary>The default tolerance: 0.05 (five percentage points below expected progress is still on track).</summary>
    public const decimal DefaultTolerance = 0.05m;

    /// <summary>The default settings: tolerance 0.05, expected progress by days, time zone Asia/Shanghai.</summary>
    public static EvaluationSettings Default { get; } = new();

    /// <summary>
    /// How far completion may fall below expected progress (序时进度) and still count as on track; from 0
    /// (inclusive) to 1 (exclusive). Defaults to <see cref="DefaultTolerance"/>.
    /// </summary>
    public decimal Tolerance { get; init; } = DefaultTolerance;

    /// <summary>What expected progress (序时进度) counts: <see cref="ProgressBasis.Days"/> (the default) or whole months.</summary>
    public ProgressBasis ProgressBasis { get; init; }

    /// <summary>The time zone that turns "now" into today's date; defaults to Asia/Shanghai from the TZDB.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Checks the settings and lists every problem in one error.</summary>
    /// <exception cref="ArgumentException">A setting is invalid; the message lists each problem.</exception>
    public void Validate()
    {
        List<string>? problems = null;
        if (Tolerance is < 0m or >= 1m)
        {
            (problems ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"Tolerance must be at least 0 and less than 1, but was {Tolerance}."));
        }

        if (!Enum.IsDefined(ProgressBasis))
        {
            (problems ??= []).Add($"ProgressBasis {ProgressBasis} is not a basis: use Days or Months.");
        }

        if (TimeZone is null)
        {
            (problems ??= []).Add("TimeZone must not be null.");
        }

        if (problems is not null)
        {
            throw new ArgumentException("The evaluation settings are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)), "settings");
        }
    }

    /// <summary>Today's date by <paramref name="clock"/> in <see cref="TimeZone"/>.</summary>
    /// <param name="clock">The clock; a FakeClock in tests.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The settings are invalid.</exception>
    public LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Validate();
        return clock.GetCurrentInstant().InZone(TimeZone).Date;
    }
}

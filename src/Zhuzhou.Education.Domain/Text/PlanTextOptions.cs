using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// What the caller knows about a plan (工作要点) that its text may not say: the year or period it covers, who issued it
/// and when it was published. A value given here is used instead of what the text says.
/// </summary>
/// <remarks>
/// <para>Many real plans name no year where the parser can find it (no title line, a title without a year, the year
/// only in a web page's metadata); such a plan is parsed without a period, with warning ZP0003, and cannot be
/// evaluated until a period is given. A school-year plan gives its period:
/// <c>new PlanTextOptions { Period = new DateInterval(new LocalDate(2018, 9, 1), new LocalDate(2019, 8, 31)) }</c>;
/// its deadlines (6月底, 秋季) then fall on the first such date in the period.</para>
/// <para>Immutable and thread-safe; equality is by value.</para>
/// </remarks>
public sealed record PlanTextOptions
{
    private readonly int? year;
    private readonly DateInterval? period;
    private readonly string? issuer;

    /// <summary>No values given: everything is read from the text.</summary>
    public static PlanTextOptions Default { get; } = new();

    /// <summary>The calendar year the plan covers (1 January to 31 December); null to find it in the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1900 to 2100.</exception>
    /// <exception cref="ArgumentException">Set when <see cref="Period"/> is set too.</exception>
    public int? Year
    {
        get => year;
        init
        {
            if (value is < 1900 or > 2100)
            {
                throw new ArgumentOutOfRangeException(nameof(Year), value, "Year must be between 1900 and 2100.");
            }

            Preconditions.CheckArgument(value is null || period is null, nameof(Year), "Give a year or a period, not both.");
            year = value;
        }
    }

    /// <summary>The period the plan covers, such as a school year (2018-09-01 to 2019-08-31); null to find it in the text.</summary>
    /// <exception cref="ArgumentException">Set when <see cref="Year"/> is set too.</exception>
    public DateInterval? Period
    {
        get => period;
        init
        {
            Preconditions.CheckArgument(value is null || year is null, nameof(Period), "Give a year or a period, not both.");
            period = value;
        }
    }

    /// <summary>Who issued the plan (发文单位), e.g. "株洲市教育局"; null to read it from the text.</summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Issuer
    {
        get => issuer;
        init => issuer = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Issuer));
    }

    /// <summary>The date the plan was published; null to read it from the text.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The period given, from <see cref="Period"/> or <see cref="Year"/>.</summary>
    internal DateInterval? GivenPeriod
        => period ?? (year is { } y ? new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31)) : null);
}

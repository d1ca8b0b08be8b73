using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// A progress report (进度报送): the value of one target from one org unit as of one date.
/// </summary>
/// <remarks>
/// <para>For a count the <see cref="Value"/> is the amount (a level or an increment, as the target says).
/// For a share (coverage and percentage targets) the report carries <see cref="Numerator"/> and
/// <see cref="Denominator"/>, which are what aggregate; <see cref="Value"/> is then their ratio as reported.
/// For a milestone the value is the completion reached (0 or 1, or a stage's completion) and
/// <see cref="Stage"/> may name the stage.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ProgressReport
{
    private readonly decimal? numerator;
    private readonly decimal? denominator;
    private readonly string? stage;
    private readonly string? reporter;
    private readonly string? note;
    private readonly ImmutableArray<EvidenceLink> evidence = [];

    /// <summary>Creates a report.</summary>
    /// <param name="target">The target reported on.</param>
    /// <param name="orgUnit">The org unit reporting.</param>
    /// <param name="date">The date the value holds for.</param>
    /// <param name="value">The value; not negative.</param>
    /// <exception cref="ArgumentException">The target id or org unit code is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public ProgressReport(TargetId target, OrgUnitCode orgUnit, LocalDate date, decimal value)
    {
        Preconditions.CheckArgument(target != default, nameof(target), "Target id must be set.");
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        Target = target;
        OrgUnit = orgUnit;
        Date = date;
        Value = Preconditions.CheckNonNegative(value);
    }

    /// <summary>The target reported on.</summary>
    public TargetId Target { get; }

    /// <summary>The org unit reporting.</summary>
    public OrgUnitCode OrgUnit { get; }

    /// <summary>The date the value holds for.</summary>
    public LocalDate Date { get; }

    /// <summary>The value reported.</summary>
    public decimal Value { get; }

    /// <summary>For a share: the number covered (e.g. students with an art hobby); not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Numerator
    {
        get => numerator;
        init => numerator = value is null ? null : Preconditions.CheckNonNegative(value.Value, nameof(Numerator));
    }

    /// <summary>For a share: the population (e.g. all students); positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public decimal? Denominator
    {
        get => denominator;
        init => denominator = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Denominator), value, "Denominator must be positive.");
    }

    /// <summary>For a staged milestone: the stage reached, e.g. "已启动".</summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Stage
    {
        get => stage;
        init => stage = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Stage));
    }

    /// <summary>Who reported, if given.</summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Reporter
    {
        get => reporter;
        init => reporter = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Reporter));
    }

    /// <summary>A free-text note, if given.</summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Note
    {
        get => note;
        init => note = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Note));
    }

    /// <summary>The date the report was received, if known (a report dated after it is suspicious).</summary>
    public LocalDate? Received { get; init; }

    /// <summary>Links to evidence (documents, photos), as IATI's document-link.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<EvidenceLink> Evidence
    {
        get => evidence;
        init => evidence = value.IsDefault ? [] : Sequences.ToImmutable(value, nameof(Evidence));
    }

    /// <inheritdoc />
    public bool Equals(ProgressReport? other)
        => other is not null && Target == other.Target && OrgUnit == other.OrgUnit && Date == other.Date
            && Value == other.Value && numerator == other.numerator && denominator == other.denominator
            && stage == other.stage && reporter == other.reporter && note == other.note
            && Received == other.Received && Sequences.Equal(evidence, other.evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, OrgUnit, Date, Value, numerator, denominator, stage);

    /// <summary>"8.1 430281 2017-06-30 40".</summary>
    /// <returns>The report's short form.</returns>
    public override string ToString()
        => $"{Target} {OrgUnit} {Date:uuuu-MM-dd} {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

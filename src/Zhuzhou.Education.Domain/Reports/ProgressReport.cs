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
/// <para>Over time (see <see cref="ReportHistory"/>): a report is keyed by target, org unit and date; a second report
/// with the same key is a revision only when it says so (<see cref="Revision"/>, with when it was
/// <see cref="Submitted"/>), and the latest revision counts. An increment is corrected by a negative increment with a
/// reason (<see cref="Correction"/>, 冲减); a level is corrected by a revision.</para>
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
    private readonly int revision;
    private readonly LocalDateTime? submitted;
    private readonly string? reason;

    /// <summary>Creates a report.</summary>
    /// <param name="target">The target reported on.</param>
    /// <param name="orgUnit">The org unit reporting.</param>
    /// <param name="date">The date the value holds for.</param>
    /// <param name="value">The value; not negative (a negative increment is a <see cref="Correction"/>).</param>
    /// <exception cref="ArgumentException">The target id or org unit code is unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public ProgressReport(TargetId target, OrgUnitCode orgUnit, LocalDate date, decimal value)
        : this(target, orgUnit, date, Preconditions.CheckNonNegative(value), negative: false)
    {
    }

    /// <summary>
    /// A report, or with <paramref name="negative"/> a correction (冲减, whose value must be negative and whose
    /// <see cref="Reason"/> its initializer must give): for decoders that make either in one object, one list of fields.
    /// </summary>
    internal ProgressReport(TargetId target, OrgUnitCode orgUnit, LocalDate date, decimal value, bool negative)
    {
        Preconditions.CheckArgument(target != default, nameof(target), "Target id must be set.");
        Preconditions.CheckArgument(orgUnit != default, nameof(orgUnit), "Org unit code must be set.");
        Target = target;
        OrgUnit = orgUnit;
        Date = date;
        Value = negative && value >= 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A correction (冲减) is a negative increment.") : value;
    }

    /// <summary>The target reported on.</summary>
    public TargetId Target { get; }

    /// <summary>The org unit reporting.</summary>
    public OrgUnitCode OrgUnit { get; }

    /// <summary>The date the value holds for.</summary>
    public LocalDate Date { get; }

    /// <summary>The value reported; negative only for a correction (冲减) of increments, which gives its <see cref="Reason"/>.</summary>
    public decimal Value { get; }

    /// <summary>
    /// The revision number: 0 (the default) for a first report, and 1, 2, … for each report that revises the one
    /// with the same target, org unit and date. The latest revision counts; earlier ones stay in the history.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int Revision
    {
        get => revision;
        init => revision = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Revision), value, "Revision must not be negative.");
    }

    /// <summary>
    /// When the report was submitted, in the bureau's local time, if known; a revision gives it. Queries "as known
    /// on" a date count a report from the date it was submitted (see <see cref="ReportHistory.KnownOn"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a date and time outside the ISO calendar.</exception>
    public LocalDateTime? Submitted
    {
        get => submitted;
        init
        {
            Preconditions.CheckArgument(value is null || value.Value.Calendar == CalendarSystem.Iso, nameof(Submitted), "Submitted must be in the ISO calendar.");
            submitted = value;
        }
    }

    /// <summary>Why the report corrects or revises an earlier figure (冲减、修订原因); a correction must give it.</summary>
    /// <exception cref="ArgumentException">Set to a blank string, or to null on a correction (a negative value).</exception>
    public string? Reason
    {
        get => reason;
        init
        {
            Preconditions.CheckArgument(value is not null || Value >= 0, nameof(Reason), "A correction (a negative increment) must give its reason.");
            reason = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Reason));
        }
    }

    /// <summary>Whether this is a correction (冲减): a negative increment.</summary>
    public bool IsCorrection => Value < 0;

    /// <summary>
    /// The date from which the report is known: the day it was submitted, else the day it was received, else its own
    /// date — never before its own date (a figure for 30 June received on 28 June is known from 30 June).
    /// </summary>
    internal LocalDate KnownFrom => LocalDate.Max(Date, Submitted?.Date ?? Received ?? Date);

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

    /// <summary>
    /// Whether the report says more than its amounts (a stage, who reported, a note, evidence): a store keeps such a
    /// report whole beside its row, so that what it said can be read back.
    /// </summary>
    internal bool HasDetails => stage is not null || reporter is not null || note is not null || !Evidence.IsDefaultOrEmpty;

    /// <summary>A correction (冲减): a negative increment, with its reason.</summary>
    /// <param name="target">The target reported on: one whose reports are increments.</param>
    /// <param name="orgUnit">The org unit reporting.</param>
    /// <param name="date">The date the correction holds for.</param>
    /// <param name="value">The negative increment, e.g. −120.</param>
    /// <param name="reason">Why, e.g. "重复统计冲减".</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The target id or org unit code is unset, or the reason is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not negative.</exception>
    public static ProgressReport Correction(TargetId target, OrgUnitCode orgUnit, LocalDate date, decimal value, string reason)
        => new(target, orgUnit, date, value, negative: true) { Reason = Preconditions.CheckNotBlank(reason) };

    /// <inheritdoc />
    public bool Equals(ProgressReport? other)
        => other is not null && Target == other.Target && OrgUnit == other.OrgUnit && Date == other.Date
            && Value == other.Value && numerator == other.numerator && denominator == other.denominator
            && stage == other.stage && reporter == other.reporter && note == other.note
            && Received == other.Received && Sequences.Equal(evidence, other.evidence)
            && revision == other.revision && submitted == other.submitted && reason == other.reason;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, OrgUnit, Date, Value, numerator, denominator, stage, revision);

    /// <summary>"8.1 430281 2017-06-30 40", with " revision 1" for a revision.</summary>
    /// <returns>The report's short form.</returns>
    public override string ToString()
        => $"{Target} {OrgUnit} {Date:uuuu-MM-dd} {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            + (Revision > 0 ? " revision " + Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Serialization;

/// <summary>
/// A batch as it came over the wire (<see cref="ProgressReportBatchSurrogate"/>), read without making a report object a
/// row: a grain places the rows by their keys (one lookup a distinct org unit, not one a report), and makes the
/// objects (<see cref="Reports"/>) only where it needs them.
/// </summary>
internal sealed class BatchColumns
{
    private static readonly ProgressReportConverter Converter = new();
    private static readonly LocalDateConverter Dates = new();

    private readonly ProgressReportBatchSurrogate wire;

    /// <summary>Reads the wire's columns; the org unit codes are parsed (and so checked) here, once each.</summary>
    /// <exception cref="ArgumentException">A code is not an org unit code, a row's org unit not one of them, or the columns' lengths differ.</exception>
    public BatchColumns(in ProgressReportBatchSurrogate wire)
    {
        var n = wire.Targets?.Length ?? 0;
        if (wire.OrgUnits?.Length != n || wire.Dates?.Length != n || wire.Values?.Length != n || wire.OrgUnitCodes is null)
        {
            throw new ArgumentException("The batch's columns have different lengths.", nameof(wire));
        }

        this.wire = wire;
        Codes = [.. wire.OrgUnitCodes.Select(OrgUnitCode.Parse)];
        if (wire.OrgUnits.Any(code => (uint)code >= (uint)Codes.Length))
        {
            throw new ArgumentException("A row's org unit is not one of the batch's codes.", nameof(wire));
        }
    }

    /// <summary>The number of rows.</summary>
    public int Count => wire.Targets.Length;

    /// <summary>The wire form, to send the batch on unchanged.</summary>
    public ProgressReportBatchSurrogate Wire => wire;

    /// <summary>Each row's target: item in the high 32 bits, ordinal in the low.</summary>
    public long[] Targets => wire.Targets;

    /// <summary>The batch's distinct org unit codes.</summary>
    public OrgUnitCode[] Codes { get; }

    /// <summary>Each row's org unit, as an index into <see cref="Codes"/>.</summary>
    public int[] OrgUnits => wire.OrgUnits;

    /// <summary>Each row's date as a day number (<see cref="DateOnly.DayNumber"/> of the ISO date).</summary>
    public int[] DayNumbers => wire.Dates;

    /// <summary>Each row's value.</summary>
    public decimal[] Values => wire.Values;

    /// <summary>A row's numerator, if it gives one.</summary>
    public decimal? Numerator(int row) => wire.Numerators?[row];

    /// <summary>A row's denominator, if it gives one.</summary>
    public decimal? Denominator(int row) => wire.Denominators?[row];

    /// <summary>Whether a row is more than a plain first report: a revision, a correction, or one with details (stage, reporter, note, received date, evidence, submitted time, reason).</summary>
    public bool IsRare(int row)
        => wire.Values[row] < 0 || (wire.Revisions?[row] ?? 0) != 0 || wire.Stages?[row] is not null || wire.Reporters?[row] is not null
            || wire.Notes?[row] is not null || wire.Received?[row] is not null || wire.EvidenceTitles?[row] is not null
            || wire.Submitted?[row] is not null || wire.Reasons?[row] is not null;

    /// <summary>A row's date.</summary>
    public NodaTime.LocalDate Date(int row) => FromDayNumber(wire.Dates[row]);

    /// <summary>A row's target.</summary>
    public TargetId Target(int row) => TargetId.Create((int)(wire.Targets[row] >> 32), (int)wire.Targets[row]);

    /// <summary>Every row as a report, each through <see cref="ProgressReportConverter"/> (the one place a report's fields cross the wire).</summary>
    /// <exception cref="ArgumentException">A row is not a valid report (e.g. a negative value without a reason).</exception>
    public ImmutableArray<ProgressReport> Reports()
    {
        var reports = new ProgressReport[Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = Report(i);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(reports);
    }

    /// <summary>A row as a report.</summary>
    public ProgressReport Report(int row) => Converter.ConvertFromSurrogate(new ProgressReportSurrogate
    {
        Target = Target(row),
        OrgUnit = Codes[wire.OrgUnits[row]],
        Date = Date(row),
        Value = wire.Values[row],
        Numerator = wire.Numerators?[row],
        Denominator = wire.Denominators?[row],
        Stage = wire.Stages?[row],
        Reporter = wire.Reporters?[row],
        Note = wire.Notes?[row],
        Received = wire.Received?[row] is { } received ? FromDayNumber(received) : null,
        EvidenceTitles = wire.EvidenceTitles?[row],
        EvidenceUris = wire.EvidenceUris?[row],
        Revision = wire.Revisions?[row] ?? 0,
        Submitted = wire.Submitted?[row],
        Reason = wire.Reasons?[row],
    });

    /// <summary>The day number of a date (<see cref="DateOnly.DayNumber"/> of the ISO date), as the wire writes it.</summary>
    public static int DayNumber(NodaTime.LocalDate date)
    {
        var iso = Dates.ConvertToSurrogate(date);
        return new DateOnly(iso.Year, iso.Month, iso.Day).DayNumber;
    }

    private static NodaTime.LocalDate FromDayNumber(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        return Dates.ConvertFromSurrogate(new LocalDateSurrogate { Year = date.Year, Month = date.Month, Day = date.Day });
    }
}

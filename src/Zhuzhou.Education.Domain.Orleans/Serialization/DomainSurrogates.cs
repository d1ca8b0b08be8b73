using System.Collections.Immutable;
using NodaTime;
using Orleans;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Serialization;

// Orleans' serializer reaches the domain types (which know nothing of Orleans) through these surrogates: each is a
// plain struct Orleans generates a serializer for, and a converter builds the domain value back through its
// validating constructor or factory, so a value that crosses the wire is as valid as one made in-process.

/// <summary>The wire form of a <see cref="LocalDate"/> (ISO calendar: year, month, day).</summary>
[GenerateSerializer]
[Immutable]
internal struct LocalDateSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int Month;
    [Id(2)] public int Day;
}

[RegisterConverter]
internal sealed class LocalDateConverter : IConverter<LocalDate, LocalDateSurrogate>
{
    public LocalDate ConvertFromSurrogate(in LocalDateSurrogate surrogate) => new(surrogate.Year, surrogate.Month, surrogate.Day);

    public LocalDateSurrogate ConvertToSurrogate(in LocalDate value)
    {
        var iso = value.WithCalendar(CalendarSystem.Iso);
        return new LocalDateSurrogate { Year = iso.Year, Month = iso.Month, Day = iso.Day };
    }
}

/// <summary>The wire form of a <see cref="LocalDateTime"/> (a revision's submitted time: ISO date and nanosecond of the day).</summary>
[GenerateSerializer]
[Immutable]
internal struct LocalDateTimeSurrogate
{
    [Id(0)] public LocalDate Date;
    [Id(1)] public long NanosecondOfDay;
}

[RegisterConverter]
internal sealed class LocalDateTimeConverter : IConverter<LocalDateTime, LocalDateTimeSurrogate>
{
    public LocalDateTime ConvertFromSurrogate(in LocalDateTimeSurrogate surrogate) => surrogate.Date + LocalTime.FromNanosecondsSinceMidnight(surrogate.NanosecondOfDay);

    public LocalDateTimeSurrogate ConvertToSurrogate(in LocalDateTime value)
        => new() { Date = value.Date, NanosecondOfDay = value.TimeOfDay.NanosecondOfDay };
}

/// <summary>The wire form of a <see cref="TargetId"/>.</summary>
[GenerateSerializer]
[Immutable]
internal struct TargetIdSurrogate
{
    [Id(0)] public int Item;
    [Id(1)] public int Ordinal;
}

[RegisterConverter]
internal sealed class TargetIdConverter : IConverter<TargetId, TargetIdSurrogate>
{
    public TargetId ConvertFromSurrogate(in TargetIdSurrogate surrogate) => TargetId.Create(surrogate.Item, surrogate.Ordinal);

    public TargetIdSurrogate ConvertToSurrogate(in TargetId value) => new() { Item = value.Item, Ordinal = value.Ordinal };
}

/// <summary>The wire form of an <see cref="OrgUnitCode"/>.</summary>
[GenerateSerializer]
[Immutable]
internal struct OrgUnitCodeSurrogate
{
    [Id(0)] public string Value;
}

[RegisterConverter]
internal sealed class OrgUnitCodeConverter : IConverter<OrgUnitCode, OrgUnitCodeSurrogate>
{
    public OrgUnitCode ConvertFromSurrogate(in OrgUnitCodeSurrogate surrogate) => OrgUnitCode.Parse(surrogate.Value);

    public OrgUnitCodeSurrogate ConvertToSurrogate(in OrgUnitCode value) => new() { Value = value.Value };
}

/// <summary>The wire form of a <see cref="ProgressReport"/>, every field included.</summary>
[GenerateSerializer]
[Immutable]
internal struct ProgressReportSurrogate
{
    [Id(0)] public TargetId Target;
    [Id(1)] public OrgUnitCode OrgUnit;
    [Id(2)] public LocalDate Date;
    [Id(3)] public decimal Value;
    [Id(4)] public decimal? Numerator;
    [Id(5)] public decimal? Denominator;
    [Id(6)] public string? Stage;
    [Id(7)] public string? Reporter;
    [Id(8)] public string? Note;
    [Id(9)] public LocalDate? Received;
    [Id(10)] public string[]? EvidenceTitles;
    [Id(11)] public string[]? EvidenceUris;
    [Id(12)] public int Revision;
    [Id(13)] public LocalDateTime? Submitted;
    [Id(14)] public string? Reason;
}

[RegisterConverter]
internal sealed class ProgressReportConverter : IConverter<ProgressReport, ProgressReportSurrogate>
{
    /// <summary>
    /// A report made in one object, a correction (冲减) as the one report with a negative value, which its reason must
    /// come with, or not: one list of fields for both, and no copy (a batch decodes a report a row).
    /// </summary>
    public ProgressReport ConvertFromSurrogate(in ProgressReportSurrogate surrogate)
        => new(surrogate.Target, surrogate.OrgUnit, surrogate.Date, surrogate.Value, negative: surrogate.Value < 0)
        {
            Reason = surrogate.Reason,
            Revision = surrogate.Revision,
            Submitted = surrogate.Submitted,
            Numerator = surrogate.Numerator,
            Denominator = surrogate.Denominator,
            Stage = surrogate.Stage,
            Reporter = surrogate.Reporter,
            Note = surrogate.Note,
            Received = surrogate.Received,
            Evidence = Evidence(surrogate),
        };

    public ProgressReportSurrogate ConvertToSurrogate(in ProgressReport value) => new()
    {
        Target = value.Target,
        OrgUnit = value.OrgUnit,
        Date = value.Date,
        Value = value.Value,
        Numerator = value.Numerator,
        Denominator = value.Denominator,
        Stage = value.Stage,
        Reporter = value.Reporter,
        Note = value.Note,
        Received = value.Received,
        EvidenceTitles = value.Evidence.IsEmpty ? null : [.. value.Evidence.Select(e => e.Title)],
        EvidenceUris = value.Evidence.IsEmpty ? null : [.. value.Evidence.Select(e => e.Uri.AbsoluteUri)],
        Revision = value.Revision,
        Submitted = value.Submitted,
        Reason = value.Reason,
    };

    private static ImmutableArray<EvidenceLink> Evidence(in ProgressReportSurrogate surrogate)
        => surrogate.EvidenceTitles is null
            ? []
            : [.. surrogate.EvidenceTitles.Zip(surrogate.EvidenceUris ?? [], (title, uri) => new EvidenceLink(title, new Uri(uri, UriKind.Absolute)))];
}

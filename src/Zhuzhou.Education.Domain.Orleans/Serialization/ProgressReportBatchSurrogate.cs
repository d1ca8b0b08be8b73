using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Orleans;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Serialization;

/// <summary>
/// The wire form of a <see cref="ProgressReportBatch"/>: one column per field of <see cref="ProgressReportSurrogate"/>,
/// org units as indices into the batch's distinct codes, dates as day numbers; an optional field's column is sent only
/// when a report of the batch has it.
/// </summary>
[GenerateSerializer]
[Immutable]
internal struct ProgressReportBatchSurrogate
{
    // Target: item in the high 32 bits, ordinal in the low.
    [Id(0)] public long[] Targets;

    [Id(1)] public string[] OrgUnitCodes;

    [Id(2)] public int[] OrgUnits;

    // Days since 0001-01-01 (DateOnly.DayNumber) of the ISO date.
    [Id(3)] public int[] Dates;

    [Id(4)] public decimal[] Values;

    [Id(5)] public decimal?[]? Numerators { get; set; }

    [Id(6)] public decimal?[]? Denominators { get; set; }

    [Id(7)] public string?[]? Stages { get; set; }

    [Id(8)] public string?[]? Reporters { get; set; }

    [Id(9)] public string?[]? Notes { get; set; }

    [Id(10)] public int?[]? Received { get; set; }

    [Id(11)] public string[]?[]? EvidenceTitles { get; set; }

    [Id(12)] public string[]?[]? EvidenceUris { get; set; }

    // Revision numbers (0 for a first report); sent only when a report of the batch revises another.
    [Id(13)] public int[]? Revisions { get; set; }

    [Id(14)] public NodaTime.LocalDateTime?[]? Submitted { get; set; }

    [Id(15)] public string?[]? Reasons { get; set; }
}

/// <summary>Columns from reports, and back to <see cref="BatchColumns"/> (reports made when asked), each report through <see cref="ProgressReportConverter"/> (the one place a report's fields cross the wire).</summary>
[RegisterConverter]
internal sealed class ProgressReportBatchConverter : IConverter<ProgressReportBatch, ProgressReportBatchSurrogate>
{
    private static readonly ProgressReportConverter Reports = new();

    // The rows stay columns: the objects are made when asked (ProgressReportBatch.Reports), which a grain placing plain rows need not.
    public ProgressReportBatch ConvertFromSurrogate(in ProgressReportBatchSurrogate surrogate) => ProgressReportBatch.Of(new BatchColumns(surrogate));

    public ProgressReportBatchSurrogate ConvertToSurrogate(in ProgressReportBatch value)
    {
        if (value.Columns is { } columns)
        {
            return columns.Wire;
        }

        var n = value.Count;
        var wire = new ProgressReportBatchSurrogate { Targets = new long[n], OrgUnits = new int[n], Dates = new int[n], Values = new decimal[n] };
        var codes = new Dictionary<OrgUnitCode, int>();
        for (var i = 0; i < n; i++)
        {
            var report = Reports.ConvertToSurrogate(value[i]);
            wire.Targets[i] = ((long)report.Target.Item << 32) | (uint)report.Target.Ordinal;
            if (!codes.TryGetValue(report.OrgUnit, out var code))
            {
                codes[report.OrgUnit] = code = codes.Count;
            }

            wire.OrgUnits[i] = code;
            wire.Dates[i] = DayNumber(report.Date);
            wire.Values[i] = report.Value;
            Set(wire.Numerators ??= report.Numerator is null ? null : new decimal?[n], i, report.Numerator);
            Set(wire.Denominators ??= report.Denominator is null ? null : new decimal?[n], i, report.Denominator);
            Set(wire.Stages ??= report.Stage is null ? null : new string?[n], i, report.Stage);
            Set(wire.Reporters ??= report.Reporter is null ? null : new string?[n], i, report.Reporter);
            Set(wire.Notes ??= report.Note is null ? null : new string?[n], i, report.Note);
            Set(wire.Received ??= report.Received is null ? null : new int?[n], i, report.Received is { } received ? DayNumber(received) : null);
            Set(wire.EvidenceTitles ??= report.EvidenceTitles is null ? null : new string[]?[n], i, report.EvidenceTitles);
            Set(wire.EvidenceUris ??= report.EvidenceUris is null ? null : new string[]?[n], i, report.EvidenceUris);
            Set(wire.Revisions ??= report.Revision == 0 ? null : new int[n], i, report.Revision);
            Set(wire.Submitted ??= report.Submitted is null ? null : new NodaTime.LocalDateTime?[n], i, report.Submitted);
            Set(wire.Reasons ??= report.Reason is null ? null : new string?[n], i, report.Reason);
        }

        wire.OrgUnitCodes = new string[codes.Count];
        foreach (var (code, index) in codes)
        {
            wire.OrgUnitCodes[index] = code.Value;
        }

        return wire;
    }

    private static void Set<T>(T[]? column, int row, T value)
    {
        if (column is not null)
        {
            column[row] = value;
        }
    }

    private static int DayNumber(NodaTime.LocalDate date) => BatchColumns.DayNumber(date);
}

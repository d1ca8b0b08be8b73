using NodaTime;
using Orleans;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>
/// The durable state of an <see cref="IOrgUnitReportsGrain"/>: the reports it admitted, as columns of primitives
/// (what the figures and the report key need: target, org unit, date, value, fraction, stage, received, and a
/// revision's number, submitted time and a correction's reason), from which the grain rebuilds its store when it is
/// activated again — on another silo after a failure, say. Targets are kept as their index in the plan, org units as
/// their index in the grain's subtree (<see cref="HeldCodes"/>), dates as days from the plan period's start: a few
/// bytes a report, where codes and dates as objects cost tens.
/// </summary>
/// <remarks>Reporter, note and evidence links are not kept: the grain aggregates, it is not the archive.</remarks>
[GenerateSerializer]
internal sealed class HeldReports
{
    [Id(0)] public List<int> Target { get; set; } = [];

    [Id(1)] public List<int> OrgUnit { get; set; } = [];

    [Id(2)] public List<int> Day { get; set; } = [];

    [Id(3)] public List<decimal> Value { get; set; } = [];

    // Sparse columns, by row.
    [Id(4)] public Dictionary<int, decimal> Numerator { get; set; } = [];

    [Id(5)] public Dictionary<int, decimal> Denominator { get; set; } = [];

    [Id(6)] public Dictionary<int, string> Stage { get; set; } = [];

    [Id(7)] public Dictionary<int, LocalDate> Received { get; set; } = [];

    [Id(8)] public Dictionary<int, int> Revision { get; set; } = [];

    [Id(9)] public Dictionary<int, LocalDateTime> Submitted { get; set; } = [];

    [Id(10)] public Dictionary<int, string> Reason { get; set; } = [];

    public int Count => Target.Count;

    /// <summary>Adds a report, its target, org unit and day given as the indices the state keeps.</summary>
    public void Add(ProgressReport report, int target, int orgUnit, int day)
    {
        var row = Target.Count;
        Add(target, orgUnit, day, report.Value, report.Numerator, report.Denominator);
        if (report.Stage is { } stage)
        {
            Stage[row] = stage;
        }

        if (report.Received is { } received)
        {
            Received[row] = received;
        }

        if (report.Revision > 0)
        {
            Revision[row] = report.Revision;
        }

        if (report.Submitted is { } submitted)
        {
            Submitted[row] = submitted;
        }

        if (report.Reason is { } reason)
        {
            Reason[row] = reason;
        }
    }

    /// <summary>Adds a plain first report (no revision, correction or details), given by its indices and amounts.</summary>
    public void Add(int target, int orgUnit, int day, decimal value, decimal? numerator, decimal? denominator)
    {
        var row = Target.Count;
        Target.Add(target);
        OrgUnit.Add(orgUnit);
        Day.Add(day);
        Value.Add(value);
        if (numerator is { } n)
        {
            Numerator[row] = n;
        }

        if (denominator is { } d)
        {
            Denominator[row] = d;
        }
    }

    /// <summary>Makes room for a number of rows in the dense columns (a batch's, so that they keep no spare room).</summary>
    public void EnsureCapacity(int rows)
    {
        Target.EnsureCapacity(rows);
        OrgUnit.EnsureCapacity(rows);
        Day.EnsureCapacity(rows);
        Value.EnsureCapacity(rows);
    }

    /// <summary>Forgets the rows from a count on (a batch whose write failed).</summary>
    public void TruncateTo(int count)
    {
        for (var row = Count - 1; row >= count; row--)
        {
            Numerator.Remove(row);
            Denominator.Remove(row);
            Stage.Remove(row);
            Received.Remove(row);
            Revision.Remove(row);
            Submitted.Remove(row);
            Reason.Remove(row);
        }

        Target.RemoveRange(count, Count - count);
        OrgUnit.RemoveRange(count, OrgUnit.Count - count);
        Day.RemoveRange(count, Day.Count - count);
        Value.RemoveRange(count, Value.Count - count);
    }

    /// <summary>
    /// The report of a row, its codes and date read back through the grain's tables: a correction (冲减, a negative
    /// value, with its reason) or a report, through the one constructor and list of fields for both.
    /// </summary>
    public ProgressReport Report(int row, HeldCodes codes)
        => new(codes.Targets[Target[row]], codes.OrgUnits[OrgUnit[row]], codes.Start.PlusDays(Day[row]), Value[row], negative: Value[row] < 0)
        {
            Reason = Reason.GetValueOrDefault(row),
            Revision = Revision.GetValueOrDefault(row),
            Submitted = Submitted.TryGetValue(row, out var submitted) ? submitted : null,
            Numerator = Numerator.TryGetValue(row, out var numerator) ? numerator : null,
            Denominator = Denominator.TryGetValue(row, out var denominator) ? denominator : null,
            Stage = Stage.GetValueOrDefault(row),
            Received = Received.TryGetValue(row, out var received) ? received : null,
        };

    /// <summary>Whether a report says the same as a held row of its key and revision (what the figures read: value, fraction, stage, submitted time, reason).</summary>
    public bool SameAs(int row, ProgressReport report)
        => SameAs(row, report.Value, report.Numerator, report.Denominator, report.Submitted, report.Reason, report.Stage);

    /// <summary>Whether a report given by its fields says the same as a held row of its key and revision.</summary>
    public bool SameAs(int row, decimal value, decimal? numerator, decimal? denominator, LocalDateTime? submitted, string? reason, string? stage)
        => Value[row] == value
            && (Submitted.TryGetValue(row, out var s) ? s : (LocalDateTime?)null) == submitted
            && Reason.GetValueOrDefault(row) == reason
            && (Numerator.TryGetValue(row, out var n) ? n : (decimal?)null) == numerator
            && (Denominator.TryGetValue(row, out var d) ? d : (decimal?)null) == denominator
            && Stage.GetValueOrDefault(row) == stage;
}

/// <summary>What the indices of <see cref="HeldReports"/> stand for in one grain: the plan's targets, the subtree's org units, the first day.</summary>
internal sealed record HeldCodes(TargetId[] Targets, OrgUnitCode[] OrgUnits, LocalDate Start);

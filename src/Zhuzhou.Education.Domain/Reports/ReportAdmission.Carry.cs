using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// What the checks across reports carry from one batch of a file to the next, so that a file read in batches is
/// warned of exactly what it would be read whole: for each target and org unit, only its latest date's figure and the
/// date's before it (never the reports themselves).
/// </summary>
/// <remarks>
/// <para>A file's batches are checked in order, each after the last, with one carry (<see cref="IHeldReports.Carried"/>).
/// Exact for every file whose reports of each target and org unit are not dated before one of theirs read in an earlier
/// batch (a progress file, written as the reports came, is); a report dated earlier than that is compared with the
/// latest figure read.</para>
/// <para>Not thread-safe: one file's read at a time.</para>
/// </remarks>
internal sealed class ReportCarry
{
    private readonly Dictionary<(int Target, OrgUnitCode Unit), Figure> figures = [];

    /// <summary>The cells (target × org unit) carried.</summary>
    internal int Count => figures.Count;

    /// <summary>The figure carried for a target (its number in the plan) and an org unit, if any.</summary>
    internal bool TryGet(int target, OrgUnitCode unit, out Figure figure) => figures.TryGetValue((target, unit), out figure);

    /// <summary>Carries a figure for a target and an org unit, in place of the one carried.</summary>
    internal void Set(int target, OrgUnitCode unit, Figure figure) => figures[(target, unit)] = figure;

    /// <summary>The figure after a report (taken in the order of date and revision, duplicates left out).</summary>
    /// <param name="last">The figure so far; null for none.</param>
    /// <param name="date">The report's date.</param>
    /// <param name="revision">Its revision.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The figure with the report counted; unchanged for a report dated before the figure's date.</returns>
    internal static Figure Next(Figure? last, LocalDate date, int revision, decimal value) => last switch
    {
        null => new Figure(date, value, revision, revision, null),
        { } l when date > l.Date => new Figure(date, value, revision, revision, (l.Date, l.Value)),
        { } l when date == l.Date => revision > l.MaxRevision
            ? l with { Value = value, MaxRevision = revision, MinRevision = Math.Min(l.MinRevision, revision) }
            : l with { MinRevision = Math.Min(l.MinRevision, revision) },
        { } l => l,
    };

    /// <summary>A target's figure at an org unit: its latest date, that date's latest value, the revisions read of it, and the date's before.</summary>
    /// <param name="Date">The latest date read.</param>
    /// <param name="Value">The value of its latest revision.</param>
    /// <param name="MinRevision">The lowest revision read of the date.</param>
    /// <param name="MaxRevision">The highest revision read of the date.</param>
    /// <param name="Before">The date before it and its latest value (what a later revision of the date is compared with).</param>
    internal readonly record struct Figure(LocalDate Date, decimal Value, int MinRevision, int MaxRevision, (LocalDate Date, decimal Value)? Before);
}

using NodaTime;

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
/// <para>Indexed by the cells' numbers in the file (<see cref="Cells"/>): no org unit's code is hashed to find a figure.</para>
/// <para>Not thread-safe: one file's read at a time.</para>
/// </remarks>
internal sealed class ReportCarry
{
    private Figure?[] figures = [];
    private int count;

    /// <summary>The file's numbers of org units and cells, which the figures are indexed by.</summary>
    internal ReportCells Cells { get; } = new();

    /// <summary>The cells (target × org unit) carried.</summary>
    internal int Count => count;

    /// <summary>The figure carried for a cell (its number in <see cref="Cells"/>), if any.</summary>
    internal bool TryGet(int cell, out Figure figure)
    {
        var carried = cell < figures.Length ? figures[cell] : null;
        figure = carried.GetValueOrDefault();
        return carried.HasValue;
    }

    /// <summary>Carries a figure for a cell (its number in <see cref="Cells"/>), in place of the one carried.</summary>
    internal void Set(int cell, Figure figure)
    {
        if (cell >= figures.Length)
        {
            Array.Resize(ref figures, Math.Max(Math.Max(16, figures.Length * 2), cell + 1));
        }

        count += figures[cell].HasValue ? 0 : 1;
        figures[cell] = figure;
    }

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

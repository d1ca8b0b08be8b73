using NodaTime;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <content>A batch of plain first reports, admitted and appended as rows, without a report object a row.</content>
internal sealed partial class OrgUnitReportsGrain
{
    // Each day of the store's range as a date, made once (a row's date is its day from the range's start).
    private LocalDate[]? dates;

    /// <summary>
    /// Appends a batch read off the wire as rows: placed by their wire keys, those already held skipped, the rest
    /// admitted by the store's <see cref="ReportAdmission"/> (the one rule set; its row form) and laid out by the store
    /// (<c>ReportStore.TryAppendAdmitted</c>), then added to the state's columns — the receipt. Null, with nothing
    /// changed, when the batch is not for this path: a row that is a revision, a correction or has details, a number
    /// out of range, a grain
    /// split into partitions, a row not of this grain's targets, org units or dates, a problem admission finds or a
    /// key the store holds; the reports' path then appends it or says why it is refused, in the batch's numbering.
    /// </summary>
    private BatchReceipt? AppendRows(BatchColumns columns)
    {
        if (partitioning.Partitions != 1 || Places(columns) is not { } places)
        {
            return null;
        }

        // A number out of range is what a reader checks before it makes a row (a report object refuses it when made).
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns.IsRare(i)
                || (columns.Numerator(i) is { } numerator && ReportAdmission.CheckNumber(i, "numerator", numerator) is not null)
                || (columns.Denominator(i) is { } denominator && ReportAdmission.CheckNumber(i, "denominator", denominator) is not null))
            {
                return null;
            }
        }

        dates ??= [.. Enumerable.Range(0, lastDayNumber - firstDayNumber + 1).Select(codes.Start.PlusDays)];
        var rows = new AdmissionRow[columns.Count];
        var fresh = new int[columns.Count];
        var (count, alreadyHeld) = (0, 0);
        var anyHeld = State.Count > 0;
        for (var i = 0; i < columns.Count; i++)
        {
            var (target, unit, day) = places[i];
            var (value, numerator, denominator) = (columns.Values[i], columns.Numerator(i), columns.Denominator(i));
            if (anyHeld && Held.TryGetValue(Key(target, unit, day, 0), out var held) && State.SameAs(held, value, numerator, denominator, null, null, null))
            {
                alreadyHeld++;
                continue;
            }

            fresh[count] = i;
            rows[count++] = new AdmissionRow(target, codes.Targets[target], codes.OrgUnits[unit], dates[day], value, numerator, denominator);
        }

        var admitted = rows.AsSpan(0, count);
        if (count > 0 && (store.Admission.Check(admitted, listWarnings: false, out _).Any(p => p.IsError) || store.TryAppendAdmitted(admitted) is not null))
        {
            return null;
        }

        State.EnsureCapacity(State.Count + count);
        foreach (var i in fresh.AsSpan(0, count))
        {
            var (target, unit, day) = places[i];
            if (heldIndex is not null)
            {
                heldIndex[Key(target, unit, day, 0)] = State.Count;
            }

            State.Add(target, unit, day, columns.Values[i], columns.Numerator(i), columns.Denominator(i));
        }

        return new BatchReceipt { Added = count, AlreadyHeld = alreadyHeld };
    }

    /// <summary>
    /// Where each row of a batch read off the wire goes in the state's columns, from its wire keys (one lookup a
    /// distinct org unit); null if a row is not of this grain's targets, org units or dates.
    /// </summary>
    private Placed[]? Places(BatchColumns columns)
    {
        var units = new int[columns.Codes.Length];
        for (var c = 0; c < units.Length; c++)
        {
            units[c] = unitIndex.TryGetValue(columns.Codes[c], out var unit) ? unit : -1;
        }

        var places = new Placed[columns.Count];
        for (var i = 0; i < places.Length; i++)
        {
            var (unit, dayNumber) = (units[columns.OrgUnits[i]], columns.DayNumbers[i]);
            if (!wireTargetIndex.TryGetValue(columns.Targets[i], out var target) || unit < 0 || dayNumber < firstDayNumber || dayNumber > lastDayNumber)
            {
                return null;
            }

            places[i] = new Placed(target, unit, dayNumber - firstDayNumber);
        }

        return places;
    }
}

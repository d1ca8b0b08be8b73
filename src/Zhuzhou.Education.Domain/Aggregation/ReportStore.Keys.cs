namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>One report per (target, org unit, day): the checks against what is stored.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// Whether a report with this (target, org unit, day) key is stored (false for indices outside the plan,
    /// tree or range). For the admission rules: a report whose key is held would be refused by an append.
    /// </summary>
    /// <param name="target">The target's index in the plan.</param>
    /// <param name="orgUnit">The org unit's index in the tree.</param>
    /// <param name="day">The day number.</param>
    /// <returns>Whether the key is held.</returns>
    internal bool Holds(int target, int orgUnit, int day)
    {
        if ((uint)target >= (uint)Layout.TargetCount || (uint)orgUnit >= (uint)Layout.UnitCount || (uint)day >= (uint)Layout.DayCount)
        {
            return false;
        }

        using var read = Memory.Read();
        return Holds(Volatile.Read(ref segments), (target * Layout.UnitCount) + orgUnit, day);
    }

    private static bool Holds(Segment[] stored, int cell, int day)
    {
        foreach (var segment in stored)
        {
            if (day >= segment.MinDay && day <= segment.MaxDay && segment.Holds(cell, day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first row of a new batch (already laid out as <paramref name="fresh"/>) whose key is stored, or null.
    /// A stored segment is searched only where its days overlap the batch's, cell by cell along both sorted
    /// directories; reports arriving in rounds, later days after earlier ones, cost one comparison a segment.
    /// </summary>
    private RowFault? FirstStoredKey(Segment[] stored, Segment fresh, ReadOnlySpan<ReportRow> rows)
    {
        foreach (var segment in stored)
        {
            if (segment.MaxDay >= fresh.MinDay && segment.MinDay <= fresh.MaxDay && SharesKey(segment, fresh))
            {
                // Rare: name the first row of the batch in its own order.
                for (var i = 0; i < rows.Length; i++)
                {
                    if (Holds(stored, (rows[i].Target * Layout.UnitCount) + rows[i].OrgUnit, rows[i].Day))
                    {
                        return RowFault.Stored(Layout, i, rows[i]);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether two segments hold a common (cell, day) key.</summary>
    private static bool SharesKey(Segment older, Segment fresh)
    {
        var olderEntry = 0;
        var olderEntries = older.Entries;
        var olderCells = older.Cells;
        var olderStart = older.Start;
        var freshStart = fresh.Start;
        for (var e = 0; e < fresh.Entries; e++)
        {
            var (from, to) = (freshStart[e], freshStart[e + 1]);
            if (from == to)
            {
                continue;
            }

            var cell = fresh.CellAt(e);
            if (!older.IsDense)
            {
                while (olderEntry < olderEntries && olderCells[olderEntry] < cell)
                {
                    olderEntry++;
                }

                if (olderEntry == olderEntries)
                {
                    return false;
                }

                if (olderCells[olderEntry] != cell)
                {
                    continue;
                }
            }
            else
            {
                olderEntry = cell;
            }

            if (Intersect(older.Days[olderStart[olderEntry]..olderStart[olderEntry + 1]], fresh.Days[from..to]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two sorted runs of days share a day.</summary>
    private static bool Intersect(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        if (a.IsEmpty || b.IsEmpty || a[^1] < b[0] || b[^1] < a[0])
        {
            return false;
        }

        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}

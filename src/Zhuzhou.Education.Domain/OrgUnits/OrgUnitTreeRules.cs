namespace Zhuzhou.Education.Domain.OrgUnits;

/// <summary>One unit as a file lists it: its code, its parent's code, and its level where the file gives one.</summary>
internal readonly record struct OrgUnitRow(OrgUnitCode Code, OrgUnitCode? Parent, OrgUnitLevel? Level);

/// <summary>What can be wrong with a list of units as a tree.</summary>
internal enum OrgUnitFaultKind
{
    /// <summary>A code repeats that of an earlier unit (<see cref="OrgUnitFault.Other"/>).</summary>
    DuplicateCode,

    /// <summary>The parent's code is not the code of any unit.</summary>
    UnknownParent,

    /// <summary>No unit is without a parent (the list may be empty).</summary>
    NoRoot,

    /// <summary>A second unit without a parent; <see cref="OrgUnitFault.Other"/> is the first.</summary>
    SecondRoot,

    /// <summary>The unit and its parents lead back to it; <see cref="OrgUnitFault.Cycle"/> lists them.</summary>
    Cycle,

    /// <summary>The unit's level is not below its parent's (<see cref="OrgUnitFault.Other"/>).</summary>
    NotBelowParent,

    /// <summary>The unit has no level of its own and its parent is a school, which has no level beneath it.</summary>
    BeneathSchool,
}

/// <summary>A fault of a list of units: which unit (its position), what, and the other unit it involves.</summary>
internal readonly record struct OrgUnitFault(OrgUnitFaultKind Kind, int Index, int Other = -1, IReadOnlyList<OrgUnitCode>? Cycle = null);

/// <summary>
/// What makes a list of org units a tree, in one place: codes that do not repeat, parents that exist, exactly one
/// root, no cycle, and each unit's level below its parent's — a unit without a level of its own takes the one below
/// its parent's (the root, a city). <see cref="OrgUnitTree.Create"/> throws on the first fault; the loaders of
/// org unit files list every fault at its place.
/// </summary>
internal static class OrgUnitTreeRules
{
    /// <summary>Every fault of the list's shape (codes, parents, roots, cycles), in the order of the units.</summary>
    public static List<OrgUnitFault> CheckShape(IReadOnlyList<OrgUnitRow> rows)
    {
        var faults = new List<OrgUnitFault>();
        var index = new Dictionary<OrgUnitCode, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!index.TryAdd(rows[i].Code, i))
            {
                faults.Add(new(OrgUnitFaultKind.DuplicateCode, i, index[rows[i].Code]));
            }
        }

        var root = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Parent is not { } parent)
            {
                if (root < 0)
                {
                    root = i;
                }
                else
                {
                    faults.Add(new(OrgUnitFaultKind.SecondRoot, i, root));
                }
            }
            else if (!index.ContainsKey(parent))
            {
                faults.Add(new(OrgUnitFaultKind.UnknownParent, i));
            }
        }

        if (root < 0)
        {
            faults.Add(new(OrgUnitFaultKind.NoRoot, -1));
        }

        faults.AddRange(Cycles(rows, index));
        return faults;
    }

    /// <summary>
    /// The level of every unit of a list whose shape is sound: its own, or the one below its parent's (a city for a
    /// root without one); and the faults of levels that are not below their parents'.
    /// </summary>
    public static (OrgUnitLevel[] Levels, List<OrgUnitFault> Faults) CheckLevels(IReadOnlyList<OrgUnitRow> rows)
    {
        var index = new Dictionary<OrgUnitCode, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            index[rows[i].Code] = i;
        }

        var levels = new OrgUnitLevel?[rows.Count];
        var faults = new List<OrgUnitFault>();
        for (var i = 0; i < rows.Count; i++)
        {
            Resolve(i);
        }

        return ([.. levels.Select(l => l ?? OrgUnitLevel.School)], faults);

        OrgUnitLevel Resolve(int i)
        {
            if (levels[i] is { } known)
            {
                return known;
            }

            // Walk up to the first unit whose level is known (or the root), then come back down: no recursion on deep trees.
            var chain = new Stack<int>();
            for (var at = i; levels[at] is null; at = index[rows[at].Parent!.Value])
            {
                chain.Push(at);
                if (rows[at].Parent is null)
                {
                    break;
                }
            }

            while (chain.TryPop(out var at))
            {
                var parent = rows[at].Parent is { } p ? index[p] : -1;
                var parentLevel = parent < 0 ? (OrgUnitLevel?)null : levels[parent];
                var level = rows[at].Level ?? (parentLevel is { } pl ? (pl == OrgUnitLevel.School ? pl : pl + 1) : OrgUnitLevel.City);
                if (parentLevel is { } above && level <= above)
                {
                    faults.Add(new(rows[at].Level is null ? OrgUnitFaultKind.BeneathSchool : OrgUnitFaultKind.NotBelowParent, at, parent));
                }

                levels[at] = level;
            }

            return levels[i]!.Value;
        }
    }

    /// <summary>One fault per cycle, at the unit of the cycle listed first, with the cycle's codes from it round to it.</summary>
    private static IEnumerable<OrgUnitFault> Cycles(IReadOnlyList<OrgUnitRow> rows, Dictionary<OrgUnitCode, int> index)
    {
        // 0 unvisited, 1 on the current walk, 2 done.
        var state = new byte[rows.Count];
        var cycles = new List<List<int>>();
        for (var start = 0; start < rows.Count; start++)
        {
            var walk = new List<int>();
            var at = start;
            while (at >= 0 && state[at] == 0 && index[rows[at].Code] == at)
            {
                state[at] = 1;
                walk.Add(at);
                at = rows[at].Parent is { } p && index.TryGetValue(p, out var parent) ? parent : -1;
            }

            if (at >= 0 && state[at] == 1)
            {
                cycles.Add(walk[walk.IndexOf(at)..]);
            }

            foreach (var done in walk)
            {
                state[done] = 2;
            }
        }

        foreach (var cycle in cycles)
        {
            var first = cycle.Min();
            var from = cycle.IndexOf(first);
            var codes = cycle.Skip(from).Concat(cycle.Take(from)).Append(first).Select(i => rows[i].Code).ToList();
            yield return new(OrgUnitFaultKind.Cycle, first, Cycle: codes);
        }
    }
}

using System.Runtime.CompilerServices;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>How a reading finds the org unit a record names, and checks the units the resolver joined.</content>
public static partial class ProgressCsv
{
    /// <content>The org units of one load.</content>
    internal sealed partial class Reading
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private OrgUnit? Unit(ReadOnlySpan<char> text)
        {
            if (units.TryGetValue(text, out var unit))
            {
                return unit;
            }

            // Each distinct text is resolved once: by code or name in the tree, else by the caller's rule.
            var written = text.ToString();
            unit = tree.Resolve(written);
            if (unit is null && options.ResolveOrgUnit?.Invoke(written) is { } joining)
            {
                lock (added)
                {
                    if (!added.TryGetValue(joining.Code, out unit))
                    {
                        added[joining.Code] = unit = joining;
                        joined.Add(joining);
                    }
                }
            }

            units[written] = unit;
            return unit;
        }

        /// <summary>How many units the resolver has joined so far (asked by the reading thread).</summary>
        private int JoinedCount => joined.Count;

        /// <summary>
        /// Makes sure the units the resolver joined since the last batch, up to the first <paramref name="limit"/> (those
        /// joined by the batch's end: the reading may be ahead), form a tree with the tree's units. A unit
        /// with a new code beneath a unit of the tree or another joined unit, at a level below its parent's, cannot
        /// break it (no duplicate, no second root, no unknown parent, and no cycle, since levels only go down); for
        /// any other, the tree's own rules decide and throw as <see cref="OrgUnitTree.Create"/> does.
        /// </summary>
        private void CheckJoined(int limit)
        {
            lock (added)
            {
                for (; joinedChecked < limit; joinedChecked++)
                {
                    var unit = joined[joinedChecked];
                    if (tree.Contains(unit.Code) || unit.Parent is not { } code
                        || (tree.Find(code) ?? JoinedBefore(code, limit)) is not { } parent || unit.Level <= parent.Level)
                    {
                        _ = OrgUnitTree.Create([.. tree.Units, .. joined.Take(limit)]);
                        joinedChecked = limit;
                        return;
                    }
                }
            }
        }

        /// <summary>The unit of the code if it is among the first <paramref name="limit"/> joined.</summary>
        private OrgUnit? JoinedBefore(OrgUnitCode code, int limit)
            => added.TryGetValue(code, out var unit) && joined.IndexOf(unit) < limit ? unit : null;
    }
}

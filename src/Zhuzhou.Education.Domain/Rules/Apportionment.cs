using System.Collections.Immutable;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// Who owes what (任务分解): what an org unit owes of a target — the target as it applies to the unit, with the unit's
/// part of the required amount — or nothing.
/// </summary>
/// <remarks>
/// <para>The root of the tree (the issuer) owes every target whole. Below it: a count is owed only where the target's
/// <see cref="Target.Allocation"/> gives the unit a part — its explicit amount, or its share of a proportional split
/// in whole measure units (largest remainder, ties to the lower org unit code; of a range, the minimum is split and
/// then the span above it, so each part's maximum is at least its minimum) — or gives parts to units beneath it, whose sum it then owes; a share (coverage, a percentage) is owed by
/// every unit alike; a milestone by the units of its <see cref="Target.Scope"/>: the responsible unit, or every unit
/// of a level and every unit above them (for their units in scope). Every amount is exact.</para>
/// <para>An explicit part of a range or an at-least target is owed as "at least" its amount; of an exact target,
/// exactly; of an at-most target, at most, against the part's own baseline.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class Apportionment
{
    /// <summary>What an org unit owes of a target.</summary>
    /// <param name="target">The target, as the plan states it.</param>
    /// <param name="orgUnits">The org unit tree.</param>
    /// <param name="orgUnit">The org unit.</param>
    /// <returns>The target as it applies to the unit (the plan's own where the unit owes it whole), or null when the unit owes nothing of it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="orgUnits"/> is null.</exception>
    /// <exception cref="ArgumentException">The tree has no such org unit.</exception>
    public static Target? OwedBy(Target target, OrgUnitTree orgUnits, OrgUnitCode orgUnit)
        => OwedBySplitting(target, orgUnits, orgUnit, static (t, allocation) => Parts(t, allocation));

    /// <summary>
    /// What an org unit owes of a target, with an allocation's parts from <paramref name="partsOf"/>: a caller that asks
    /// for many units (the engine) splits each target once, not once a unit.
    /// </summary>
    internal static Target? OwedBySplitting(Target target, OrgUnitTree orgUnits, OrgUnitCode orgUnit, Func<Target, Allocation, Dictionary<OrgUnitCode, Target>> partsOf)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(orgUnits);
        var unit = orgUnits.Find(orgUnit) ?? throw new ArgumentException($"Org unit {orgUnit} is not in the tree.", nameof(orgUnit));
        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            return InScope(target, orgUnits, unit) ? target : null;
        }

        if (unit.Parent is null || target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            return target;
        }

        if (target.Allocation is not { } allocation)
        {
            return null;
        }

        var parts = partsOf(target, allocation);
        if (parts.TryGetValue(orgUnit, out var own))
        {
            return own;
        }

        // Not listed itself: it owes what the listed units beneath it owe (the topmost of each branch).
        var beneath = parts.Where(p => p.Key != orgUnit && IsTopmostBeneath(orgUnits, parts, p.Key, orgUnit)).Select(p => p.Value).ToList();
        return beneath.Count == 0 ? null : Sum(target, beneath);
    }

    /// <summary>
    /// Splits a whole amount by weights into parts that add up to it, in whole units of the amount's own precision
    /// (whole measure units for a whole amount): each part is the floor of its proportional share, and the units left
    /// go one each to the largest remainders, ties to the lower org unit code (ordinal).
    /// </summary>
    internal static ImmutableArray<decimal> Split(decimal whole, IReadOnlyList<(OrgUnitCode Unit, decimal Weight)> weights)
    {
        var step = Step(whole);
        var total = weights.Sum(w => w.Weight);
        var steps = whole / step;
        var parts = new decimal[weights.Count];
        var remainders = new (decimal Remainder, string Code, int Index)[weights.Count];
        var given = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = steps * weights[i].Weight / total;
            parts[i] = Math.Floor(exact);
            given += parts[i];
            remainders[i] = (exact - parts[i], weights[i].Unit.Value, i);
        }

        var left = (int)(steps - given);
        foreach (var (_, _, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Code, StringComparer.Ordinal).Take(left))
        {
            parts[index]++;
        }

        return [.. parts.Select(p => p * step)];
    }

    /// <summary>Whether a milestone is the unit's to complete: the responsible unit (and the root, which answers for it), or a unit of the scope's level or above.</summary>
    internal static bool InScope(Target target, OrgUnitTree orgUnits, OrgUnit unit)
    {
        var scope = target.Scope;
        if (scope.Kind == MilestoneScopeKind.Issuer)
        {
            return unit.Parent is null || unit.Code == scope.Responsible;
        }

        return unit.Level == scope.Level || UnitsInScope(target, orgUnits, unit.Code).Count > 0;
    }

    /// <summary>
    /// The units whose own reports make up a milestone's figure for a unit that owes it: the responsible unit (the
    /// root's own, by default), or the units of the scope's level at or beneath it.
    /// </summary>
    internal static IReadOnlyList<OrgUnit> UnitsInScope(Target target, OrgUnitTree orgUnits, OrgUnitCode orgUnit)
    {
        var scope = target.Scope;
        if (scope.Kind == MilestoneScopeKind.Issuer)
        {
            return [orgUnits.Find(scope.Responsible ?? orgUnits.Root.Code) ?? orgUnits.Root];
        }

        return [.. orgUnits.UnitsAt(scope.Level!.Value).Where(u => orgUnits.AncestorsAndSelf(u.Code).Any(a => a.Code == orgUnit))];
    }

    private static bool IsTopmostBeneath(OrgUnitTree orgUnits, Dictionary<OrgUnitCode, Target> parts, OrgUnitCode listed, OrgUnitCode unit)
    {
        foreach (var ancestor in orgUnits.AncestorsAndSelf(listed).Skip(1))
        {
            if (ancestor.Code == unit)
            {
                return true;
            }

            if (parts.ContainsKey(ancestor.Code))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Each listed unit's target: its explicit amount, or its part of the proportional split.</summary>
    /// <summary>Every listed unit's part of a target (its explicit amount, or its share of the proportional split).</summary>
    internal static Dictionary<OrgUnitCode, Target> Parts(Target target, Allocation allocation)
    {
        var c = target.Comparison;
        var result = new Dictionary<OrgUnitCode, Target>(allocation.Parts.Length);
        if (allocation.Method == AllocationMethod.Explicit)
        {
            foreach (var part in allocation.Parts)
            {
                var comparison = c.Kind switch
                {
                    ComparisonKind.Exactly => Comparison.Exactly(part.Amount),
                    ComparisonKind.AtMost => Comparison.AtMost(part.Amount),
                    _ => Comparison.AtLeast(part.Amount),
                };
                result[part.OrgUnit] = AsApplies(target, comparison, part.Baseline);
            }

            return result;
        }

        var weights = allocation.Parts.Select(p => (p.OrgUnit, p.Amount)).ToList();
        var minimum = Split(c.Minimum!.Value, weights);
        // A range: the minimum split, then the span above it split the same way, so that every part's maximum is at
        // least its minimum (each bound split on its own could cross: 3–4 over weights 1, 3, 3 gave 1–0).
        var maximum = c.Kind == ComparisonKind.Between
            ? [.. minimum.Zip(Split(c.Maximum!.Value - c.Minimum.Value, weights), static (low, span) => low + span)]
            : minimum;
        for (var i = 0; i < weights.Count; i++)
        {
            var comparison = c.Kind switch
            {
                ComparisonKind.Exactly => Comparison.Exactly(minimum[i]),
                ComparisonKind.Between => Comparison.Between(minimum[i], maximum[i]),
                _ => Comparison.AtLeast(minimum[i]),
            };
            result[weights[i].OrgUnit] = AsApplies(target, comparison, null);
        }

        return result;
    }

    // Parts of one target share the comparison kind its allocation gives them.
    private static Target Sum(Target target, List<Target> parts)
    {
        decimal? Total(Func<Target, decimal?> value) => parts.All(p => value(p) is not null) ? parts.Sum(p => value(p)!.Value) : null;

        var comparison = parts[0].Comparison.Kind switch
        {
            ComparisonKind.Exactly => Comparison.Exactly(Total(p => p.Comparison.Minimum)!.Value),
            ComparisonKind.AtMost => Comparison.AtMost(Total(p => p.Comparison.Maximum)!.Value),
            ComparisonKind.Between => Comparison.Between(Total(p => p.Comparison.Minimum)!.Value, Total(p => p.Comparison.Maximum)!.Value),
            _ => Comparison.AtLeast(Total(p => p.Comparison.Minimum)!.Value),
        };
        return AsApplies(target, comparison, Total(p => p.Baseline));
    }

    private static Target AsApplies(Target target, Comparison comparison, decimal? baseline)
        => new(target.Id, target.Subject, comparison, target.Unit)
        {
            Text = target.Text,
            TimeAggregation = target.TimeAggregation,
            OrgUnitAggregation = target.OrgUnitAggregation,
            Direction = target.Direction,
            ReportingFrequency = target.ReportingFrequency,
            Baseline = baseline,
            Deadline = target.Deadline,
            Weight = target.Weight,
            Schedule = target.Schedule,
        };

    // Whole units for a whole amount; otherwise the amount's last decimal place (2.5 splits in tenths).
    private static decimal Step(decimal whole)
    {
        var scale = (whole / 1.000000000000000000000000000000000m).Scale;
        return scale == 0 ? 1m : new decimal(1, 0, 0, false, scale);
    }
}

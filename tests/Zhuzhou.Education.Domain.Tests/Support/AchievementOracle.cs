using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Support;

/// <summary>
/// A test oracle: what a target's reports add up to as of a date, written independently of the library's
/// arithmetic, straight from DESIGN.md's two axes (time per org unit, then org units), with LINQ and no
/// shared code. The property tests compare the evaluator and the engine with it.
/// </summary>
internal static class AchievementOracle
{
    /// <summary>The amount (for a share Σ numerators / Σ denominators), the numerator and denominator of a share, and how many reports count.</summary>
    public static (decimal Amount, decimal? Numerator, decimal? Denominator, int ReportCount) Of(Target target, IEnumerable<ProgressReport> reports, LocalDate asOf)
    {
        var share = target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Comparison.Kind != ComparisonKind.Milestone;
        var milestone = target.Comparison.Kind == ComparisonKind.Milestone;
        var perUnit = reports.Where(r => r.Target == target.Id && r.Date <= asOf)
            .GroupBy(r => r.OrgUnit)
            .Select(g => AcrossTime(target.TimeAggregation, share, [.. g.OrderBy(r => r.Date)]))
            .ToList();
        var count = perUnit.Sum(u => u.Count);
        if (count == 0)
        {
            return (0m, null, null, 0);
        }

        if (share)
        {
            var n = perUnit.Sum(u => u.Numerator);
            var d = perUnit.Sum(u => u.Denominator);
            return (n / d, n, d, count);
        }

        // A milestone: the units whose reports are given are the units in scope; done / in scope.
        return (milestone ? perUnit.Sum(u => u.Value) / perUnit.Count(u => u.Count > 0) : perUnit.Sum(u => u.Value), null, null, count);
    }

    /// <summary>
    /// What counts for one unit of a tree, by DESIGN.md's "Who owes what": a count or share sums its subtree; a
    /// milestone the issuer owes is the responsible unit's own reports (the root's by default) for the root and that
    /// unit, every other unit's own; one every unit of a level owes is, for a unit with units of that level at or
    /// beneath it, their own completions summed over their number (silent ones 0), else the unit's own.
    /// </summary>
    public static (decimal Amount, int ReportCount) Of(Target target, OrgUnitTree tree, OrgUnitCode unit, IReadOnlyList<ProgressReport> reports, LocalDate asOf)
    {
        bool Beneath(OrgUnitCode u, OrgUnitCode above) => tree.AncestorsAndSelf(u).Any(a => a.Code == above);
        (decimal Amount, int Count) Own(OrgUnitCode u)
        {
            var (amount, _, _, count) = Of(target, reports.Where(r => r.OrgUnit == u), asOf);
            return (amount, count);
        }

        if (target.Comparison.Kind != ComparisonKind.Milestone)
        {
            var (amount, _, _, count) = Of(target, reports.Where(r => Beneath(r.OrgUnit, unit)), asOf);
            return (amount, count);
        }

        if (target.Scope.Kind == MilestoneScopeKind.Issuer)
        {
            var responsible = target.Scope.Responsible ?? tree.Root.Code;
            return Own(unit == tree.Root.Code ? responsible : unit);
        }

        var inScope = tree.Units.Where(u => u.Level == target.Scope.Level && Beneath(u.Code, unit)).Select(u => Own(u.Code)).ToList();
        return inScope.Count == 0 ? Own(unit) : (inScope.Sum(u => u.Amount) / inScope.Count, inScope.Sum(u => u.Count));
    }

    private static (decimal Value, decimal Numerator, decimal Denominator, int Count) AcrossTime(TimeAggregation time, bool share, List<ProgressReport> reports)
    {
        static (decimal, decimal, decimal, int) One(ProgressReport r) => (r.Value, r.Numerator ?? 0m, r.Denominator ?? 0m, 1);

        switch (time)
        {
            case TimeAggregation.Increment:
                return (reports.Sum(r => r.Value), reports.Sum(r => r.Numerator ?? 0m), reports.Sum(r => r.Denominator ?? 0m), reports.Count);
            case TimeAggregation.Average:
                return (reports.Average(r => r.Value), reports.Average(r => r.Numerator ?? 0m), reports.Average(r => r.Denominator ?? 0m), reports.Count);
            case TimeAggregation.Maximum:
            case TimeAggregation.Minimum:
                // Ordered by value (a share by its ratio), then numerator, then denominator, then date: the greatest or the least.
                var ordered = reports
                    .OrderBy(r => share ? r.Numerator!.Value / r.Denominator!.Value : r.Value)
                    .ThenBy(r => share ? r.Numerator!.Value : 0m)
                    .ThenBy(r => share ? r.Denominator!.Value : 0m)
                    .ThenBy(r => r.Date)
                    .ToList();
                if (time == TimeAggregation.Maximum)
                {
                    return One(ordered[^1]);
                }

                // The least value; among equals the later report.
                var least = ordered[0];
                return One(ordered.Where(r => Key(r, share) == Key(least, share)).MaxBy(r => r.Date)!);
            default:
                return One(reports[^1]);
        }
    }

    private static (decimal, decimal, decimal) Key(ProgressReport r, bool share)
        => share ? (r.Numerator!.Value / r.Denominator!.Value, r.Numerator.Value, r.Denominator.Value) : (r.Value, 0m, 0m);
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Reporting;

/// <summary>
/// One target (指标) of a <see cref="PlanReport"/>: its evaluation for the whole (the city), for each org unit of the
/// breakdown, and the units behind schedule on it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetReport
{
    private readonly PlanReport report;
    private readonly bool reportedBelow;
    private readonly Lazy<ImmutableArray<TargetEvaluation>> byOrgUnit;
    private readonly Lazy<OrgUnitSummary> summary;

    internal TargetReport(TargetEvaluation whole, PlanReport report, bool reportedBelow, ImmutableArray<ProgressReport> revised)
    {
        Whole = whole;
        Revised = revised;
        this.report = report;
        this.reportedBelow = reportedBelow;
        byOrgUnit = new(() =>
        {
            ImmutableArray<TargetEvaluation> all = [.. report.EvaluateEach(whole.Target.Id)];
            return PlanReport.HasUnitFigures(reportedBelow, all) ? all : [];
        });
        summary = new(() => OrgUnitSummary.Of(report.Breakdown, byOrgUnit.IsValueCreated && !byOrgUnit.Value.IsEmpty ? byOrgUnit.Value : report.EvaluateEach(whole.Target.Id), reportedBelow));
    }

    /// <summary>The target.</summary>
    public Target Target => Whole.Target;

    /// <summary>The target evaluated for the root of the tree (the city).</summary>
    public TargetEvaluation Whole { get; }

    /// <summary>
    /// The target evaluated for each org unit of the breakdown, in the order of <see cref="PlanReport.OrgUnits"/>:
    /// against what the unit owes of it (its allocation, or the whole of a share or of a milestone it is in scope
    /// of), or as its contribution where it owes nothing (<see cref="EvaluationStatus.NotAssigned"/>); empty when no
    /// unit of the breakdown owes it and no report on it comes from beneath the root (a city's own milestone).
    /// </summary>
    /// <remarks>Every unit is evaluated on first use and kept; <see cref="EnumerateByOrgUnit"/> keeps none.</remarks>
    public ImmutableArray<TargetEvaluation> ByOrgUnit => byOrgUnit.Value;

    /// <summary>
    /// The org units of the breakdown behind schedule (滞后) or overdue on what they owe of the target — never one that
    /// owes nothing of it.
    /// </summary>
    /// <remarks>
    /// Found, with <see cref="NotAssigned"/>, <see cref="UnitsDone"/> and <see cref="UnitsInScope"/>, in one pass over
    /// the units that evaluates this target alone for each and keeps none of the figures.
    /// </remarks>
    public ImmutableArray<OrgUnit> Behind => summary.Value.Behind;

    /// <summary>The org units of the breakdown that owe nothing of the target (未分解): all of them when it has no allocation.</summary>
    public ImmutableArray<OrgUnit> NotAssigned => summary.Value.NotAssigned;

    /// <summary>
    /// Whether nothing of the target is allocated to the units of the breakdown while some of them reported on it: every
    /// unit's figure is its contribution (未分解), and no unit can be behind.
    /// </summary>
    public bool NoneAllocated => summary.Value is { HasFigures: true } s && s.NotAssigned.Length == report.Breakdown.Length;

    /// <summary>
    /// The same figures as <see cref="ByOrgUnit"/>, evaluated one org unit at a time as the sequence is enumerated and
    /// not kept: memory does not grow with the number of units (for a report by school, 按学校). The i-th figure is
    /// that of <see cref="PlanReport.Breakdown"/>[i]; the sequence is empty when <see cref="ByOrgUnit"/> is.
    /// </summary>
    /// <returns>The figures, in the order of <see cref="PlanReport.Breakdown"/>; each enumeration evaluates again.</returns>
    public IEnumerable<TargetEvaluation> EnumerateByOrgUnit()
        => byOrgUnit.IsValueCreated ? byOrgUnit.Value : report.EvaluateByOrgUnit(Whole.Target.Id, reportedBelow);

    /// <summary>The revisions (修订) and corrections (冲减) among the reports that count for the whole, by org unit and date.</summary>
    public ImmutableArray<ProgressReport> Revised { get; }

    /// <summary>
    /// Whether a revision (修订) or correction (冲减) among <see cref="Revised"/> counts in an org unit's figure: one
    /// reported by the unit or a unit beneath it. Every format marks a unit's row by this rule.
    /// </summary>
    /// <param name="orgUnit">An org unit of the report's tree (of the breakdown, or the root).</param>
    /// <returns>True when the unit's figure counts a revision or correction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orgUnit"/> is null.</exception>
    public bool IsRevisedAt(OrgUnit orgUnit) => RevisedAt(orgUnit).Any();

    /// <summary>
    /// The revisions (修订) and corrections (冲减) among <see cref="Revised"/> that count in an org unit's figure: those
    /// reported by the unit or a unit beneath it (see <see cref="IsRevisedAt"/>).
    /// </summary>
    /// <param name="orgUnit">An org unit of the report's tree (of the breakdown, or the root).</param>
    /// <returns>The reports, in the order of <see cref="Revised"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orgUnit"/> is null.</exception>
    public IEnumerable<ProgressReport> RevisedAt(OrgUnit orgUnit)
    {
        ArgumentNullException.ThrowIfNull(orgUnit);
        return Revised.Where(r => report.Tree.AncestorsAndSelf(r.OrgUnit).Any(a => a.Code == orgUnit.Code));
    }

    /// <summary>
    /// For a milestone every unit of the breakdown's level owes (<see cref="MilestoneScopeKind.EveryUnit"/>): how many
    /// of them have done it, beside <see cref="UnitsInScope"/> (6 / 9个单位); null for any other target.
    /// </summary>
    /// <remarks>Counted in the pass that finds <see cref="Behind"/>: this target alone is evaluated for each unit, none kept.</remarks>
    public int? UnitsDone => OwedByEveryUnit ? summary.Value.Done : null;

    /// <summary>For a milestone every unit of the breakdown's level owes: how many units owe it; null for any other target.</summary>
    public int? UnitsInScope => OwedByEveryUnit ? summary.Value.Assigned : null;

    /// <summary>A milestone every unit of the breakdown's level owes, with figures by unit.</summary>
    private bool OwedByEveryUnit
        => Target.Comparison.Kind == ComparisonKind.Milestone && Target.Scope.Kind == MilestoneScopeKind.EveryUnit
            && report.Breakdown.All(u => u.Level == Target.Scope.Level) && !report.Breakdown.IsEmpty && summary.Value.HasFigures;

    /// <summary>What the units' figures on the target add up to, kept in place of the figures.</summary>
    /// <param name="HasFigures">Whether the target has figures by unit (see <see cref="ByOrgUnit"/>).</param>
    /// <param name="Behind">The units behind or overdue on what they owe.</param>
    /// <param name="NotAssigned">The units that owe nothing of it.</param>
    /// <param name="Assigned">How many units owe some of it.</param>
    /// <param name="Done">How many units that owe some of it have completed it.</param>
    private sealed record OrgUnitSummary(bool HasFigures, ImmutableArray<OrgUnit> Behind, ImmutableArray<OrgUnit> NotAssigned, int Assigned, int Done)
    {
        /// <summary>One pass over each unit's figure, in the order of <paramref name="units"/>; the figures are not kept.</summary>
        public static OrgUnitSummary Of(ImmutableArray<OrgUnit> units, IEnumerable<TargetEvaluation> figures, bool reportedBelow)
        {
            var behind = ImmutableArray.CreateBuilder<OrgUnit>();
            var notAssigned = ImmutableArray.CreateBuilder<OrgUnit>();
            var (assigned, done, i) = (0, 0, 0);
            foreach (var e in figures)
            {
                var unit = units[i++];
                if (!e.IsAssigned)
                {
                    notAssigned.Add(unit);
                    continue;
                }

                assigned++;
                done += e.IsComplete ? 1 : 0;
                if (IsBehind(e))
                {
                    behind.Add(unit);
                }
            }

            // A target no unit owes and no unit beneath the root reported on has no figures by unit, and none behind.
            var hasFigures = reportedBelow || assigned > 0;
            return new(hasFigures, hasFigures ? behind.ToImmutable() : [], notAssigned.ToImmutable(), assigned, done);
        }
    }

    /// <summary>Whether a unit's figure puts it among the units behind: behind schedule (滞后) or overdue on what it owes.</summary>
    /// <param name="figure">A unit's figure on the target, from <see cref="ByOrgUnit"/> or <see cref="EnumerateByOrgUnit"/>.</param>
    /// <returns>True when the unit is behind.</returns>
    public static bool IsBehind(TargetEvaluation figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.IsAssigned && figure.Status is EvaluationStatus.Behind or EvaluationStatus.Overdue;
    }
}

using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Assertions on a whole report (工作要点完成情况) as the 督查 office reads it: a target city-wide, a county's figures
/// and the counties behind schedule on a target. A target's evaluation is the report's own, with the reports that
/// count (<see cref="PlanReport.Explain"/>), so a failure shows the rule and arithmetic behind the figure.
/// </summary>
/// <remarks>
/// <example>
/// <code>
/// report.Should().ShowTarget("8.1").HaveStatus(EvaluationStatus.OnTrack);
/// report.Should().ShowCounty("醴陵市").OnTarget("14.2").HaveCompletion(0.3m);
/// report.Should().ShowCountiesBehindOn("14.2", "攸县", "茶陵县");
/// </code>
/// </example>
/// </remarks>
public sealed class PlanReportAssertions : ObjectAssertions<PlanReport, PlanReportAssertions>
{
    /// <summary>Creates the assertions on a report.</summary>
    /// <param name="subject">The report.</param>
    public PlanReportAssertions(PlanReport subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "report";

    /// <summary>Gives assertions on a target's evaluation for the whole (the root of the tree, the city).</summary>
    /// <param name="id">The target's id, e.g. "8.1".</param>
    /// <returns>Assertions on the evaluation; when the plan has no such target, this assertion fails.</returns>
    public TargetEvaluationAssertions ShowTarget(string id) => Evaluation(id, null);

    /// <summary>Asserts the report breaks its figures down by a county (or a school) and gives assertions on them.</summary>
    /// <param name="orgUnit">The unit's name (醴陵市) or code (430281).</param>
    /// <returns>Assertions on the unit's figures.</returns>
    public OrgUnitFigureAssertions ShowCounty(string orgUnit)
    {
        var unit = Subject?.Tree.Resolve(orgUnit);
        var row = unit is null ? null : Subject!.OrgUnits.FirstOrDefault(u => u.OrgUnit.Code == unit.Code);
        var units = Subject is null ? "—" : string.Join("、", Subject.OrgUnits.Select(u => u.OrgUnit.Name));
        Execute.Assertion
            .ForCondition(row is not null)
            .FailWith(AssertionText.Pick(
                $"预期报告按单位列出 {orgUnit}，但所列单位为：{units}。",
                $"Expected the report to show {orgUnit} in its breakdown, but it shows: {units}."));
        return new OrgUnitFigureAssertions(this, row);
    }

    /// <summary>
    /// Asserts exactly which units of the breakdown are behind schedule (滞后) or overdue on a target
    /// (<see cref="TargetReport.Behind"/>), in any order; none when no name is given.
    /// </summary>
    /// <param name="id">The target's id.</param>
    /// <param name="orgUnits">The units' names or codes.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<PlanReportAssertions> ShowCountiesBehindOn(string id, params string[] orgUnits)
    {
        ArgumentNullException.ThrowIfNull(orgUnits);
        var target = Subject?.Targets.FirstOrDefault(t => t.Target.Id.ToString() == id);
        if (!Execute.Assertion.ForCondition(target is not null).FailWith(NoTarget(id)))
        {
            return new AndConstraint<PlanReportAssertions>(this);
        }

        var expected = orgUnits.Select(u => Subject!.Tree.Resolve(u)?.Code.Value ?? u).Order(StringComparer.Ordinal).ToList();
        var actual = target!.Behind.Select(u => u.Code.Value).Order(StringComparer.Ordinal).ToList();
        var names = string.Join("、", target.Behind.Select(u => u.Name));
        Execute.Assertion
            .ForCondition(expected.SequenceEqual(actual))
            .FailWith(AssertionText.Pick(
                $"预期{AssertionText.Target(target.Target)}滞后的单位为 {string.Join("、", orgUnits)}，但为：{(names.Length == 0 ? "无" : names)}。",
                $"Expected the units behind on {AssertionText.Target(target.Target)} to be {string.Join(", ", orgUnits)}, but they are: {(names.Length == 0 ? "none" : names)}."));
        return new AndConstraint<PlanReportAssertions>(this);
    }

    /// <summary>A target's evaluation for a unit, as the report gives it, with the reports that count.</summary>
    internal TargetEvaluationAssertions Evaluation(string id, OrgUnit? unit)
    {
        var target = Subject?.Plan.FindTarget(id);
        Execute.Assertion.ForCondition(target is not null).FailWith(NoTarget(id));
        return new TargetEvaluationAssertions(target is null ? null! : Subject!.Explain(target.Id, unit?.Code), unit ?? Subject?.Tree.Root);
    }

    private string NoTarget(string id) => AssertionText.Pick(
        $"预期报告含指标 {id}，但计划《{Subject?.Plan.Title}》没有该指标。",
        $"Expected the report to show target {id}, but the plan {Subject?.Plan.Title} has no such target.");
}

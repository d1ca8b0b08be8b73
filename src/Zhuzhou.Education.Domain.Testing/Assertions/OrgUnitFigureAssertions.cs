using FluentAssertions;
using FluentAssertions.Execution;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>Assertions on one org unit's (单位) figures in a report: its plan status and its targets.</summary>
public sealed class OrgUnitFigureAssertions
{
    private readonly PlanReportAssertions report;

    internal OrgUnitFigureAssertions(PlanReportAssertions report, OrgUnitReport? subject)
    {
        this.report = report;
        Subject = subject;
    }

    /// <summary>The unit's figures; null when the report does not show the unit (the assertion that looked for it has failed).</summary>
    public OrgUnitReport? Subject { get; }

    /// <summary>Asserts the status of the plan as a whole for the unit (its roll-up, never overdue: DESIGN's roll-up status).</summary>
    /// <param name="expected">The status expected; null for a unit with nothing measurable.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<OrgUnitFigureAssertions> WithStatus(EvaluationStatus? expected, string because = "", params object[] becauseArgs)
    {
        if (Subject is not null)
        {
            var plan = Subject.Plan;
            var actual = plan.Status is { } s ? AssertionText.Status(s) : "—";
            var wanted = expected is { } e ? AssertionText.Status(e) : "—";
            var counts = string.Join(", ", Enum.GetValues<EvaluationStatus>().Where(x => Count(plan.Counts, x) > 0).Select(x => $"{AssertionText.Status(x)} {Count(plan.Counts, x)}"));
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(plan.Status == expected)
                .FailWith(AssertionText.Pick(
                    $"预期{Subject.OrgUnit.Code} {Subject.OrgUnit.Name}的总体状态为{wanted}{{reason}}，但为{actual}（完成率 {Percent(plan.Completion)}，序时进度 {Percent(plan.ExpectedProgress)}；指标：{counts}）。",
                    $"Expected {Subject.OrgUnit.Code} {Subject.OrgUnit.Name} to be {wanted} on the plan as a whole{{reason}}, but it is {actual} (completion {Percent(plan.Completion)}, expected progress {Percent(plan.ExpectedProgress)}; targets: {counts})."));
        }

        return new AndConstraint<OrgUnitFigureAssertions>(this);
    }

    /// <summary>Gives assertions on a target's evaluation for the unit, as the report gives it, with the reports that count.</summary>
    /// <param name="id">The target's id, e.g. "14.2".</param>
    /// <returns>Assertions on the evaluation.</returns>
    public TargetEvaluationAssertions OnTarget(string id) => report.Evaluation(id, Subject?.OrgUnit);

    // The counts' own indexer, which knows every status (NotAssigned, 未分解, too).
    private static int Count(StatusCounts counts, EvaluationStatus status) => counts[status];

    private static string Percent(decimal? ratio)
        => ratio is { } r ? Math.Round(r * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}

using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Assertions on a plan (工作要点): that it states a target, that it passes the plan check (<see cref="PlanCheck"/>),
/// and that it survives its JSON.
/// </summary>
/// <remarks>
/// <example>
/// <code>
/// plan.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning);
/// plan.Should().HaveTarget("14.2").RequiringAtLeast(20000, MeasureWord.Units);
/// </code>
/// </example>
/// </remarks>
public sealed class PlanAssertions : ObjectAssertions<Plan, PlanAssertions>
{
    /// <summary>Creates the assertions on a plan.</summary>
    /// <param name="subject">The plan.</param>
    public PlanAssertions(Plan subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "plan";

    /// <summary>Asserts the plan has a target (指标) with an id, and gives assertions on it.</summary>
    /// <param name="id">The target's id, e.g. "14.2".</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the target.</returns>
    public TargetAssertions HaveTarget(string id, string because = "", params object[] becauseArgs)
    {
        var target = Subject?.FindTarget(id);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(target is not null)
            .FailWith(Subject is null
                ? AssertionText.Pick("预期计划含指标 " + id + "{reason}，但计划为 null。", "Expected a plan with target " + id + "{reason}, but found <null>.")
                : AssertionText.Pick(
                    $"预期《{Subject.Title}》含指标 {id}{{reason}}，但其指标为：{Ids(Subject)}。",
                    $"Expected {Subject.Title} to have target {id}{{reason}}, but its targets are: {Ids(Subject)}."));
        return new TargetAssertions(target!, Subject?.Title);
    }

    /// <summary>
    /// Asserts the plan check (<see cref="PlanCheck.Check"/>) finds nothing more serious than a severity:
    /// <see cref="DiagnosticSeverity.Warning"/> to allow warnings but no error, <see cref="DiagnosticSeverity.Info"/> to
    /// allow neither. Fails listing every problem above it, each with its code, place and message.
    /// </summary>
    /// <param name="severity">The most serious severity allowed.</param>
    /// <param name="options">The org units and allocations to check against; none when null.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<PlanAssertions> HaveNoDiagnosticsAbove(DiagnosticSeverity severity, PlanCheckOptions? options = null, string because = "", params object[] becauseArgs)
    {
        var above = Subject is null ? [] : PlanCheck.Check(Subject, options).Where(d => d.Severity > severity).ToList();
        DiagnosticList.Assert(Subject is not null, above, Subject?.Title ?? string.Empty, severity, because, becauseArgs);
        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>
    /// Asserts the plan survives its JSON (<c>zedu.plan/1</c>): written and read back it is the same plan, and written
    /// again the same text (write → read → write is a fixed point).
    /// </summary>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<PlanAssertions> RoundTripThroughJson(string because = "", params object[] becauseArgs)
    {
        var json = Subject is null ? null : PlanJson.Serialize(Subject);
        var again = json is null ? null : PlanJson.Parse(json);
        var problem = json is null ? "null"
            : again!.Success is false ? string.Join("; ", again.Errors)
            : !again.Value.Equals(Subject) ? AssertionText.Chinese ? "读回的计划与原计划不同" : "the plan read back differs"
            : PlanJson.Serialize(again.Value) != json ? AssertionText.Chinese ? "再次写出的JSON不同" : "the JSON written again differs"
            : null;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(AssertionText.Pick(
                $"预期计划经JSON写出、读回后不变{{reason}}，但{problem}。",
                $"Expected the plan to survive its JSON{{reason}}, but {problem}."));
        return new AndConstraint<PlanAssertions>(this);
    }

    private static string Ids(Plan plan) => plan.Targets.IsEmpty ? "—" : string.Join(", ", plan.Targets.Select(t => t.Id));
}

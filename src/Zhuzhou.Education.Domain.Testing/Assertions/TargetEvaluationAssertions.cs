using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Assertions on a target's evaluation (指标评估) — its status, completion (完成率) and the gap to expected progress
/// (序时进度) — that fail with the target, the org unit, the rule and the arithmetic, in the library's own words
/// (<see cref="ExplanationText"/>).
/// </summary>
/// <remarks>
/// <para>Messages are in Chinese where the current UI culture is Chinese, in English otherwise.</para>
/// <example>
/// <code>
/// report.Should().ShowCounty("醴陵市").OnTarget("8.1").HaveStatus(EvaluationStatus.OnTrack);
/// evaluation.Should().BeBehindBy(0.15m);
/// </code>
/// </example>
/// </remarks>
public sealed class TargetEvaluationAssertions : ObjectAssertions<TargetEvaluation, TargetEvaluationAssertions>
{
    private readonly OrgUnit? orgUnit;

    /// <summary>Creates the assertions on an evaluation.</summary>
    /// <param name="subject">The evaluation.</param>
    /// <param name="orgUnit">The org unit it is for, named in messages; null for the whole or when not known.</param>
    public TargetEvaluationAssertions(TargetEvaluation subject, OrgUnit? orgUnit = null)
        : base(subject) => this.orgUnit = orgUnit;

    /// <inheritdoc/>
    protected override string Identifier => "evaluation";

    /// <summary>Asserts the target is complete: status <see cref="EvaluationStatus.Achieved"/> (已完成) or <see cref="EvaluationStatus.Exceeded"/> (超额完成).</summary>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<TargetEvaluationAssertions> BeAchieved(string because = "", params object[] becauseArgs)
        => Expect(Subject?.IsComplete == true, AssertionText.Pick("已完成", "achieved"), because, becauseArgs);

    /// <summary>Asserts the status (状态) of the target.</summary>
    /// <param name="expected">The status expected.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<TargetEvaluationAssertions> HaveStatus(EvaluationStatus expected, string because = "", params object[] becauseArgs)
        => Expect(Subject?.Status == expected, AssertionText.Pick("状态为", string.Empty) + AssertionText.Escape(AssertionText.Status(expected)), because, becauseArgs);

    /// <summary>
    /// Asserts the target is behind schedule (滞后) by a gap: status <see cref="EvaluationStatus.Behind"/> and expected
    /// progress minus completion equal to <paramref name="gap"/> within <paramref name="precision"/>.
    /// </summary>
    /// <param name="gap">The gap as a ratio: 0.15 for 15 percentage points.</param>
    /// <param name="precision">How far the gap may be from <paramref name="gap"/>; 0.0005 (0.05 points) by default.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<TargetEvaluationAssertions> BeBehindBy(decimal gap, decimal precision = 0.0005m, string because = "", params object[] becauseArgs)
    {
        var actual = Subject is null ? (decimal?)null : Subject.ExpectedProgress - Subject.Completion;
        var points = Points(gap);
        return Expect(
            Subject?.Status == EvaluationStatus.Behind && Math.Abs(actual!.Value - gap) <= precision,
            AssertionText.Pick($"滞后 {points} 个百分点", $"behind by {points} percentage points"),
            because,
            becauseArgs);
    }

    /// <summary>Asserts the completion (完成率), from 0 to 1.</summary>
    /// <param name="expected">The completion expected, e.g. 0.4.</param>
    /// <param name="precision">How far it may be from <paramref name="expected"/>; 0 (exact) by default.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<TargetEvaluationAssertions> HaveCompletion(decimal expected, decimal precision = 0m, string because = "", params object[] becauseArgs)
        => Expect(
            Subject is not null && Math.Abs(Subject.Completion - expected) <= precision,
            AssertionText.Pick($"完成率为 {Points(expected)}%", $"at a completion of {Points(expected)}%"),
            because,
            becauseArgs);

    private AndConstraint<TargetEvaluationAssertions> Expect(bool condition, string what, string because, object[] becauseArgs)
    {
        var found = Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith(AssertionText.Pick("预期指标评估{reason}，但评估为 null。", "Expected an evaluation{reason}, but found <null>."));
        if (found)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).ForCondition(condition).FailWith(Failure(what));
        }

        return new AndConstraint<TargetEvaluationAssertions>(this);
    }

    private string Failure(string what)
    {
        var subject = AssertionText.Escape(AssertionText.Target(Subject.Target) + AssertionText.For(orgUnit));
        var status = AssertionText.Escape(AssertionText.Status(Subject.Status));
        var completion = Points(Subject.Completion);
        var expected = Points(Subject.ExpectedProgress);
        var head = AssertionText.Chinese
            ? $"预期{subject}{what}{{reason}}，但其为{status}（完成率 {completion}%，序时进度 {expected}%）。"
            : $"Expected {subject} to be {what}{{reason}}, but it is {status} (completion {completion}%, expected progress {expected}%).";
        return head + "\n" + AssertionText.Explanation(Subject);
    }

    private static string Points(decimal ratio)
        => Math.Round(ratio * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

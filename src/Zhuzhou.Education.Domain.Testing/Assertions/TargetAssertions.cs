using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Assertions on what a plan's target (指标) requires — its comparison, measure word (量词) and deadline — that fail
/// with the rule in words ("不少于100名" / "at least 100"). Each returns these assertions, so they chain:
/// <c>plan.Should().HaveTarget("16.1").BeingAMilestone().DueBy(new LocalDate(2017, 9, 1))</c>.
/// </summary>
public sealed class TargetAssertions : ObjectAssertions<Target, TargetAssertions>
{
    private readonly string? plan;

    /// <summary>Creates the assertions on a target.</summary>
    /// <param name="subject">The target.</param>
    /// <param name="plan">The title of the plan that states it, named in messages; null when not known.</param>
    public TargetAssertions(Target subject, string? plan = null)
        : base(subject) => this.plan = plan;

    /// <inheritdoc/>
    protected override string Identifier => "target";

    /// <summary>The target, for further assertions of your own; null when the plan has no such target (the assertion that found it has failed).</summary>
    public Target Which => Subject;

    /// <summary>Asserts the target requires at least an amount in a measure word (以上, 不少于).</summary>
    /// <param name="amount">The amount, with multipliers applied (2万 → 20000).</param>
    /// <param name="unit">The measure word.</param>
    /// <returns>These assertions, to go on.</returns>
    public TargetAssertions RequiringAtLeast(decimal amount, MeasureWord unit)
        => Requiring(Comparison.AtLeast(amount), unit);

    /// <summary>Asserts the target requires at most an amount in a measure word (不超过, 控制在…以内).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The measure word.</param>
    /// <returns>These assertions, to go on.</returns>
    public TargetAssertions RequiringAtMost(decimal amount, MeasureWord unit)
        => Requiring(Comparison.AtMost(amount), unit);

    /// <summary>Asserts the target requires an amount in a range ("3-5所").</summary>
    /// <param name="minimum">The lower bound.</param>
    /// <param name="maximum">The upper bound.</param>
    /// <param name="unit">The measure word.</param>
    /// <returns>These assertions, to go on.</returns>
    public TargetAssertions RequiringBetween(decimal minimum, decimal maximum, MeasureWord unit)
        => Requiring(Comparison.Between(minimum, maximum), unit);

    /// <summary>Asserts the target is a milestone (节点): a yes/no or staged commitment, explicitly not a count.</summary>
    /// <returns>These assertions, to go on.</returns>
    public TargetAssertions BeingAMilestone()
    {
        if (Subject is null)
        {
            return this;
        }

        Execute.Assertion
            .ForCondition(Subject.Comparison.Kind == ComparisonKind.Milestone)
            .FailWith(AssertionText.Pick(
                $"预期{Name()}为节点，但其要求为 {AssertionText.Rule(Subject)}。",
                $"Expected {Name()} to be a milestone, but it requires {AssertionText.Rule(Subject)}."));
        return this;
    }

    /// <summary>Asserts the target's deadline (完成期限).</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>These assertions, to go on.</returns>
    public TargetAssertions DueBy(LocalDate deadline)
    {
        if (Subject is null)
        {
            return this;
        }

        var actual = Subject.Deadline is { } d ? Iso(d) : AssertionText.Chinese ? "无完成期限" : "no deadline";
        Execute.Assertion
            .ForCondition(Subject.Deadline == deadline)
            .FailWith(AssertionText.Pick(
                $"预期{Name()}的完成期限为 {Iso(deadline)}，但为{actual}。",
                $"Expected {Name()} to be due by {Iso(deadline)}, but it has {actual}."));
        return this;
    }

    private TargetAssertions Requiring(Comparison comparison, MeasureWord unit)
    {
        if (Subject is null)
        {
            return this;
        }

        var expected = new Target(Subject.Id, Subject.Subject, comparison, unit);
        Execute.Assertion
            .ForCondition(Subject.Comparison == comparison && Subject.Unit == unit)
            .FailWith(AssertionText.Pick(
                $"预期{Name()}要求{AssertionText.Rule(expected)}，但其要求为{AssertionText.Rule(Subject)}（{Subject.Comparison}{MeasureWords.ToChinese(Subject.Unit)}）。",
                $"Expected {Name()} to require {AssertionText.Rule(expected)}, but it requires {AssertionText.Rule(Subject)} ({Subject.Comparison}{MeasureWords.ToChinese(Subject.Unit)})."));
        return this;
    }

    private string Name() => AssertionText.Target(Subject) + (plan is null ? string.Empty : AssertionText.Chinese ? $"（《{plan}》）" : $" of {plan}");

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>What a step of an <see cref="Explanation"/> computes.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum ExplanationStepKind
{
    /// <summary>The measured value (实际值): how the reports combined.</summary>
    Value = 0,

    /// <summary>The achieved amount (完成量) in the rule's terms, e.g. growth since the baseline.</summary>
    Achieved = 1,

    /// <summary>The completion (完成率).</summary>
    Completion = 2,

    /// <summary>The expected progress (序时进度).</summary>
    ExpectedProgress = 3,

    /// <summary>For an org unit that owes nothing of a count: its part of the whole's value (贡献占比).</summary>
    Contribution = 4,
}

/// <summary>One step of the arithmetic of an evaluation: what it computes, the formula with the numbers used, and the result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExplanationStep
{
    internal ExplanationStep(ExplanationStepKind kind, string formula, decimal result)
    {
        Kind = kind;
        Formula = formula;
        Result = result;
    }

    /// <summary>What the step computes.</summary>
    public ExplanationStepKind Kind { get; }

    /// <summary>The formula with the numbers used, in invariant notation, e.g. "clamp(40 / 100, 0, 1)".</summary>
    public string Formula { get; }

    /// <summary>The result.</summary>
    public decimal Result { get; }

    /// <summary>"Completion: clamp(40 / 100, 0, 1) = 0.4".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => $"{Kind}: {Formula} = {Explanation.Number(Result)}";
}

/// <summary>
/// Why an evaluation came out as it did, in structured form: the rule, the reports used (org unit, date, value)
/// and each step of the arithmetic. <see cref="ExplanationText"/> writes it in Chinese or English.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Explanation
{
    private Explanation(TargetEvaluation evaluation, MeasureRule rule, ImmutableArray<ProgressReport> reports, ImmutableArray<ExplanationStep> steps, string schedule)
    {
        Evaluation = evaluation;
        Rule = rule;
        Reports = reports;
        Steps = steps;
        Schedule = schedule;
    }

    /// <summary>The evaluation explained.</summary>
    public TargetEvaluation Evaluation { get; }

    /// <summary>The rule applied.</summary>
    public MeasureRule Rule { get; }

    /// <summary>
    /// The reports that counted, by org unit and date; empty when none counted or when the achievement was
    /// computed by the aggregation engine (see <see cref="Achievement.ReportCount"/>).
    /// </summary>
    public ImmutableArray<ProgressReport> Reports { get; }

    /// <summary>
    /// The arithmetic, step by step: value, achieved amount, completion, expected progress; for an org unit that owes
    /// nothing of the target (<see cref="EvaluationStatus.NotAssigned"/>), value, its part of the whole's value (for a
    /// count whose whole has a value) and expected progress.
    /// </summary>
    public ImmutableArray<ExplanationStep> Steps { get; }

    /// <summary>
    /// Which schedule gave the expected progress, in invariant notation: "period 2017-01-01..2017-12-31",
    /// "deadline 2017-09-01", "checkpoints 2017-06-30:0.3, 2017-12-31:1", or for a yes/no milestone "step at 2017-09-01";
    /// " in whole months" after it when expected progress counts months.
    /// </summary>
    public string Schedule { get; }

    /// <summary>Finds a step.</summary>
    /// <param name="kind">What the step computes.</param>
    /// <returns>The step.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="kind"/> is not a defined step.</exception>
    public ExplanationStep Step(ExplanationStepKind kind) => Steps.First(s => s.Kind == kind);

    internal static Explanation Of(TargetEvaluation evaluation)
    {
        var target = evaluation.Target;
        var rule = evaluation.Rule;
        var achievement = evaluation.Achievement;
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>(4);
        steps.Add(new ExplanationStep(ExplanationStepKind.Value, ValueFormula(target, evaluation), evaluation.Value));
        if (evaluation.IsAssigned)
        {
            steps.Add(new ExplanationStep(ExplanationStepKind.Achieved, AchievedFormula(rule, evaluation), evaluation.Achieved));
            steps.Add(new ExplanationStep(ExplanationStepKind.Completion, CompletionFormula(rule, evaluation), evaluation.Completion));
        }
        else if (evaluation.Contribution is { } part)
        {
            // value ÷ the whole's value, the whole's value being value ÷ part.
            steps.Add(new ExplanationStep(ExplanationStepKind.Contribution, $"{Number(evaluation.Value)} / {Number(evaluation.Value / part)}", part));
        }

        steps.Add(new ExplanationStep(ExplanationStepKind.ExpectedProgress, ExpectedFormula(target, evaluation), evaluation.ExpectedProgress));
        return new Explanation(evaluation, rule, achievement.Reports, steps.ToImmutable(), ScheduleText(target, evaluation));
    }

    internal static string Number(decimal value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string ValueFormula(Target target, TargetEvaluation evaluation)
    {
        var achievement = evaluation.Achievement;
        if (!achievement.HasReports)
        {
            return "no report on or before " + Dates.Iso(evaluation.AsOf);
        }

        // A milestone owed by every unit of a level also carries a fraction (units done / units in scope), but its
        // reports are each unit's completion, not numerators and denominators.
        var milestone = target.Comparison.Kind == ComparisonKind.Milestone;
        var isRatio = achievement.Denominator is not null && !milestone;
        var percent = isRatio && target.Unit == MeasureWord.Percent ? " × 100" : string.Empty;
        if (achievement.Reports.IsEmpty)
        {
            return isRatio
                ? $"{Number(achievement.Numerator!.Value)} / {Number(achievement.Denominator!.Value)}{percent} (aggregated from {achievement.ReportCount} reports)"
                : $"{Number(achievement.Amount)} (aggregated from {achievement.ReportCount} reports)";
        }

        var groups = achievement.Reports.GroupBy(r => r.OrgUnit).ToList();
        if (milestone && achievement.Denominator is { } inScope)
        {
            var done = string.Join(" + ", groups.Select(g => Term(target.TimeAggregation, g.Select(r => r.Value).ToList())));
            return $"({done}) / {Number(inScope)}";
        }

        if (isRatio)
        {
            var numerators = string.Join(" + ", groups.Select(g => Term(target.TimeAggregation, g.Select(r => r.Numerator!.Value).ToList())));
            var denominators = string.Join(" + ", groups.Select(g => Term(target.TimeAggregation, g.Select(r => r.Denominator!.Value).ToList())));
            return $"({numerators}) / ({denominators}){percent}";
        }

        var terms = groups.Select(g => Term(target.TimeAggregation, g.Select(r => r.Value).ToList())).ToList();
        return milestone
            ? (terms.Count == 1 ? terms[0] : "max(" + string.Join(", ", terms) + ")")
            : string.Join(" + ", terms);
    }

    private static string Term(TimeAggregation aggregation, List<decimal> values)
    {
        if (values.Count == 1)
        {
            return Number(values[0]);
        }

        var sum = string.Join(" + ", values.Select(Number));
        return aggregation == TimeAggregation.Average
            ? string.Create(CultureInfo.InvariantCulture, $"({sum}) / {values.Count}")
            : "(" + sum + ")";
    }

    private static string AchievedFormula(MeasureRule rule, TargetEvaluation evaluation)
    {
        if (!evaluation.Achievement.HasReports)
        {
            return "nothing reported";
        }

        var value = Number(evaluation.Value);
        return rule switch
        {
            AmountRule { Baseline: { } b, Direction: Direction.Descending } => $"{Number(b)} − {value}",
            AmountRule { Baseline: { } b } => $"{value} − {Number(b)}",
            _ => value,
        };
    }

    private static string CompletionFormula(MeasureRule rule, TargetEvaluation evaluation)
    {
        var achieved = Number(Math.Max(0m, evaluation.Achieved));
        if (!evaluation.Achievement.HasReports && rule is AtMostRule)
        {
            return "no evidence yet";
        }

        return rule switch
        {
            AtMostRule { Baseline: { } b } atMost when b > atMost.Maximum
                => $"clamp(({Number(b)} − {achieved}) / ({Number(b)} − {Number(atMost.Maximum)}), 0, 1)",
            AtMostRule atMost => $"{achieved} ≤ {Number(atMost.Maximum)} ? 1 : 0",
            MilestoneRule => $"clamp({achieved}, 0, 1)",
            _ when evaluation.Required == 0m => "required 0: complete at once",
            _ => $"clamp({achieved} / {Number(evaluation.Required)}, 0, 1)",
        };
    }

    private static string ExpectedFormula(Target target, TargetEvaluation evaluation)
        => ExpectedProgress.Formula(target, evaluation.Period, evaluation.AsOf, evaluation.Basis);

    private static string ScheduleText(Target target, TargetEvaluation evaluation)
    {
        if (!target.Schedule.IsEmpty)
        {
            var text = new StringBuilder("checkpoints ");
            text.AppendJoin(", ", target.Schedule.Select(c => Dates.Iso(c.Date) + ":" + Number(c.Expected)));
            return text.ToString();
        }

        var months = evaluation.Basis == ProgressBasis.Months ? " in whole months" : string.Empty;
        if (target.Comparison.Kind == ComparisonKind.Milestone && (target.Stages.IsEmpty || target.Stages.Any(s => s.Date is not null)))
        {
            var stages = target.Stages.Where(s => s.Date is not null).Select(s => Dates.Iso(s.Date!.Value) + ":" + Number(s.Completion));
            return "step at " + string.Join(", ", stages.Append(Dates.Iso(evaluation.DueDate) + ":1"));
        }

        return (target.Deadline is { } deadline
            ? "deadline " + Dates.Iso(deadline)
            : "period " + Dates.Iso(evaluation.Period.Start) + ".." + Dates.Iso(evaluation.Period.End)) + months;
    }
}

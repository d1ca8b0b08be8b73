using System.Text;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>The language of an explanation's text.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum ExplanationLanguage
{
    /// <summary>Simplified Chinese (简体中文), as supervisors read it.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}

/// <summary>
/// Writes an evaluation's explanation as text a supervisor (督导) can read, in Chinese or English: the target,
/// the result, the rule, the reports used (org unit, date, value), the arithmetic and why the status.
/// </summary>
/// <remarks>Numbers are written in invariant notation, rounded to 4 decimal places; percentages to 0.1.
/// Lines end with <c>\n</c>. Thread-safe.</remarks>
public static class ExplanationText
{
    /// <summary>Writes an evaluation's explanation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, several lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Format(TargetEvaluation evaluation, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Format(evaluation.Explain(), language);
    }

    /// <summary>Writes an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, several lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Format(Explanation explanation, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        CheckLanguage(language);
        var zh = language == ExplanationLanguage.Chinese;
        var e = explanation.Evaluation;
        var target = e.Target;
        var text = new StringBuilder();

        text.Append(zh ? "指标 " : "Target ").Append(target.Id).Append(' ').Append(target.Subject);
        if (target.Text is { } words)
        {
            text.Append(zh ? "（" : " (").Append(words).Append(zh ? "）" : ")");
        }

        text.Append('\n');
        var asOf = Dates.Iso(e.AsOf);
        if (!e.IsAssigned)
        {
            var part = e.Contribution is { } c ? (zh ? $"，占全市 {Percent(c)}" : $", {Percent(c)} of the whole") : string.Empty;
            text.Append(zh
                ? $"截至 {asOf}：状态：{StatusName(e.Status, language)}（该单位不承担本指标任务）；报送实际值 {Explanation.Number(e.Value)}{part}\n"
                : $"As of {asOf}: status: {StatusName(e.Status, language)} (the org unit owes no part of this target); value reported {Explanation.Number(e.Value)}{part}\n");
        }
        else
        {
            text.Append(zh
                ? $"截至 {asOf}：完成率 {Percent(e.Completion)}，序时进度 {Percent(e.ExpectedProgress)}，状态：{StatusName(e.Status, language)}\n"
                : $"As of {asOf}: completion {Percent(e.Completion)}, expected progress {Percent(e.ExpectedProgress)}, status: {StatusName(e.Status, language)}\n");
        }

        text.Append(zh ? "规则：" : "Rule: ").Append(RuleName(explanation.Rule, target.Unit, language))
            .Append(zh ? "；完成期限 " : "; due ").Append(Dates.Iso(e.DueDate))
            .Append(zh ? "；序时进度按" : "; expected progress ").Append(ScheduleName(e, language)).Append('\n');

        text.Append(zh ? "报送：" : "Reports: ");
        if (!e.Achievement.HasReports)
        {
            text.Append(zh ? $"截至 {asOf} 无报送" : $"none on or before {asOf}");
        }
        else if (explanation.Reports.IsEmpty)
        {
            text.Append(zh ? $"{e.Achievement.ReportCount} 条（由汇总引擎计算）" : $"{e.Achievement.ReportCount} (aggregated by the engine)");
        }
        else
        {
            text.AppendJoin(zh ? "；" : "; ", explanation.Reports.Select(r =>
                r.OrgUnit + " " + Dates.Iso(r.Date) + " " + Explanation.Number(r.Value)
                + (r.Denominator is { } d ? $" ({Explanation.Number(r.Numerator!.Value)}/{Explanation.Number(d)})" : string.Empty)
                + (r.Stage is { } s ? " " + s : string.Empty)
                + ReportMark(r, language)));
        }

        text.Append('\n');
        text.Append(zh ? "计算：" : "Arithmetic: ");
        text.AppendJoin(zh ? "；" : "; ", explanation.Steps.Select(s => StepName(s.Kind, language) + " = " + s.Formula
            + (s.Formula == Explanation.Number(s.Result) ? string.Empty : " = " + Explanation.Number(s.Result))));
        text.Append('\n');
        text.Append(zh ? "判定：" : "Status: ").Append(Reason(e, language)).Append('\n');
        return text.ToString();
    }

    /// <summary>The name of a status: 未启动, 滞后, 正常推进, 已完成, 超额完成, 逾期未完成, 未分解; or in English.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string StatusName(EvaluationStatus status, ExplanationLanguage language)
    {
        CheckLanguage(language);
        var zh = language == ExplanationLanguage.Chinese;
        return status switch
        {
            EvaluationStatus.NotStarted => zh ? "未启动" : "not started",
            EvaluationStatus.Behind => zh ? "滞后" : "behind",
            EvaluationStatus.OnTrack => zh ? "正常推进" : "on track",
            EvaluationStatus.Achieved => zh ? "已完成" : "achieved",
            EvaluationStatus.Exceeded => zh ? "超额完成" : "exceeded",
            EvaluationStatus.Overdue => zh ? "逾期未完成" : "overdue",
            EvaluationStatus.NotAssigned => zh ? "未分解" : "not assigned",
            _ => throw new ArgumentException($"Unknown status {status}.", nameof(status)),
        };
    }

    /// <summary>A rule in words: "不少于100名", "at least 100", "3至5所", "between 3 and 5", …</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="unit">The measure word of the amounts.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string RuleName(CompletionRule rule, MeasureWord unit, ExplanationLanguage language)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckLanguage(language);
        var zh = language == ExplanationLanguage.Chinese;
        var u = zh ? MeasureWords.ToChinese(unit) : (unit == MeasureWord.Percent ? "%" : string.Empty);
        string N(decimal value) => Explanation.Number(value);
        var text = rule switch
        {
            AtLeastRule r => zh ? $"不少于{N(r.Minimum)}{u}" : $"at least {N(r.Minimum)}{u}",
            BetweenRule r => zh ? $"{N(r.Minimum)}至{N(r.Maximum)}{u}" : $"between {N(r.Minimum)} and {N(r.Maximum)}{u}",
            ExactlyRule r => zh ? $"恰好{N(r.Value)}{u}" : $"exactly {N(r.Value)}{u}",
            CoverageRule r => zh ? $"覆盖率不低于{Percent(r.Share)}" : $"coverage of at least {Percent(r.Share)}",
            AtMostRule { Baseline: { } b } r => zh ? $"不超过{N(r.Maximum)}{u}（基线 {N(b)}）" : $"at most {N(r.Maximum)}{u} (baseline {N(b)})",
            AtMostRule r => zh ? $"不超过{N(r.Maximum)}{u}" : $"at most {N(r.Maximum)}{u}",
            MilestoneRule { Stages.IsEmpty: true } => zh ? "节点（完成/未完成）" : "milestone (done / not done)",
            MilestoneRule r => (zh ? "分阶段节点：" : "staged milestone: ") + string.Join(" / ", r.Stages.Select(s => s.Name + " " + N(s.Completion))),
            CompositeRule r => (r.Mode, zh) switch
            {
                (CompositeMode.AllOf, true) => "全部完成：",
                (CompositeMode.AllOf, false) => "all of: ",
                (CompositeMode.AnyOf, true) => "任一完成：",
                (CompositeMode.AnyOf, false) => "any of: ",
                (_, true) => "加权：",
                _ => "weighted: ",
            } + string.Join(", ", r.Parts),
            _ => rule.ToString()!,
        };
        if (rule is AmountRule { Baseline: { } baseline } amount)
        {
            text += (amount.Direction == Direction.Descending, zh) switch
            {
                (true, true) => $"（较基线 {N(baseline)} 减少）",
                (false, true) => $"（较基线 {N(baseline)} 新增）",
                (true, false) => $" (reduction from baseline {N(baseline)})",
                _ => $" (growth over baseline {N(baseline)})",
            };
        }

        return text;
    }

    private static string ScheduleName(TargetEvaluation e, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var target = e.Target;
        if (!target.Schedule.IsEmpty)
        {
            var points = string.Join(zh ? "、" : ", ", target.Schedule.Select(c => Dates.Iso(c.Date) + " " + Percent(c.Expected)));
            return zh ? "进度节点 " + points + " 线性插值" : "linear between checkpoints " + points;
        }

        if (target.Comparison.Kind == ComparisonKind.Milestone && (target.Stages.IsEmpty || target.Stages.Any(s => s.Date is not null)))
        {
            var due = Dates.Iso(e.DueDate);
            return target.Stages.IsEmpty
                ? (zh ? $"节点计算：{due} 前为 0%，自 {due} 起为 100%" : $"a step: 0% before {due}, 100% from {due} on")
                : (zh ? $"各阶段时限计算，{due} 起为 100%" : $"the stages' dates, 100% from {due} on");
        }

        var months = e.Basis == ProgressBasis.Months;
        if (target.Deadline is { } deadline)
        {
            return zh ? $"完成期限 {Dates.Iso(deadline)} {(months ? "按整月" : "线性")}计算" : $"{(months ? "whole months" : "linear")} to the deadline {Dates.Iso(deadline)}";
        }

        var (start, end) = (Dates.Iso(e.Period.Start), Dates.Iso(e.Period.End));
        return zh ? $"计划周期 {start} 至 {end} {(months ? "按整月" : "线性")}计算" : $"{(months ? "whole months" : "linear")} over the plan period {start} to {end}";
    }

    /// <summary>" (修订1，2017-07-05 报送)" for a revision, " (冲减：reason)" for a correction; empty otherwise.</summary>
    private static string ReportMark(ProgressReport report, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var mark = string.Empty;
        if (report.Revision > 0)
        {
            var when = report.Submitted is { } s ? Dates.Iso(s.Date) : string.Empty;
            mark += zh ? $"（修订{report.Revision}，{when} 报送）" : $" (revision {report.Revision}, submitted {when})";
        }

        if (report.IsCorrection)
        {
            mark += zh ? $"（冲减：{report.Reason}）" : $" (correction: {report.Reason})";
        }

        return mark;
    }

    private static string StepName(ExplanationStepKind kind, ExplanationLanguage language) => (kind, language == ExplanationLanguage.Chinese) switch
    {
        (ExplanationStepKind.Value, true) => "实际值",
        (ExplanationStepKind.Value, false) => "value",
        (ExplanationStepKind.Achieved, true) => "完成量",
        (ExplanationStepKind.Achieved, false) => "achieved",
        (ExplanationStepKind.Completion, true) => "完成率",
        (ExplanationStepKind.Completion, false) => "completion",
        (ExplanationStepKind.Contribution, true) => "占全市",
        (ExplanationStepKind.Contribution, false) => "part of the whole",
        (_, true) => "序时进度",
        _ => "expected progress",
    };

    private static string Reason(TargetEvaluation e, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        var c = Explanation.Number(e.Completion);
        var x = Explanation.Number(e.ExpectedProgress);
        var t = Explanation.Number(e.Tolerance);
        var due = Dates.Iso(e.DueDate);
        return e.Status switch
        {
            EvaluationStatus.NotAssigned => zh ? "该单位不承担本指标任务（未分解），不计完成率" : "the org unit owes no part of the target, so it has no completion",
            EvaluationStatus.Exceeded => zh ? "完成率为 1，且超过上限或要求量" : "completion is 1 and the amount went past the upper bound or the required amount",
            EvaluationStatus.Achieved => zh ? "完成率为 1" : "completion is 1",
            EvaluationStatus.Overdue => zh ? $"完成率 {c} 未达 1，且已过完成期限 {due}" : $"completion {c} is below 1 and the due date {due} has passed",
            EvaluationStatus.NotStarted => zh ? "截至该日无报送" : "no report counts yet",
            EvaluationStatus.Behind => zh ? $"完成率 {c} 低于序时进度 {x} 减容差 {t}" : $"completion {c} is below expected progress {x} minus tolerance {t}",
            _ => zh ? $"完成率 {c} 不低于序时进度 {x} 减容差 {t}" : $"completion {c} is not below expected progress {x} minus tolerance {t}",
        };
    }

    private static string Percent(decimal value)
        => Math.Round(value * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static void CheckLanguage(ExplanationLanguage language)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentException($"Unknown language {language}.", nameof(language));
        }
    }
}

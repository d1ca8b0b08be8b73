using System.Text;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// Writes an evaluation's explanation as a supervisor (督查) would write it, in Chinese or English: the target, the
/// result against what is required, the reports that count, the arithmetic and why the status — five sentences, each
/// on its line, numbers as people write them (58名, 55.0%, 2017年6月30日).
/// </summary>
/// <remarks>
/// <para>Words come from <see cref="Words"/>, numbers and dates from <see cref="Figures"/>; nothing of one language
/// appears in the other but the plan's own words (a target's text). Lines end with <c>\n</c>. Thread-safe.</para>
/// <example>
/// <code>
/// 指标 8.1：培训100名心理咨询师
/// 截至2017年6月30日，完成58名，要求不少于100名；完成率58.0%，序时进度49.6%，状态为正常推进。
/// 报送：9个单位的49条报送，各次增量累计，合计58名。
/// 计算：完成率 = 58名 ÷ 100名 = 58.0%；序时进度 = 181天 ÷ 365天 = 49.6%（2017年1月1日至2017年12月31日按天计算）。
/// 判定：完成率58.0%不低于序时进度49.6%减去容差5个百分点（44.6%），正常推进。
/// </code>
/// </example>
/// </remarks>
public static partial class ExplanationText
{
    /// <summary>Writes an evaluation's explanation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, five lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Format(TargetEvaluation evaluation, Language language)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Format(evaluation.Explain(), language);
    }

    /// <summary>Writes an explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, five lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Format(Explanation explanation, Language language)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return Write(explanation, language, null);
    }

    /// <summary>The five lines, org units named by code, and by name too where <paramref name="orgUnits"/> has them.</summary>
    private static string Write(Explanation explanation, Language language, OrgUnitTree? orgUnits)
    {
        Figures.Check(language);
        var writer = new Writer(explanation, language, orgUnits);
        var text = new StringBuilder();
        text.Append(writer.Heading()).Append('\n');
        text.Append(writer.Summary()).Append('\n');
        text.Append(writer.Reports()).Append('\n');
        text.Append(writer.Arithmetic()).Append('\n');
        text.Append(writer.Reason()).Append('\n');
        return text.ToString();
    }

    private sealed class Writer(Explanation explanation, Language language, OrgUnitTree? orgUnits)
    {
        private readonly bool zh = language == Language.Chinese;
        private readonly TargetEvaluation e = explanation.Evaluation;

        /// <summary>The style of every amount of the explanation: that of what is achieved beside what is required, as the report writes them.</summary>
        private readonly bool? style = PairStyle(explanation.Evaluation);

        private Target Target => e.Target;

        private bool IsShare => Target.OrgUnitAggregation == OrgUnitAggregation.Ratio && Target.Unit != MeasureWord.Percent;

        public string Heading() => (zh ? "指标 " : "Target ") + Target.Id + (zh ? "：" : ": ") + (Target.Text ?? Target.Subject);

        public string Summary()
        {
            var date = Figures.Date(e.AsOf, language);
            var (c, x, status) = (Figures.Percent(e.Completion), Figures.Percent(e.ExpectedProgress), Words.Status(e.Status, language));
            if (!e.IsAssigned)
            {
                var part = e.Contribution is { } share ? (zh ? $"，占全市{Figures.Percent(share)}" : $", {Figures.Percent(share)} of the whole") : string.Empty;
                return zh
                    ? $"截至{date}，状态为{status}（该单位不承担本指标任务）；报送实际值{Shown(e.Value)}{part}。"
                    : $"As of {date}: status: {status} (the org unit owes no part of this target); value reported {Shown(e.Value)}{part}.";
            }

            var required = e.Rule is MilestoneRule { Stages.IsEmpty: true }
                ? (zh ? $"完成期限{Figures.Date(e.DueDate, language)}" : $"due on {Figures.Date(e.DueDate, language)}")
                : (zh ? "要求" : "against a requirement of ") + Words.Rule(e.Rule, Target.Unit, language, style);
            return zh
                ? $"截至{date}，{AchievedPhrase()}，{required}；完成率{c}，序时进度{x}，状态为{status}。"
                : $"As of {date}: {AchievedPhrase()}, {required}; completion {c}, expected progress {x}; status: {status}.";
        }

        public string Reports() => ReportsSummary() + Marks();

        /// <summary>The revisions and corrections among the reports that count, each with its mark: " 修订：…".</summary>
        private string Marks()
        {
            var marked = explanation.Reports.Where(r => r.Revision > 0 || r.IsCorrection).ToList();
            if (marked.Count == 0)
            {
                return string.Empty;
            }

            var items = marked.Select(r => Named(r.OrgUnit) + " " + Figures.Date(r.Date, language) + " " + Reported(Target, r, language) + ReportMark(r));
            return (zh ? "其中修订与冲减：" : " Revisions and corrections: ") + string.Join(zh ? "；" : "; ", items) + (zh ? "。" : ".");
        }

        /// <summary>An org unit as a reader knows it: its code and, where the tree has it, its name (430281 醴陵市).</summary>
        private string Named(OrgUnitCode code) => orgUnits?.Find(code)?.Name is { } name ? code + " " + name : code.ToString();

        private string ReportMark(ProgressReport report)
        {
            var mark = string.Empty;
            if (report.Revision > 0)
            {
                var when = report.Submitted is { } submitted ? Figures.Date(submitted.Date, language) : string.Empty;
                mark += zh ? $"（修订{report.Revision}，{when}报送）" : $" (revision {report.Revision}, submitted {when})";
            }

            if (report.IsCorrection)
            {
                mark += zh ? $"（冲减：{report.Reason}）" : $" (correction: {report.Reason})";
            }

            return mark;
        }

        private string ReportsSummary()
        {
            var achievement = e.Achievement;
            if (!achievement.HasReports)
            {
                return zh ? $"报送：截至{Figures.Date(e.AsOf, language)}无报送。" : $"Reports: none on or before {Figures.Date(e.AsOf, language)}.";
            }

            var count = Figures.Count(achievement.ReportCount, "条报送", "report", "reports", language);
            if (explanation.Reports.IsEmpty)
            {
                return zh ? $"报送：共{count}，由汇总引擎汇总，合计{Shown(e.Value)}。" : $"Reports: {count}, aggregated by the engine: {Shown(e.Value)}.";
            }

            var units = Figures.Count(explanation.Reports.Select(r => r.OrgUnit).Distinct().Count(), "个单位", "org unit", "org units", language);
            if (Target.Comparison.Kind == ComparisonKind.Milestone && achievement.Denominator is { } inScope)
            {
                // Owed by every unit of a level: units done / units in scope, never the furthest unit's progress.
                var owing = Figures.Count((int)inScope, "个单位", "unit", "units", language);
                var done = Explanation.Number(achievement.Numerator!.Value);
                return zh
                    ? $"报送：{units}的{count}；范围内{owing}须各自完成，已完成{done}个，完成程度{Figures.Percent(e.Value)}。"
                    : $"Reports: {count} from {units}; each of the {owing} in scope owes it, {done} done: {Figures.Percent(e.Value)}.";
            }

            if (Target.Comparison.Kind == ComparisonKind.Milestone)
            {
                return zh ? $"报送：{units}的{count}，取最高完成程度{Figures.Percent(e.Value)}。" : $"Reports: {count} from {units}, the furthest progress counting: {Figures.Percent(e.Value)}.";
            }

            var how = TimePhrase();
            if (achievement.Denominator is { } denominator)
            {
                // Both parts of a share in the same digits, as a count is written beside a total: 240493 / 428000.
                var format = zh ? "0.##" : "#,0.##";
                var numerator = achievement.Numerator!.Value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
                var over = denominator.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
                return zh
                    ? $"报送：{units}的{count}，{how}，合计{numerator}／{over}，比例为{Shown(e.Value)}。"
                    : $"Reports: {count} from {units}, {how}: {numerator} out of {over}, that is {Shown(e.Value)}.";
            }

            return zh ? $"报送：{units}的{count}，{how}，合计{Shown(e.Value)}。" : $"Reports: {count} from {units}, {how}: {Shown(e.Value)} in all.";
        }

        public string Arithmetic()
        {
            if (e.Status == EvaluationStatus.NotAssigned)
            {
                // A unit that owes nothing has no completion rate: what it contributed, and its part of the whole.
                var part = e.Contribution is { } p ? Figures.Percent(p) : null;
                return (zh, part) switch
                {
                    (true, null) => $"计算：本指标未向该单位分解任务（未分解），不计完成率；该单位完成{Shown(e.Achieved)}。",
                    (true, _) => $"计算：本指标未向该单位分解任务（未分解），不计完成率；该单位完成{Shown(e.Achieved)}，占全市完成量的{part}。",
                    (false, null) => $"Arithmetic: the org unit was allocated no share of this target (not assigned), so it has no completion rate; it contributed {Shown(e.Achieved)}.",
                    _ => $"Arithmetic: the org unit was allocated no share of this target (not assigned), so it has no completion rate; it contributed {Shown(e.Achieved)}, {part} of the city's achievement.",
                };
            }

            var parts = new List<string>();
            if (e.Rule is AmountRule { Baseline: { } baseline } amount && e.Achievement.HasReports)
            {
                var (v, b, a) = (Shown(e.Value), Shown(baseline), Shown(e.Achieved));
                parts.Add(amount.Direction == Direction.Descending
                    ? (zh ? $"完成量 = 基线{b} − 实际{v} = {a}" : $"achieved = baseline {b} − actual {v} = {a}")
                    : (zh ? $"完成量 = 实际{v} − 基线{b} = {a}" : $"achieved = actual {v} − baseline {b} = {a}"));
            }

            parts.Add(CompletionArithmetic());
            parts.Add(ExpectedArithmetic());
            return (zh ? "计算：" : "Arithmetic: ") + string.Join(zh ? "；" : "; ", parts) + (zh ? "。" : ".");
        }

        public string Reason()
        {
            var status = Words.Status(e.Status, language);
            var (c, x) = (Figures.Percent(e.Completion), Figures.Percent(e.ExpectedProgress));
            var points = Figures.Points(e.Tolerance);
            var threshold = Figures.Percent(Math.Max(0m, e.ExpectedProgress - e.Tolerance));
            var pointWord = points == "1" ? "percentage point" : "percentage points";
            return e.Status switch
            {
                EvaluationStatus.NotAssigned => zh
                    ? $"判定：该单位不承担本指标任务，不计滞后，{status}。"
                    : $"Status: {status} — the org unit owes no part of this target, so it is never behind.",
                EvaluationStatus.Exceeded => zh
                    ? $"判定：实际{Shown(e.Achieved)}，超过{UpperBound().Zh}{Shown(UpperBound().Amount)}，{status}。"
                    : $"Status: {status} — {Shown(e.Achieved)}, above {UpperBound().En} {Shown(UpperBound().Amount)}.",
                EvaluationStatus.Achieved => zh ? $"判定：完成率达到100%，{status}。" : $"Status: {status} — completion reached 100%.",
                EvaluationStatus.Overdue => zh
                    ? $"判定：完成期限{Figures.Date(e.DueDate, language)}已过，完成率{c}未达100%，{status}。"
                    : $"Status: {status} — the due date, {Figures.Date(e.DueDate, language)}, has passed with completion at {c}.",
                EvaluationStatus.NotStarted => zh
                    ? $"判定：截至{Figures.Date(e.AsOf, language)}尚无报送，{status}。"
                    : $"Status: {status} — no report counts as of {Figures.Date(e.AsOf, language)}.",
                EvaluationStatus.OnTrack when e.Rule is MilestoneRule { Stages.IsEmpty: true } && e.ExpectedProgress == 0m => zh
                    ? $"判定：节点任务完成期限{Figures.Date(e.DueDate, language)}未到，{status}。"
                    : $"Status: {status} — the milestone is not due until {Figures.Date(e.DueDate, language)}.",
                EvaluationStatus.Behind => zh
                    ? $"判定：完成率{c}低于序时进度{x}减去容差{points}个百分点（{threshold}），{status}。"
                    : $"Status: {status} — completion {c} is below the expected progress of {x} less the tolerance of {points} {pointWord} ({threshold}).",
                _ => zh
                    ? $"判定：完成率{c}不低于序时进度{x}减去容差{points}个百分点（{threshold}），{status}。"
                    : $"Status: {status} — completion {c} is not below the expected progress of {x} less the tolerance of {points} {pointWord} ({threshold}).",
            };
        }

        private string AchievedPhrase()
        {
            if (!e.Achievement.HasReports)
            {
                return zh ? "尚无报送" : "nothing reported yet";
            }

            return e.Rule switch
            {
                MilestoneRule { Stages.IsEmpty: true } => e.Value >= 1m ? (zh ? "节点任务已完成" : "the milestone is done") : (zh ? "节点任务尚未完成" : "the milestone is not done"),
                MilestoneRule => zh ? $"节点任务完成{Figures.Percent(e.Value)}" : $"the milestone is {Figures.Percent(e.Value)} done",
                AtMostRule { Baseline: null } => zh ? $"实际{Shown(e.Value)}" : $"actually {Shown(e.Value)}",
                CoverageRule => zh ? $"覆盖率{Shown(e.Value)}" : $"coverage of {Shown(e.Value)}",
                _ => zh ? $"完成{Shown(e.Achieved)}" : $"{Shown(e.Achieved)} achieved",
            };
        }

        private string CompletionArithmetic()
        {
            var c = Figures.Percent(e.Completion);
            var label = zh ? "完成率" : "completion";
            switch (e.Rule)
            {
                case AtMostRule when !e.Achievement.HasReports:
                    return zh ? "尚无报送，完成率计为0" : "nothing reported yet, so completion is 0%";
                case AtMostRule { Baseline: { } b } atMost when b > atMost.Maximum:
                    return zh
                        ? $"完成率 = （基线{Shown(b)} − 实际{Shown(e.Value)}）÷（基线{Shown(b)} − 目标{Shown(atMost.Maximum)}）= {c}{Capped()}"
                        : $"completion = (baseline {Shown(b)} − actual {Shown(e.Value)}) ÷ (baseline {Shown(b)} − target {Shown(atMost.Maximum)}) = {c}{Capped()}";
                case AtMostRule atMost:
                    return e.Completion >= 1m
                        ? (zh ? $"实际{Shown(e.Value)}未超过上限{Shown(atMost.Maximum)}，完成率{c}" : $"actual {Shown(e.Value)} is within the limit of {Shown(atMost.Maximum)}, so completion is {c}")
                        : (zh ? $"实际{Shown(e.Value)}超过上限{Shown(atMost.Maximum)}，完成率{c}" : $"actual {Shown(e.Value)} is above the limit of {Shown(atMost.Maximum)}, so completion is {c}");
                case MilestoneRule:
                    return zh ? $"完成率 = 节点完成程度 = {c}" : $"completion = the milestone's progress = {c}";
                default:
                    if (e.Required == 0m)
                    {
                        return zh ? $"要求量为0，完成率{c}" : $"nothing is required, so completion is {c}";
                    }

                    var notes = new List<string>();
                    if (e.Rule is BetweenRule)
                    {
                        notes.Add(zh ? "要求量按下限计" : "the lower bound is what is required");
                    }

                    notes.AddRange(CappedNote());
                    var note = notes.Count == 0 ? string.Empty : zh ? "（" + string.Join("；", notes) + "）" : " (" + string.Join("; ", notes) + ")";
                    return $"{label} = {Shown(Math.Max(0m, e.Achieved))} ÷ {Shown(e.Required)} = {c}{note}";
            }
        }

        /// <summary>A note where the completion was held to 0%–100%: more than required counts as 100%, a loss as 0%.</summary>
        private string Capped()
        {
            var note = CappedNote().FirstOrDefault();
            return note is null ? string.Empty : zh ? "（" + note + "）" : " (" + note + ")";
        }

        private IEnumerable<string> CappedNote()
        {
            var above = e.Rule is AtMostRule atMost ? e.Value < atMost.Maximum : e.Achieved > e.Required;
            var below = e.Rule is AtMostRule { Baseline: { } b } ? e.Value > b : e.Achieved < 0m;
            if (above)
            {
                yield return zh ? "超出部分不计，按100%计" : "capped at 100%";
            }
            else if (below)
            {
                yield return zh ? "不足部分按0计" : "floored at 0%";
            }
        }

        private string ExpectedArithmetic()
        {
            var basis = ExpectedProgress.Basis(Target, e.Period, e.AsOf, e.Basis);
            var x = Figures.Percent(e.ExpectedProgress);
            var months = basis.Unit == ProgressBasis.Months;
            var (unitZh, unitEn, byZh, byEn) = months ? ("个月", "whole months", "按整月计算", "by whole month") : ("天", "days", "按天计算", "by day");
            var (from, to) = (Figures.Date(basis.From, language), Figures.Date(basis.To, language));
            return basis.Kind switch
            {
                ExpectedProgressBasisKind.Before => zh ? $"序时进度为0.0%（{from}起计）" : $"expected progress is 0.0% (the schedule starts on {from})",
                ExpectedProgressBasisKind.After => zh ? $"序时进度为100.0%（{to}已到期）" : $"expected progress is 100.0% (the schedule ended on {to})",
                ExpectedProgressBasisKind.AfterCheckpoints => zh ? $"序时进度为100.0%（最后一个进度节点{from}已过）" : $"expected progress is 100.0% (the last checkpoint, {from}, has passed)",
                ExpectedProgressBasisKind.AtCheckpoint => zh ? $"序时进度 = 进度节点{from}的要求 = {x}" : $"expected progress = what the checkpoint of {from} expects = {x}",
                ExpectedProgressBasisKind.StepBefore => zh ? $"序时进度为0.0%（节点任务，完成期限{from}前为0%，自{from}起为100%）" : $"expected progress is 0.0% (a step: 0% before the due date, {from}, 100% from then on)",
                ExpectedProgressBasisKind.StepDue => zh ? $"序时进度为100.0%（节点任务，完成期限{from}已到）" : $"expected progress is 100.0% (a step: the due date, {from}, has come)",
                ExpectedProgressBasisKind.StageReached => zh ? $"序时进度 = 阶段“{basis.Stage}”（{from}）的完成程度 = {x}" : $"expected progress = the completion of stage \"{basis.Stage}\" (due {from}) = {x}",
                ExpectedProgressBasisKind.Linear => zh
                    ? $"序时进度 = {basis.Elapsed}{unitZh} ÷ {basis.Length}{unitZh} = {x}（{from}至{to}{byZh}）"
                    : $"expected progress = {basis.Elapsed} ÷ {basis.Length} {unitEn} = {x} ({byEn}, {from} to {to})",
                _ => zh
                    ? $"序时进度 = {Figures.Percent(basis.FromValue)} + （{Figures.Percent(basis.ToValue)} − {Figures.Percent(basis.FromValue)}）× {basis.Elapsed}{unitZh} ÷ {basis.Length}{unitZh} = {x}（进度节点{from}至{to}之间{byZh}）"
                    : $"expected progress = {Figures.Percent(basis.FromValue)} + ({Figures.Percent(basis.ToValue)} − {Figures.Percent(basis.FromValue)}) × {basis.Elapsed} ÷ {basis.Length} {unitEn} = {x} ({byEn} between the checkpoints of {from} and {to})",
            };
        }

        private string TimePhrase() => (Target.TimeAggregation, zh) switch
        {
            (TimeAggregation.Level, true) => "各单位取截至该日的最新一次",
            (TimeAggregation.Level, false) => "the latest of each unit",
            (TimeAggregation.Increment, true) => "各次增量累计",
            (TimeAggregation.Increment, false) => "increments added up",
            (TimeAggregation.Average, true) => "各单位取平均值",
            (TimeAggregation.Average, false) => "the mean of each unit",
            (TimeAggregation.Maximum, true) => "各单位取最大值",
            (TimeAggregation.Maximum, false) => "the highest of each unit",
            (_, true) => "各单位取最小值",
            _ => "the lowest of each unit",
        };

        /// <summary>What an exceeded target went past: a range's upper bound, an exact amount, or the required amount.</summary>
        private (decimal Amount, string Zh, string En) UpperBound() => e.Rule switch
        {
            BetweenRule r => (r.Maximum, "上限", "the upper bound of"),
            ExactlyRule r => (r.Value, "要求的", "the required"),
            _ => (e.Required, "要求量", "the required"),
        };

        /// <summary>A figure of the target as written: a share as a percentage, an amount with its measure word.</summary>
        private string Shown(decimal value) => IsShare ? Figures.Percent(value) : Figures.Amount(value, Target.Unit, language, style);
    }
}

using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// The words of the domain in each <see cref="Language"/>, in one place: statuses (已完成, 超额完成, 正常推进, 滞后,
/// 未启动, 逾期未完成), completion rules in words (不少于100名, 3至5所) and a report's headings and labels. Every output —
/// tables, CSV, JSON display fields, HTML, workbooks, explanations — takes its words from here; numbers and dates come
/// from <see cref="Figures"/>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class Words
{
    /// <summary>The name of a status: 未启动, 滞后, 正常推进, 已完成, 超额完成, 逾期未完成; or in English.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string Status(EvaluationStatus status, Language language)
    {
        Figures.Check(language);
        var zh = language == Language.Chinese;
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

    /// <summary>A heading or label of a report.</summary>
    /// <param name="word">Which word.</param>
    /// <param name="language">The language.</param>
    /// <returns>The word; in English with a capital only where a heading needs one.</returns>
    /// <exception cref="ArgumentException">An argument is undefined.</exception>
    public static string Of(ReportWord word, Language language)
    {
        Figures.Check(language);
        var (zh, en) = word switch
        {
            ReportWord.Report => ("完成情况", "progress report"),
            ReportWord.AsOf => ("截至", "as of"),
            ReportWord.PlanCompletion => ("计划完成率", "Plan completion"),
            ReportWord.Completion => ("完成率", "Completion"),
            ReportWord.ExpectedProgress => ("序时进度", "Expected progress"),
            ReportWord.Status => ("状态", "Status"),
            ReportWord.TargetsAchieved => ("已完成指标", "Targets achieved"),
            ReportWord.ReportsReceived => ("月度报送", "Monthly reports received"),
            ReportWord.SectionsAndItems => ("各部分及要点完成情况", "Sections and items"),
            ReportWord.Number => ("序号", "No."),
            ReportWord.SectionOrItem => ("部分 / 要点", "Section / item"),
            ReportWord.Targets => ("指标完成情况", "Targets"),
            ReportWord.TargetId => ("编号", "Id"),
            ReportWord.Target => ("指标", "Target"),
            ReportWord.AchievedOfRequired => ("完成量 / 要求量", "Achieved / required"),
            ReportWord.Achieved => ("完成量", "Achieved"),
            ReportWord.Required => ("要求量", "Required"),
            ReportWord.CountiesBehind => ("滞后的县市区", "Counties behind"),
            ReportWord.SchoolsBehind => ("滞后的学校", "Schools behind"),
            ReportWord.NoMeasurableTarget => ("无量化指标", "no measurable target"),
            ReportWord.Plan => ("计划", "plan"),
            ReportWord.Section => ("部分", "section"),
            ReportWord.Item => ("要点", "item"),
            ReportWord.OrgUnit => ("单位", "Org unit"),
            ReportWord.OrgUnitCode => ("单位代码", "Org unit code"),
            ReportWord.Level => ("层级", "Level"),
            ReportWord.Counties => ("县市区", "Counties"),
            ReportWord.Schools => ("学校", "Schools"),
            ReportWord.CompletionOverTime => ("完成率走势", "Completion over time"),
            ReportWord.Date => ("日期", "Date"),
            ReportWord.Overview => ("概况", "Overview"),
            ReportWord.PlanPeriod => ("计划周期", "Plan period"),
            ReportWord.NoneAllocated => ("—（未分解）", "— (not allocated)"),
            ReportWord.NoReport => ("无报送", "no report"),
            ReportWord.ReportingRate => ("报送完整率", "Reporting rate"),
            ReportWord.CityWide => ("全市", "City-wide"),
            ReportWord.Title => ("名称", "Title"),
            _ => throw new ArgumentException($"Unknown report word {word}.", nameof(word)),
        };
        return language == Language.Chinese ? zh : en;
    }

    /// <summary>Who issued a plan, or that the plan does not say: （未注明） / (not stated).</summary>
    /// <param name="issuer">The issuer (<see cref="Plans.Plan.Issuer"/>); null where not stated.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Issuer(string? issuer, Language language)
    {
        Figures.Check(language);
        return issuer ?? (language == Language.Chinese ? "（未注明）" : "(not stated)");
    }

    /// <summary>Whether a yes/no milestone (节点任务) is done, as an official writes it: 已完成 / 未完成; done / not done.</summary>
    /// <param name="done">Whether it is done.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string MilestoneDone(bool done, Language language)
    {
        Figures.Check(language);
        return language == Language.Chinese ? (done ? "已完成" : "未完成") : (done ? "done" : "not done");
    }

    /// <summary>A rule in words: "不少于100名", "at least 100 people", "1至2所", "between 1 and 2 institutions", ….</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="unit">The measure word of the amounts.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Rule(CompletionRule rule, MeasureWord unit, Language language) => Rule(rule, unit, language, null);

    /// <summary>A rule in words, its amounts written in the style of the figures beside it (<see cref="Figures.InTenThousands"/>).</summary>
    internal static string Rule(CompletionRule rule, MeasureWord unit, Language language, bool? tenThousands)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Figures.Check(language);
        var zh = language == Language.Chinese;
        string A(decimal value) => Figures.Amount(value, unit, language, tenThousands);
        string N(decimal value) => Figures.Number(value, language, tenThousands);
        var text = rule switch
        {
            AtLeastRule r => zh ? $"不少于{A(r.Minimum)}" : $"at least {A(r.Minimum)}",
            BetweenRule r => zh ? Figures.Range(r.Minimum, r.Maximum, unit, language, tenThousands) : $"between {N(r.Minimum)} and {A(r.Maximum)}",
            ExactlyRule r => zh ? $"恰好{A(r.Value)}" : $"exactly {A(r.Value)}",
            CoverageRule r => zh ? $"覆盖率不低于{Figures.Percent(r.Share)}" : $"coverage of at least {Figures.Percent(r.Share)}",
            AtMostRule r => zh ? $"不超过{A(r.Maximum)}" : $"at most {A(r.Maximum)}",
            MilestoneRule { Stages.IsEmpty: true } => zh ? "节点任务（完成即达标）" : "a milestone (done or not)",
            MilestoneRule r => (zh ? "分阶段节点：" : "a staged milestone: ")
                + string.Join(zh ? "、" : ", ", r.Stages.Select(s => $"{s.Name} {Figures.Percent(s.Completion)}")),
            CompositeRule r => (r.Mode, zh) switch
            {
                (CompositeMode.AllOf, true) => "全部完成：",
                (CompositeMode.AllOf, false) => "all of: ",
                (CompositeMode.AnyOf, true) => "任一完成：",
                (CompositeMode.AnyOf, false) => "any of: ",
                (_, true) => "加权：",
                _ => "weighted: ",
            } + string.Join(zh ? "、" : ", ", r.Parts),
            _ => rule.ToString()!,
        };
        if (rule is AmountRule { Baseline: { } baseline } amount)
        {
            text += (amount.Direction == Direction.Descending, zh) switch
            {
                (true, true) => $"（较基线{A(baseline)}减少）",
                (false, true) => $"（较基线{A(baseline)}新增）",
                (true, false) => $" (a reduction from the baseline of {A(baseline)})",
                _ => $" (growth over the baseline of {A(baseline)})",
            };
        }

        return text;
    }
}

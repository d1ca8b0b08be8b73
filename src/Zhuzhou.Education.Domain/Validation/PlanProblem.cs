using System.Collections.Frozen;
using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>A problem the plan check found, before it is placed in a file: its code, severity, JSON path, the words of the plan it is about, and the specifics its message names.</summary>
internal sealed record PlanProblem(string Code, DiagnosticSeverity Severity, string? Path, string? Words, string[] Arguments)
{
    // The messages in both languages; {0}, {1}… are the arguments.
    private static readonly FrozenDictionary<string, (string Zh, string En)> Templates = new Dictionary<string, (string, string)>
    {
        [PlanCheckCodes.DeadlineOutsidePeriod] = ("指标 {0}（{1}）的完成期限 {2} 不在计划周期 {3} 至 {4} 内", "target {0} ({1}): its deadline {2} is outside the plan period {3} to {4}"),
        [PlanCheckCodes.CheckpointOutsidePeriod] = ("指标 {0}（{1}）的进度节点 {2} 不在计划周期 {3} 至 {4} 内", "target {0} ({1}): its checkpoint {2} is outside the plan period {3} to {4}"),
        [PlanCheckCodes.NotMeasurable] = ("指标 {0}（{1}）要求 {2}，但没有量词，无法计量：请写明量词（名、所、个……），或将其定为节点", "target {0} ({1}) requires {2} but has no measure word to count it in: give its measure word (名, 所, 个, …) or make it a milestone"),
        [PlanCheckCodes.AllocationOfUnknownTarget] = ("任务分解中的指标 {0} 不在计划中（单位 {1}）", "an allocation names target {0}, which the plan does not have (org unit {1})"),
        [PlanCheckCodes.AllocationOfUnknownOrgUnit] = ("指标 {0} 分解到的单位 {1} 不在单位名录中", "target {0} is allocated to org unit {1}, which is not in the org unit tree"),
        [PlanCheckCodes.AllocationOfShare] = ("指标 {0}（{1}）是比例或节点，各单位要求相同，不能分解（单位 {2}）", "target {0} ({1}) is a share or a milestone, which every unit owes alike: it cannot be allocated (org unit {2})"),
        [PlanCheckCodes.AllocationsDoNotAddUp] = ("指标 {0}（{1}）分解到 {2} 下属单位的任务量合计与其任务量不符：{3}，应为 {4}", "target {0} ({1}): the allocations to the units beneath {2} do not add up to its amount: {3}, not {4}"),
        [PlanCheckCodes.NoPeriod] = ("计划没有计划周期，完成期限与序时进度无从计算，无法评估：请在文件中写明周期，或解析文本时给出年份", "the plan has no period: its deadlines and expected progress have nothing to run in and it cannot be evaluated; give the period in the file, or a year when the text is parsed"),
        [PlanCheckCodes.SectionNumberSkips] = ("部分编号 {0} 不连续，此处应为 {1}", "section {0} is out of sequence: {1} belongs here"),
        [PlanCheckCodes.ItemNumberSkips] = ("要点编号 {0} 不连续，此处应为 {1}", "item {0} is out of sequence: {1} belongs here"),
        [PlanCheckCodes.EmptySection] = ("第 {0} 部分（{1}）没有要点", "section {0} ({1}) has no items"),
        [PlanCheckCodes.EmptyItem] = ("要点 {0}（{1}）没有举措", "item {0} ({1}) has no commitments"),
        [PlanCheckCodes.TargetOrdinalSkips] = ("指标编号 {0} 不连续，此处应为 {1}", "target {0} is out of sequence: {1} belongs here"),
        [PlanCheckCodes.NothingRequired] = ("指标 {0}（{1}）要求 {2}，未有报送即已完成，无从计量", "target {0} ({1}) requires {2}: it is complete before any report, so it measures nothing"),
        [PlanCheckCodes.AlreadyMet] = ("指标 {0}（{1}）要求 {2}，而基线 {3} 已达到，未有报送即已完成", "target {0} ({1}) requires {2}, and its baseline {3} already meets it: it is complete before any report"),
        [PlanCheckCodes.NoTarget] = ("计划中没有任何指标，无可计量", "the plan has no target: nothing in it can be measured"),
        [PlanCheckCodes.PublishedAfterPeriod] = ("发布日期 {0} 晚于计划周期结束日 {1}", "the plan was published on {0}, after its period ended on {1}"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The codes and their messages in Chinese and English, for the tests of the table.</summary>
    internal static IEnumerable<(string Code, string Zh, string En)> AllTemplates() => Templates.Select(t => (t.Key, t.Value.Zh, t.Value.En));

    /// <summary>The message in Chinese or English.</summary>
    public string Message(bool chinese)
    {
        var (zh, en) = Templates[Code];
        var text = new StringBuilder(chinese ? zh : en);
        for (var i = 0; i < Arguments.Length; i++)
        {
            text.Replace("{" + i + "}", Arguments[i]);
        }

        return text.ToString();
    }

    public Diagnostic ToDiagnostic(int? line, int? column) => new(Code, Severity, Message(chinese: false), line, column, Path);
}

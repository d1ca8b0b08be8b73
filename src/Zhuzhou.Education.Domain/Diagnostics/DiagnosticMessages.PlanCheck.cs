namespace Zhuzhou.Education.Domain.Diagnostics;

public static partial class DiagnosticMessages
{
    // The plan check (ZV): what each code means.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> PlanCheckMeaningTable()
    {
        static KeyValuePair<string, (string, string)> M(string code, string zh, string en) => new(code, (zh, en));

        yield return M("ZV0001", "完成期限不在计划周期内", "a deadline is outside the plan period");
        yield return M("ZV0002", "进度节点不在计划周期内", "a checkpoint is outside the plan period");
        yield return M("ZV0003", "指标有数量而无量词，又不是节点，无法计量", "a target has an amount but no measure word, and is not a milestone");
        yield return M("ZV0005", "任务分解中的单位不在单位名录中", "an allocation names an org unit not in the tree");
        yield return M("ZV0007", "下属单位的分解任务量合计与上级任务量不符", "the allocations beneath a unit do not add up to its amount");
        yield return M("ZV0008", "计划没有计划周期", "the plan has no period");
        yield return M("ZV1001", "部分编号不连续", "section numbers are out of sequence");
        yield return M("ZV1002", "要点编号不连续", "item numbers are out of sequence");
        yield return M("ZV1003", "该部分没有要点", "a section has no items");
        yield return M("ZV1004", "该要点没有举措", "an item has no commitments");
        yield return M("ZV1005", "指标编号不连续", "target numbers are out of sequence");
        yield return M("ZV1006", "指标未有报送即已完成，无从计量", "a target requires nothing: it is complete before any report");
        yield return M("ZV1007", "基线已达到不超过类指标的要求", "an at-most target's baseline already meets it");
        yield return M("ZV1008", "计划中没有任何指标", "the plan has no target");
        yield return M("ZV1009", "发布日期晚于计划周期结束日", "the plan was published after its period ended");
    }

    // The plan check (ZV): the messages with their specifics.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> PlanCheckTemplateTable()
    {
        static KeyValuePair<string, (string, string)> T(string key, string zh, string en) => new(key, (zh, en));

        yield return T("ZV0001", "指标{0}（{1}）的完成期限{2}不在计划周期{3}至{4}内。", "Target {0} ({1}): its deadline {2} is outside the plan period {3} to {4}.");
        yield return T("ZV0002", "指标{0}（{1}）的进度节点{2}不在计划周期{3}至{4}内。", "Target {0} ({1}): its checkpoint {2} is outside the plan period {3} to {4}.");
        yield return T("ZV0003", "指标{0}（{1}）要求{2}，但没有量词，无法计量：请写明量词（名、所、个……），或将其定为节点。", "Target {0} ({1}) requires {2} but has no measure word to count it in: give its measure word (名, 所, 个, …) or make it a milestone.");
        yield return T("ZV0005", "指标{0}分解到的单位{1}不在单位名录中。", "Target {0} is allocated to org unit {1}, which is not in the org unit tree.");
        yield return T("ZV0007", "指标{0}（{1}）分解到{2}下属单位的任务量合计与其任务量不符：{3}，应为{4}。", "Target {0} ({1}): the allocations to the units beneath {2} do not add up to its amount: {3}, not {4}.");
        yield return T("ZV0008", "计划没有计划周期，完成期限与序时进度无从计算，无法评估：请在文件中写明周期，或解析文本时给出年份。", "The plan has no period: its deadlines and expected progress have nothing to run in and it cannot be evaluated; give the period in the file, or a year when the text is parsed.");
        yield return T("ZV1001", "部分编号{0}不连续，此处应为{1}。", "Section {0} is out of sequence: {1} belongs here.");
        yield return T("ZV1002", "要点编号{0}不连续，此处应为{1}。", "Item {0} is out of sequence: {1} belongs here.");
        yield return T("ZV1003", "第{0}部分（{1}）没有要点。", "Section {0} ({1}) has no items.");
        yield return T("ZV1004", "要点{0}（{1}）没有举措。", "Item {0} ({1}) has no commitments.");
        yield return T("ZV1005", "指标编号{0}不连续，此处应为{1}。", "Target {0} is out of sequence: {1} belongs here.");
        yield return T("ZV1006", "指标{0}（{1}）要求{2}，未有报送即已完成，无从计量。", "Target {0} ({1}) requires {2}: it is complete before any report, so it measures nothing.");
        yield return T("ZV1007", "指标{0}（{1}）要求{2}，而基线{3}已达到，未有报送即已完成。", "Target {0} ({1}) requires {2}, and its baseline {3} already meets it: it is complete before any report.");
        yield return T("ZV1008", "计划中没有任何指标，无可计量。", "The plan has no target: nothing in it can be measured.");
        yield return T("ZV1009", "发布日期{0}晚于计划周期结束日{1}。", "The plan was published on {0}, after its period ended on {1}.");
    }
}

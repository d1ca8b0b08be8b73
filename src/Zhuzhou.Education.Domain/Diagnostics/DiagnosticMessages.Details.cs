using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Zhuzhou.Education.Domain.Diagnostics;

public static partial class DiagnosticMessages
{
    // The templates one of whose arguments is a detail written in English by someone else: the model's own validation
    // (an ArgumentException's message) or the CSV reader's (Sylvan's CsvFormatException). In Chinese the detail is
    // written from the table below; a detail the table does not know gives the template's ".plain" variant, which
    // names no detail, rather than English in the Chinese.
    private static readonly FrozenDictionary<string, int> DetailArgument = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ZJ0010.model"] = 0,
        ["ZC0001"] = 0,
        ["ZC0003"] = 0,
        ["ZA0008"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (Regex English, Func<Match, string> Chinese)[] Details =
    [
        .. ModelDetails().Select(d => (new Regex("^" + d.English + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), d.Chinese)),
        .. CsvReaderDetails().Select(d => (new Regex("^" + d.English + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), d.Chinese)),
    ];

    /// <summary>
    /// A detail of the model or the CSV reader, written in English (<c>Minimum must not exceed maximum.</c>), in Chinese
    /// (<c>下限不能大于上限</c>, without the closing 。), or null when the catalogue does not know it.
    /// </summary>
    internal static string? DetailInChinese(string english)
    {
        foreach (var (pattern, chinese) in Details)
        {
            if (pattern.Match(english) is { Success: true } match)
            {
                return chinese(match);
            }
        }

        return null;
    }

    private static List<(string English, Func<Match, string> Chinese)> ModelDetails()
    {
        static (string, Func<Match, string>) D(string english, string chinese) => (english, m => m.Result(chinese));
        const string Id = @"(\S+?)";
        const string N = @"(-?\d+)";
        return
        [
            // Utility.Preconditions: the JSON path says which value.
            D(@"Value must not be empty or white space\.", "该值不能为空或空白"),
            D(@"Value must not be negative\.", "该值不能为负数"),
            D(@"Value must be a finite number \(not NaN or infinity\)\.", "该值须为有限数"),
            D(@"Value must be between 0 and (\d+)\.", "该值须在0到$1之间"),

            // Quantities.
            D(@"Minimum must not exceed maximum\.", "区间的下限不能大于上限"),
            D(@"Share must be greater than 0 and at most 1\.", "比例须大于0且不超过1"),

            // Plans: the plan, its sections, items, targets and their schedules, stages and allocations.
            D($@"Section number {N} is repeated\.", "部分编号$1重复"),
            D($@"Item number {N} is repeated\.", "要点编号$1重复"),
            D($@"Item number {N} is repeated in section {N}\.", "要点编号$1在第$2部分中重复"),
            D(@"Section number must be at least 1\.", "部分编号须不小于1"),
            D(@"Item number must be at least 1\.", "要点编号须不小于1"),
            D(@"Ordinal must be at least 1\.", "指标序号须不小于1"),
            D(@"A commitment must not be null\.", "举措不能为空"),
            D($@"Target {Id} is not a target of section {N}: its id must be S\d+\.n\.", "指标$1不属于第$2部分：其编号须为S$2.n"),
            D($@"Target id {Id} is repeated in section {N}\.", "指标编号$1在第$2部分中重复"),
            D($@"Target {Id} belongs to item {N}, not item {N}\.", "指标$1属于要点$2，而非要点$3"),
            D($@"Target id {Id} is repeated in item {N}\.", "指标编号$1在要点$2中重复"),
            D($@"Target {Id} is not in the plan '(.+)'\.", "指标$1不在计划《$2》中"),
            D($@"Target {Id} is given more than once\.", "指标$1给出了不止一次"),
            D(@"Plan '(.+)' has no period \(its text names no year\), so it cannot be evaluated: .*", "计划《$1》没有计划周期（文本中未写年份），无法评估：读取计划时请给出年份或计划周期"),
            D(@"Target id must be set\.", "须给出指标编号"),
            D(@"Org unit code must be set\.", "须给出单位代码"),
            D(@"Unknown measure word\.", "量词未知"),
            D(@"Unknown \w+ value (-?\d+)\.", "取值$1未知"),
            D(@"Weight must be positive\.", "权重须为正数"),
            D(@"Only a coverage target has a per-member requirement\.", "只有覆盖率指标才有每人须达到的要求"),
            D(@"A per-member requirement is an amount: at least, at most, between or exactly\.", "每人须达到的要求是一个数量：不少于、不多于、区间或恰好"),
            D(@"Only a milestone is owed by a scope of units; other targets are allocated\.", "只有节点任务由一级单位或某一单位承担，其他指标按任务分解承担"),
            D($@"Checkpoint {N} must not be null\.", "检查点$1不能为空"),
            D(@"Checkpoints must be in strictly increasing date order\.", "各检查点的日期须严格递增"),
            D(@"Expected completion must not fall from one checkpoint to the next\.", "各检查点的预期完成率不能下降"),
            D(@"Expected completion must be between 0 and 1\.", "预期完成率须在0到1之间"),
            D(@"Completion must be between 0 and 1\.", "完成率须在0到1之间"),
            D(@"Date must be in the ISO calendar\.", "日期须为ISO公历日期"),
            D(@"Only a milestone target can have stages\.", "只有节点任务才能分阶段"),
            D($@"Stage {N} must not be null\.", "阶段$1不能为空"),
            D(@"Stage name '(.*)' is repeated\.", "阶段名称“$1”重复"),
            D(@"Stage completions must rise strictly from one stage to the next\.", "各阶段的完成率须逐级严格递增"),
            D(@"Stage dates must rise strictly from one stage to the next\.", "各阶段的日期须逐级严格递增"),
            D(@"The last stage must stand for completion 1\.", "最后一个阶段的完成率须为1"),
            D(@"Both years or neither must be given\.", "起止年份须同时给出或同时不给出"),
            D(@"First year must not be after last year\.", "起始年份不能晚于终止年份"),
            ("A milestone can be owed by every county-level unit or every school, not by every unit of level (\\w+)\\.", m => $"节点任务可由全部县市区或全部学校承担，不能由全部{LevelInChinese(m.Groups[1].Value)}承担"),
            D($@"Target {Id} is a milestone, owed by its scope: it takes no allocation\.", "指标$1为节点任务，由其承担范围承担，不作任务分解"),
            D($@"Target {Id} is a share, which applies to every unit alike: it takes no allocation\.", "指标$1为比例指标，对各单位同样适用，不作任务分解"),
            D($@"Target {Id} is an at-most target: a baseline is never split, so it takes an explicit allocation with each unit's own baseline, not a proportional one\.", "指标$1为至多型指标：基数不按比例分解，须逐个单位给出任务量和各自的基数，不能按比例分解"),
            D($@"Target {Id} has a baseline: a baseline is never split, so it takes an explicit allocation with each unit's own baseline, not a proportional one\.", "指标$1有基数：基数不按比例分解，须逐个单位给出任务量和各自的基数，不能按比例分解"),
            D($@"Target {Id} has no baseline, so its allocation's parts give none\.", "指标$1没有基数，其任务分解的各单位也不填基数"),
            D($@"Target {Id} has a baseline, which is never split: every part of its allocation gives the unit's own baseline\.", "指标$1有基数，基数不分解：任务分解的每个单位须给出各自的基数"),
            D(@"A proportional allocation splits amounts, never baselines: give weights without baselines\.", "按比例分解只分解任务量，不分解基数：请只给出权重，不填基数"),
            D(@"The weights of a proportional allocation must not add up to 0\.", "按比例分解的权重之和不能为0"),
            D(@"An allocation needs at least one org unit\.", "任务分解至少须有一个单位"),
            D($@"Org unit {Id} appears more than once in the allocation\.", "单位$1在任务分解中出现了不止一次"),

            // Reports: a report read from JSON.
            D(@"A correction \(冲减\) is a negative increment\.", "冲减须为负的增量"),
            D(@"Revision must not be negative\.", "修订号不能为负数"),
            D(@"Submitted must be in the ISO calendar\.", "报送时间须为ISO公历时间"),
            D(@"A correction \(a negative increment\) must give its reason\.", "冲减（负的增量）须写明原因"),
            D(@"Denominator must be positive\.", "分母须为正数"),
            D(@"Evidence URI must be absolute\.", "佐证材料须为完整网址"),
        ];
    }

    private static List<(string English, Func<Match, string> Chinese)> CsvReaderDetails()
    {
        static (string, Func<Match, string>) D(string english, string chinese) => (english, m => m.Result(chinese));
        return
        [
            D(@"A quoted field at the end of the input ends without a closing quote\.", "文件末尾带引号的字段缺少结束引号"),
            D(@"A delimiter, newline or EOF was expected after a closing quote\.", "结束引号之后应为逗号、换行或文件结尾"),
            D(@"An unescaped quote character '(.)' was found inside a quoted field\.", "带引号的字段中有未转义的引号“$1”"),
            D(@"An quote escape character \((.)\) was the last character of a quoted field\.", "转义字符“$1”是带引号字段的最后一个字符"),
            D(@"Escape character (.) was encountered at the end of the text\.", "文本末尾出现转义字符“$1”"),
            D(@"Row (\d+) was too large\. .*", "第$1条记录过长"),
            D(@"The CSV file does not have headers, but the HasHeaders option was set to true\.", "CSV文件没有表头"),
            D(@"The CSV file contains more than one column named ""(.*)""\.", "CSV文件有不止一列名为“$1”"),
        ];
    }

    private static string LevelInChinese(string level) => level switch
    {
        "Province" => "省级单位",
        "City" => "市级单位",
        "County" => "县市区",
        "School" => "学校",
        _ => "同级单位",
    };
}

using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

internal static partial class CliText
{
    public static string ValidateNeedsInput(Language l) => l.Pick(
        "validate：请用 --plan 文件名 检查计划文件，或用 --progress 文件名 检查进度报送、--allocations 文件名 检查任务分解表（也可同时给出），或单用 --org-units 文件名 检查单位名录",
        "validate: give --plan FILE to check a plan file, or --progress FILE to check progress reports and --allocations FILE a 任务分解表 (or several), or --org-units FILE alone to check an org unit list");

    /// <summary>"units.csv：共11个单位，其中县市区10个、学校0所；0个错误，0个警告" — the counts only when the file was read as a tree.</summary>
    public static string ValidateOrgUnitsSummary(Language l, string file, (int Units, int Counties, int Schools)? shape, int errors, int warnings) => l.Pick(
        $"{file}：" + (shape is { } z ? $"共{z.Units}个单位，其中县市区{z.Counties}个、学校{z.Schools}所；" : string.Empty) + $"{errors}个错误，{warnings}个警告",
        $"{file}: " + (shape is { } s ? $"{s.Units} org {Plural(s.Units, "unit")}, {s.Counties} county-level, {s.Schools} {Plural(s.Schools, "school")}; " : string.Empty)
            + $"{errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}");

    /// <summary>"plan.json：5个部分，25个要点，24个指标；0个错误，0个警告" — the shape only when the file was read as a plan.</summary>
    public static string ValidatePlanSummary(Language l, string file, (int Sections, int Items, int Targets)? shape, int errors, int warnings) => l.Pick(
        $"{file}：" + (shape is { } z ? $"{z.Sections}个部分，{z.Items}个要点，{z.Targets}个指标；" : string.Empty) + $"{errors}个错误，{warnings}个警告",
        $"{file}: " + (shape is { } s ? $"{s.Sections} {Plural(s.Sections, "section")}, {s.Items} {Plural(s.Items, "item")}, {s.Targets} {Plural(s.Targets, "target")}; " : string.Empty)
            + $"{errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}");

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}

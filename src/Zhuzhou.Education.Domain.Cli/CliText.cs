using System.Globalization;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// What <c>zedu</c> itself says — help, messages, the sentences around the figures — in both languages, in one place.
/// The domain's words (statuses, headings) come from the library's <see cref="Evaluation.Words"/>.
/// </summary>
internal static partial class CliText
{
    /// <summary>Picks the Chinese or the English.</summary>
    public static string Pick(this Language language, string zh, string en) => language == Language.Chinese ? zh : en;

    /// <summary>A count as written in English (1,013).</summary>
    public static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count as written in the language: 1013 in Chinese, 1,013 in English.</summary>
    public static string N(Language language, long value) => language == Language.Chinese ? value.ToString(CultureInfo.InvariantCulture) : N(value);

    // Help: the commands.
    public static string Root(Language l) => l.Pick(
        "zedu：统计教育工作要点截至某日的完成情况，全市及各县市区。",
        "zedu — completion of a municipal education work plan (工作要点) as of a date, city-wide and per county.");

    public static string ReportCommand(Language l) => l.Pick(
        "计划及各部分、要点、指标的完成率、序时进度和状态，全市及各县市区。",
        "Completion, expected progress (序时进度) and status of the plan, its sections, items and targets, city-wide and per county.");

    public static string ShowCommand(Language l) => l.Pick("以树形显示计划：部分、要点、指标。", "Show the plan as a tree: sections, items, targets.");

    public static string ParseCommand(Language l) => l.Pick(
        "解析计划文本：计划JSON写到标准输出，诊断信息写到标准错误。",
        "Parse plan text: the plan as JSON on standard output, diagnostics on standard error.");

    public static string ValidateCommand(Language l) => l.Pick(
        "检查计划文件（--plan：格式、结构、指标可计量、完成期限在计划周期内）、进度报送文件（--progress）、任务分解表（--allocations）或单位名录（单用 --org-units）：列出每个问题及其所在文件和行（或JSON路径）；有错误时退出码为2。",
        "Check a plan file (--plan: schema, structure, targets measurable, deadlines inside the period), progress files (--progress), a 任务分解表 (--allocations) or an org unit list (--org-units alone): every problem with its file and line or JSON path; exit code 2 if there is an error.");

    public static string ExplainCommand(Language l) => l.Pick(
        "说明一个指标的评估结果：依据哪些报送、哪条规则、如何计算。",
        "Explain a target's evaluation: which reports, which rule, which arithmetic.");

    public static string SampleCommand(Language l) => l.Pick(
        "写出示例进度报送（seeds/zhuzhou-2017-progress-sample.json），或一个大的随机CSV。",
        "Write the sample progress reports (seeds/zhuzhou-2017-progress-sample.json), or a large random CSV.");

    // Help: the options and arguments.
    public static string PlanOption(Language l) => l.Pick(
        "计划：JSON（由 zedu parse 生成）或计划文本（工作要点）。默认：内置的株洲市教育局2017年工作要点。",
        "A plan: JSON (from 'zedu parse') or plan text (工作要点). Default: the built-in 株洲市教育局 2017 plan.");

    public static string ProgressOption(Language l) => l.Pick(
        "进度报送，JSON或CSV（target,orgUnit,date,value[,numerator,denominator]）；可重复以读多个文件。默认：内置示例报送。",
        "Progress reports, JSON or CSV (target,orgUnit,date,value[,numerator,denominator]); repeat for several files. Default: the built-in sample reports.");

    public static string ValidateProgressOption(Language l) => l.Pick("要检查的进度报送文件，JSON或CSV。", "Progress files to check, JSON or CSV.");

    public static string AsOfOption(Language l) => l.Pick("统计截止日期，格式YYYY-MM-DD。", "The date to evaluate as of, YYYY-MM-DD.");

    public static string ByOption(Language l) => l.Pick("按哪一级单位分解：county（县市区）或 school（学校）。", "The org units to break the figures down by: county or school.");

    public static string FormatOption(Language l) => l.Pick(
        "输出格式：table（表格）、json、csv、html（网页）、xlsx（Excel工作簿，须配合 --out）。",
        "Output format: table, json, csv, html (a page) or xlsx (an Excel workbook, with --out).");

    public static string OutOption(Language l) => l.Pick("写入此文件（完整写入或不写），而非标准输出。", "Write to this file (whole or not at all) instead of standard output.");

    public static string OrgUnitsOption(Language l) => l.Pick(
        "单位名录：JSON（zedu.orgunits/1）或CSV（code,name,parent[,kind]），如 seeds/qingdao-org-units.csv。默认：内置的株洲市及其九个县市区。",
        "The org units (单位名录): JSON (zedu.orgunits/1) or CSV (code,name,parent[,kind]), such as seeds/qingdao-org-units.csv. Default: the built-in 株洲市 and its nine county-level units.");

    public static string OrgOption(Language l) => l.Pick(
        "单位：代码（430281）、名称（醴陵市）或学校（430281-001）。默认：全市。",
        "An org unit: code (430281), name (醴陵市) or school (430281-001). Default: the whole city.");

    public static string LangOption(Language l) => l.Pick("输出语言：zh（中文，默认）或 en（英文）。", "The language of the output: zh (中文, the default) or en (English).");

    public static string NoBomOption(Language l) => l.Pick(
        "CSV不写字节顺序标记（默认写入，以便中文Windows上的Excel正确识别UTF-8）。",
        "Write CSV without a byte-order mark (by default it has one, so that Excel on Chinese Windows reads it as UTF-8).");

    public static string FileArgument(Language l) => l.Pick(
        "计划文本（工作要点）：UTF-8、UTF-16或GB18030，自动识别。",
        "Plan text (工作要点): UTF-8, UTF-16 or GB18030, detected.");

    public static string TargetArgument(Language l) => l.Pick("指标编号，如 8.1。", "A target id such as 8.1.");

    public static string RowsOption(Language l) => l.Pick("改为写出这么多条随机报送的CSV（用于压力测试）。", "Write this many random reports as CSV instead of the sample (load tests).");

    // Messages.
    public static string RowsOutOfRange(Language l, long rows, long most) => l.Pick(
        $"--rows {rows.ToString(CultureInfo.InvariantCulture)}：应为1至{N(most)}条（每个指标、县市区和学校每天至多一条报送）。",
        $"--rows {rows.ToString(CultureInfo.InvariantCulture)}: give 1 to {N(most)} reports (at most one a day for each target, county and school).");
    public static string SeeHelp(Language l) => l.Pick("运行 zedu --help 查看命令及选项。", "Run 'zedu --help' for the commands and their options.");

    public static string NotOneOf(Language l, string option, string value, IEnumerable<string> values) => l.Pick(
        $"{option}：不能取“{value}”，可选：{string.Join("、", values)}",
        $"{option}: '{value}' is not one of {string.Join(", ", values)}");

    public static string PlanNotRead(Language l, string file, int errors) => l.Pick(
        $"{file}：计划无法读取（{errors}个错误）",
        $"{file}: the plan could not be read ({errors} {(errors == 1 ? "error" : "errors")})");

    public static string NoSchools(Language l) => l.Pick(
        "--by school：没有来自学校的报送（学校写作县市区代码、连字符和序号：430281-001）",
        "--by school: no report comes from a school (schools are written as county code, hyphen, number: 430281-001)");

    public static string XlsxNeedsOut(Language l) => l.Pick(
        "--format xlsx：Excel工作簿须写入文件，请加 --out 文件名.xlsx",
        "--format xlsx: a workbook is written to a file: add --out FILE.xlsx");

    public static string XlsxTooManyUnits(Language l, int units, int max) => l.Pick(
        $"--format xlsx：共{N(l, units)}个单位，超出Excel工作表的列数上限（每个单位一列，至多{N(l, max)}个）；请改用 --format csv 或 json",
        $"--format xlsx: {N(units)} org units do not fit an Excel worksheet (a column each, at most {N(max)}); use --format csv or json");

    // reports is null when no progress file was read (a 任务分解表 checked alone): there is no count of reports to give.
    public static string ValidateSummary(Language l, int files, int? reports, int problems, int more, int warnings) => l.Pick(
        $"{files}个文件，" + (reports is { } r ? $"{r}条有效报送，" : string.Empty) + $"{problems}个问题" + (more > 0 ? $"（另有{more}个未列出）" : string.Empty) + (warnings > 0 ? $"，{warnings}个警告" : string.Empty),
        $"{files} {(files == 1 ? "file" : "files")}, " + (reports is { } n ? $"{N(n)} valid {(n == 1 ? "report" : "reports")}, " : string.Empty) + $"{N(problems)} {(problems == 1 ? "problem" : "problems")}"
            + (more > 0 ? $" ({N(more)} more not shown)" : string.Empty) + (warnings > 0 ? $", {N(warnings)} {(warnings == 1 ? "warning" : "warnings")}" : string.Empty));

    public static string UnknownTarget(Language l, string target, string all) => l.Pick(
        $"未知指标“{target}”：计划中没有该指标（现有指标：{all}）",
        $"unknown target '{target}': the plan has no such target (its targets are {all})");

    public static string UnknownOrg(Language l, string org) => l.Pick(
        $"--org：未知单位“{org}”：请填写代码（如430281）或名称（如醴陵市）",
        $"--org: unknown org unit '{org}': use a code such as 430281 or a name such as 醴陵市");

    public static string ReportsThatCount(Language l, int count) => l.Pick($"所计报送（{count}条）：", $"Reports that count ({N(count)}):");

    public static string AndMore(Language l, int count) => l.Pick($"  ……另有{count}条", $"  … and {N(count)} more");


    public static string SampleWritten(Language l, int count, string file) => l.Pick(
        $"已将{count}条示例报送写入{file}（虚构数据：9个县市区按月报送）。",
        $"wrote {count} reports to {file} (invented data: nine county-level units reporting monthly).");

    public static string MoreProblems(Language l, int more) => l.Pick(
        $"（另有{more}个问题；运行 zedu validate --progress 文件 可全部列出）",
        $" (and {N(more)} more {(more == 1 ? "problem" : "problems")}; run 'zedu validate --progress FILE' to list them)");

    public static string AndMoreErrors(Language l, int more) => l.Pick($"（另有{more}个）", $" (and {N(more)} more)");

    public static string SampleMissing(Language l) => l.Pick("本版 zedu 缺少内置示例报送", "the built-in sample reports are missing from this build of zedu");

    public static string NotAProgressFile(Language l, string file) => l.Pick($"{file}：是文件夹，不是进度报送文件", $"{file}: is a folder, not a progress file");

    public static string IsAFolder(Language l, string file) => l.Pick($"{file}：是文件夹，不是文件", $"{file}: is a folder, not a file");

    public static string FileNotFound(Language l, string file) => l.Pick($"{file}：找不到文件", $"{file}: file not found");

    public static string FolderMissing(Language l, string file, string folder) => l.Pick($"{file}：文件夹{folder}不存在", $"{file}: the folder {folder} does not exist");


    public static string Throughput(Language l, int count, string file, double seconds) => l.Pick(
        string.Create(CultureInfo.InvariantCulture, $"已从{file}读取{count}条报送，用时{seconds:0.00}秒（每秒{count / Math.Max(seconds, 1e-6):#,0}条）"),
        string.Create(CultureInfo.InvariantCulture, $"read {N(count)} reports from {file} in {seconds:0.00} s ({count / Math.Max(seconds, 1e-6):#,0} reports/s)"));

    public static string UnknownCommand(Language l, string typed, string? meant) => l.Pick(
        $"zedu：未知命令“{typed}”；" + (meant is null ? string.Empty : $"是否要运行“{meant}”？") + "zedu --help 列出所有命令。",
        $"zedu: unknown command '{typed}';" + (meant is null ? string.Empty : $" did you mean '{meant}'?") + " 'zedu --help' lists the commands.");

    // The plan as a tree (zedu show).
    /// <summary>"株洲市教育局，2017年1月1日至…；5个部分，…" — a plan that does not name its issuer says so in words, not in brackets within brackets.</summary>
    public static string PlanSummary(Language l, string? issuer, string period, int sections, int items, int targets) => l.Pick(
        $"{issuer ?? "发文单位未注明"}，{period}；{sections}个部分，{items}个要点，{targets}个指标",
        $"{issuer ?? "issuer not stated"}, {period}; {sections} {Plural(sections, "section")}, {items} {Plural(items, "item")}, {targets} {Plural(targets, "target")}");

    public static string Period(Language l, string start, string end) => l.Pick($"{start}至{end}", $"{start} to {end}");

    public static string Due(Language l, string date) => l.Pick($"，完成期限{date}", $", due {date}");

    public static string Aggregation(Language l, Plans.Target target) => target.OrgUnitAggregation == Plans.OrgUnitAggregation.Ratio
        ? l.Pick("比例", "share")
        : target.TimeAggregation switch
        {
            Plans.TimeAggregation.Level => l.Pick("存量", "level"),
            Plans.TimeAggregation.Increment => l.Pick("增量", "increment"),
            Plans.TimeAggregation.Average => l.Pick("平均值", "average"),
            Plans.TimeAggregation.Maximum => l.Pick("最大值", "maximum"),
            _ => l.Pick("最小值", "minimum"),
        };

    // The report's sentences around the figures (table, page, workbook).
    public static string ReportTitle(Language l, string plan, string asOf) => l.Pick($"{plan}完成情况（截至{asOf}）", $"{plan} — progress report as of {asOf}");

    public static string PlanLine(Language l, string completion, string expected, string status) => l.Pick(
        $"计划完成率{completion}，序时进度{expected}，状态：{status}",
        $"Plan completion {completion}, expected progress {expected}, status: {status}");

    /// <summary>The targets achieved and the monthly reports received; before any report is due, that none is (not "0 of 0 (100.0%)").</summary>
    public static string CountsLine(Language l, int achieved, int targets, string rate, int received, int expected, string reporting) => l.Pick(
        $"已完成指标{achieved}个，共{targets}个（{rate}）；" + (expected == 0 ? NoReportDue(l) : $"月度报送已收到{received}份，应报{expected}份（{reporting}）"),
        $"Targets achieved: {achieved} of {targets} ({rate}); " + (expected == 0 ? NoReportDue(l) : $"monthly reports received: {N(received)} of {N(expected)} ({reporting})"));

    public static string NoReportDue(Language l) => l.Pick("尚无到期的月度报送", "no monthly report is due yet");
}

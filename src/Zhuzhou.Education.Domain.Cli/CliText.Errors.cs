using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>What zedu says when a command cannot go on: files it will not read or write, and its own errors.</summary>
internal static partial class CliText
{
    /// <summary>
    /// One line for an internal error (a bug), never a stack trace. In Chinese the catalogue's line only — what
    /// happened and what to do — for the exception's words are English; in English also the exception's kind and the
    /// first line of its message, which the Chinese line says how to see (run again with --lang en).
    /// </summary>
    public static string InternalError(Language l, Exception e)
    {
        var first = e.Message.Split('\n', 2)[0].TrimEnd('\r');
        return l.Pick(
            "内部错误：命令未能完成；请连同命令和输入文件一并报告（加 --lang en 重新运行可看到错误的类型和说明）",
            $"internal error ({e.GetType().Name}): {first}; please report it with the command and its input files");
    }

    /// <summary>
    /// The engine's store refused what a report is assembled from (<see cref="ArgumentException"/> from the store): why,
    /// in the reader's language. The engine's own words are English; they are given in English only.
    /// </summary>
    public static string NotAggregated(Language l, ArgumentException e)
    {
        var detail = e.Message.Split('\n', 2)[0].TrimEnd('\r');
        return e.ParamName switch
        {
            "tree" => l.Pick(
                "报送无法汇总：计划的指标数与单位数之积达到2^31，超出汇总引擎的容量；请按县市区分别统计",
                "the reports could not be aggregated: the plan's targets times the org units reach 2^31, more than the engine can hold; report on each county separately"),
            "plan" => l.Pick(
                "报送无法汇总：计划没有周期（起止日期），无法统计",
                "the reports could not be aggregated: the plan has no period (start and end dates) to evaluate"),
            "rows" or "partial" => l.Pick(
                "报送无法汇总：汇总引擎拒收了这批报送（有一条报送的单位、指标、日期或数值不可汇总），一条也未存入，未生成报告",
                $"the reports could not be aggregated: the engine refused the batch and stored none of it, so no report was made ({detail})"),
            _ => l.Pick(
                "报送无法汇总：汇总引擎拒收了所读入的计划或报送，未生成报告",
                $"the reports could not be aggregated, so no report was made ({detail})"),
        };
    }

    public static string Unrecognized(Language l, string token) => l.Pick($"无法识别“{token}”：不是该命令的参数或选项", $"'{token}' is not an argument or option of the command");

    public static string OptionWithoutValue(Language l, string option) => l.Pick($"{option}：缺少取值", $"{option}: the option needs a value");

    public static string ArgumentMissing(Language l, string command, string argument) => l.Pick($"{command}：缺少参数 <{argument}>", $"{command}: the argument <{argument}> is missing");

    public static string OutIsAnInput(Language l, string output) => l.Pick(
        $"--out：{output}是输入文件之一，写入会覆盖它；请换一个文件",
        $"--out: {output} is one of the input files, and writing it would replace the input; choose another file");

    public static string OrgWithoutReports(Language l, string org) => l.Pick(
        $"--org：没有报送提到学校“{org}”，无可解释",
        $"--org: no report names the school '{org}', so there is nothing to explain");

    public static string AsOfTooFar(Language l, string asOf, string start, string end) => l.Pick(
        $"--as-of：{asOf}离计划周期{start}至{end}太远，无法评估",
        $"--as-of: {asOf} is too far from the plan period {start} to {end} to evaluate");

    public static string PeriodTooLong(Language l, string start, string end) => l.Pick(
        $"计划周期{start}至{end}过长：可评估的周期须短于65536天（约179年）",
        $"the plan period {start} to {end} is too long: a period to evaluate must be shorter than 65,536 days (about 179 years)");

    public static string TooLarge(Language l, string file, long limit) => l.Pick(
        $"{file}：文件超过{N(limit)}字节的上限",
        $"{file}: the file is larger than the limit of {N(limit)} bytes");

    // The system's own words are English: the Chinese message says what happened in its own words.
    public static string CannotRead(Language l, string file) => l.Pick($"{file}：无法读取：没有读取权限", $"{file}: cannot read: permission denied");

    public static string ReadFailed(Language l, string file, Exception e) => l.Pick($"{file}：读取出错，文件无法读取：{SystemWords(l, e)}", $"{file}: cannot read: {SystemWords(l, e)}");

    public static string CannotWrite(Language l, string file, Exception e) => l.Pick($"{file}：无法写入：{SystemWords(l, e)}", $"{file}: cannot write: {SystemWords(l, e)}");

    /// <summary>A file the system failed to read or write, the file unknown.</summary>
    public static string SystemFailed(Language l, Exception e)
        => System.Text.RegularExpressions.Regex.Match(e.Message, @" : '(?<file>[^']+)'$") is { Success: true } named
            ? l.Pick($"{named.Groups["file"].Value}：读写出错：{SystemWords(l, e)}", SystemWords(l, e))
            : l.Pick($"读写文件出错：{SystemWords(l, e)}", SystemWords(l, e));

    /// <summary>
    /// What the system said went wrong. Its words are English (on Unix an I/O error carries its errno): the Chinese
    /// names the common failures itself, and the rest as an error of reading or writing, never in English.
    /// </summary>
    public static string SystemWords(Language l, Exception e) => l == Language.English ? e.Message.TrimEnd('.') : e switch
    {
        UnauthorizedAccessException => "没有权限",
        FileNotFoundException => "找不到文件",
        DirectoryNotFoundException => "找不到文件夹",
        PathTooLongException => "路径过长",
        IOException { HResult: 28 } => "磁盘空间不足",
        IOException { HResult: 5 } => "输入输出错误",
        IOException { HResult: 30 } => "文件系统为只读",
        IOException { HResult: 27 } => "文件过大",
        IOException { HResult: 32 } => "管道已关闭",
        IOException { HResult: 13 or 1 } => "没有权限",
        _ => "系统读写出错",
    };
}

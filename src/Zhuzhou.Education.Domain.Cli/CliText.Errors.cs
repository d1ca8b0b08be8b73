using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>What zedu says when a command cannot go on: files it will not read or write, and its own errors.</summary>
internal static partial class CliText
{
    /// <summary>One line for an internal error: its kind and first line, never a stack trace.</summary>
    public static string InternalError(Language l, Exception e)
    {
        var first = e.Message.Split('\n', 2)[0].TrimEnd('\r');
        return l.Pick(
            $"内部错误（{e.GetType().Name}）：{first}；请连同命令和输入文件一并报告",
            $"internal error ({e.GetType().Name}): {first}; please report it with the command and its input files");
    }

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

    public static string ReadFailed(Language l, string file, string why) => l.Pick($"{file}：读取出错，文件无法读取", $"{file}: cannot read: {why}");
}

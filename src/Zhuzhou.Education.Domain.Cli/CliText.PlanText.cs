using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>What <c>zedu</c> says about reading plan text: --year, --period, --encoding, and a plan without a period.</summary>
internal static partial class CliText
{
    public static string YearOption(Language l) => l.Pick(
        "计划所属的公历年份，用于文本未写明年份（或写的是别的年份）时。不可与 --period 同用。",
        "The calendar year the plan covers, when its text names none (or names another). Not with --period.");

    public static string PeriodOption(Language l) => l.Pick(
        "计划周期，写作 起始..结束，如学年 2018-09-01..2019-08-31。不可与 --year 同用。",
        "The period the plan covers, START..END, such as a school year 2018-09-01..2019-08-31. Not with --year.");

    public static string EncodingOption(Language l) => l.Pick(
        "计划文本的编码：utf-8、gb18030（也可读GBK和GB2312）、utf-16等。默认：自动识别（字节顺序标记；否则合法UTF-8按UTF-8，其余按GB18030）。",
        "The encoding of the plan text: utf-8, gb18030 (also reads GBK and GB2312), utf-16 …. Default: detected (a byte-order mark, else UTF-8 if valid, else GB18030).");

    public static string BadYear(Language l, string text) => l.Pick(
        $"--year：“{text}”不是年份，请填写1900至2100之间的四位数字，如2019",
        $"--year: '{text}' is not a year: use four digits from 1900 to 2100, such as 2019");

    public static string BadPeriod(Language l, string text) => l.Pick(
        $"--period：“{text}”不是周期，请写作 起始..结束，日期格式YYYY-MM-DD，如2018-09-01..2019-08-31",
        $"--period: '{text}' is not a period: use START..END with dates YYYY-MM-DD, such as 2018-09-01..2019-08-31");

    public static string BackwardPeriod(Language l, string text) => l.Pick(
        $"--period：“{text}”的结束日期早于起始日期",
        $"--period: '{text}' ends before it starts");

    public static string BadEncoding(Language l, string text) => l.Pick(
        $"--encoding：“{text}”不是编码名称，可选：utf-8、gb18030、gbk、utf-16",
        $"--encoding: '{text}' is not an encoding: use utf-8, gb18030, gbk or utf-16");

    public static string YearOrPeriod(Language l) => l.Pick("--year 与 --period 只能给出其一", "give --year or --period, not both");

    public static string NoPeriod(Language l, string file) => l.Pick(
        $"{file}：计划没有周期（文本中未写明年份），无法统计；请用“zedu parse {file} --year YYYY”（或 --period 起始..结束）为其指定周期，再使用所生成的JSON",
        $"{file}: the plan has no period (its text names no year), so it cannot be evaluated; give it one with 'zedu parse {file} --year YYYY' (or --period START..END) and use the JSON that writes");

    public static string NoPeriodShown(Language l) => l.Pick("无周期", "no period");
}

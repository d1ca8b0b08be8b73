using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <content>What zedu says about who owes what (任务分解) and the date of knowledge.</content>
internal static partial class CliText
{
    public static string AllocationsOption(Language l) => l.Pick(
        "任务分解表，CSV：target,orgUnit,required（或weight）[,baseline]；节点任务一行写层级（county、school）或一个单位。使用内置示例报送时默认：内置示例任务分解。",
        "Who owes what (任务分解表), CSV: target,orgUnit,required (or weight)[,baseline]; a milestone's row names a level (county, school) or one unit. Default with the built-in sample reports: the built-in sample 任务分解.");

    public static string KnownOnOption(Language l) => l.Pick(
        "知情日期，格式YYYY-MM-DD：按当日所知情况统计（当日之后才报送的进度和修订不计）。默认：所知的全部。",
        "The date of knowledge, YYYY-MM-DD: the report as the bureau knew it then (reports and revisions submitted later left out). Default: all that is known.");

    public static string AllocationsSampleMissing(Language l) => l.Pick("本版 zedu 缺少内置示例任务分解", "the built-in sample allocations are missing from this build of zedu");

    public static string SampleAllocationsName(Language l) => l.Pick("（内置示例任务分解）", "(built-in sample allocations)");

    public static string BadDate(Language l, string option, string text) => l.Pick(
        $"{option}：“{text}”不是日期，请按YYYY-MM-DD填写，如2017-06-30",
        $"{option}: '{text}' is not a date: use YYYY-MM-DD, such as 2017-06-30");

    public static string KnownOnSuffix(Language l, string date) => l.Pick($"（按{date}所知）", $", as known on {date}");

    public static string ExplainKnownOn(Language l, string date) => l.Pick($"按{date}所知的报送：", $"As known on {date}:");

    /// <summary>What a figure counts: "修订", "冲减" or "修订、冲减" / "revised", "corrected", "revised, corrected".</summary>
    public static string RevisedWord(Language l, bool revision, bool correction) => (revision, correction) switch
    {
        (true, true) => l.Pick("修订、冲减", "revised, corrected"),
        (true, false) => l.Pick("修订", "revised"),
        _ => l.Pick("冲减", "corrected"),
    };

    /// <summary>The mark after a figure that counts a revision or a correction: "（修订）", "（冲减）" / " (revised)", " (corrected)".</summary>
    public static string RevisedMark(Language l, bool revision, bool correction)
        => l.Pick($"（{RevisedWord(l, revision, correction)}）", $" ({RevisedWord(l, revision, correction)})");

    /// <summary>
    /// The heading of the column that says what a figure counts (<see cref="RevisedWord"/>): "修订/冲减" /
    /// "Revision/correction" — it heads a correction as well as a revision.
    /// </summary>
    public static string RevisedHeading(Language l) => l.Pick("修订/冲减", "Revision/correction");

    public static string ContributionHeading(Language l) => l.Pick("贡献占比", "Contribution");

    public static string RevisionMark(Language l, int revision) => l.Pick($"（修订{revision}）", $" (revision {revision})");

    public static string ReasonMark(Language l, string reason, bool correction) => correction
        ? l.Pick($"（冲减：{reason}）", $" (correction: {reason})")
        : l.Pick($"（{reason}）", $" ({reason})");

    public static string OwedTitle(Language l, string unit, string target, string figure, string status) => l.Pick(
        $"{unit} {target}：{figure}，状态：{status}",
        $"{unit} {target}: {figure}, status: {status}");

    public static string NotAssignedTitle(Language l, string unit, string target, string value, string? part) => l.Pick(
        $"{unit} {target}：未分解（该单位不承担本指标任务）；报送{value}" + (part is null ? string.Empty : $"，占全市{part}"),
        $"{unit} {target}: not assigned (the org unit owes no part of this target); reported {value}" + (part is null ? string.Empty : $", {part} of the whole"));
}

using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Cli.Model;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>How figures are written everywhere: invariant, fixed decimals.</summary>
internal static class Formats
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Ratio(decimal value) => Math.Round(value, 4).ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "NotStarted",
        ProgressStatus.Behind => "Behind",
        ProgressStatus.OnTrack => "OnTrack",
        ProgressStatus.Achieved => "Achieved",
        ProgressStatus.Exceeded => "Exceeded",
        _ => "Overdue",
    };

    public static string StatusChinese(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "未开始",
        ProgressStatus.Behind => "滞后",
        ProgressStatus.OnTrack => "正常",
        ProgressStatus.Achieved => "完成",
        ProgressStatus.Exceeded => "超额完成",
        _ => "逾期",
    };

    public static string Colour(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "grey",
        ProgressStatus.Behind => "red",
        ProgressStatus.OnTrack => "yellow",
        ProgressStatus.Achieved => "green",
        ProgressStatus.Exceeded => "cyan",
        _ => "red bold",
    };

    public static string Html(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "#9e9e9e",
        ProgressStatus.Behind => "#e53935",
        ProgressStatus.OnTrack => "#f9a825",
        ProgressStatus.Achieved => "#43a047",
        ProgressStatus.Exceeded => "#00897b",
        _ => "#8e24aa",
    };
}

using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>How figures are written everywhere: invariant, fixed decimals.</summary>
internal static class Formats
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"55.0%", or "—" where the library gives no figure.</summary>
    public static string Percent(decimal? value) => value is { } v ? Percent(v) : "—";

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Ratio(decimal value) => Math.Round(value, 4).ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>What a target says: its text as the plan writes it, or its subject.</summary>
    public static string TargetText(Target target) => target.Text ?? target.Subject;

    /// <summary>"58 / 100名", for a share "56.2% / 100.0%", for a percentage (written 94 for 94%) "94% / 90%".</summary>
    public static string AchievedOfRequired(TargetEvaluation target)
        => target.Target.Unit == MeasureWord.Percent ? $"{Number(target.Achieved)}% / {Number(target.Required)}%"
            : target.Target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? $"{Percent(target.Achieved)} / {Percent(target.Required)}"
            : $"{Number(target.Achieved)} / {Number(target.Required)}{MeasureWords.ToChinese(target.Target.Unit)}";

    public static string Status(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotStarted => "NotStarted",
        EvaluationStatus.Behind => "Behind",
        EvaluationStatus.OnTrack => "OnTrack",
        EvaluationStatus.Achieved => "Achieved",
        EvaluationStatus.Exceeded => "Exceeded",
        EvaluationStatus.NotAssigned => "NotAssigned",
        _ => "Overdue",
    };

    public static string StatusChinese(EvaluationStatus status) => ExplanationText.StatusName(status, ExplanationLanguage.Chinese);

    public static string Colour(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotStarted => "grey",
        EvaluationStatus.Behind => "red",
        EvaluationStatus.OnTrack => "yellow",
        EvaluationStatus.Achieved => "green",
        EvaluationStatus.Exceeded => "cyan",
        EvaluationStatus.NotAssigned => "grey",
        _ => "red bold",
    };

    public static string Html(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotStarted => "#9e9e9e",
        EvaluationStatus.Behind => "#e53935",
        EvaluationStatus.OnTrack => "#f9a825",
        EvaluationStatus.Achieved => "#43a047",
        EvaluationStatus.Exceeded => "#00897b",
        EvaluationStatus.NotAssigned => "#bdbdbd",
        _ => "#8e24aa",
    };
}

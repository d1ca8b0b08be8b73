using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// How figures are written in every output: the library's words (<see cref="Words"/>) and numbers
/// (<see cref="Figures"/>), plus the colours of the statuses. Dates in tables and files are ISO (2017-06-30).
/// </summary>
internal static class Formats
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => Figures.Percent(value);

    /// <summary>"55.0%", or "—" where the library gives no figure.</summary>
    public static string Percent(decimal? value) => value is { } v ? Percent(v) : "—";

    /// <summary>An exact number, invariant, for machine columns: 11000, 0.5.</summary>
    public static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A range as a plan writes it, in plain numbers for machine columns: "1-2", "3-5".</summary>
    public static string Plain(decimal minimum, decimal maximum) => Plain(minimum) + "-" + Plain(maximum);

    /// <summary>What a target says: its text as the plan writes it, or its subject.</summary>
    public static string TargetText(Target target) => target.Text ?? target.Subject;

    /// <summary>Whether a target's figures are shares written as percentages (a coverage), not amounts.</summary>
    public static bool IsShare(Target target) => target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Unit != MeasureWord.Percent;

    /// <summary>One figure of a target as written: "58名", "1.1万个", a share "56.2%", a percentage (written 94 for 94%) "94%".</summary>
    public static string Amount(Target target, decimal value, Language language)
        => IsShare(target) ? Percent(value) : Figures.Amount(value, target.Unit, language);

    /// <summary>
    /// What one report says, as written: "2名", "1.1万个", a milestone's progress "100.0%", a share "40.6%（17052／42000）" /
    /// "40.6% (17,052/42,000)".
    /// </summary>
    public static string ReportedValue(Target target, ProgressReport report, Language language) => ExplanationText.Reported(target, report, language);

    /// <summary>
    /// What is achieved of what is required, as the library writes it (<see cref="ExplanationText.AchievedOfRequired"/>):
    /// "58 / 100名", "1.085万 / 2万个", "3 / 1至2所", "6 / 9个单位".
    /// </summary>
    /// <param name="target">The evaluation.</param>
    /// <param name="language">The language.</param>
    /// <param name="report">The target's report, where the evaluation is its whole: it counts the units done of a milestone every unit owes.</param>
    public static string AchievedOfRequired(TargetEvaluation target, Language language, TargetReport? report = null)
        => ExplanationText.AchievedOfRequired(target, language, report?.UnitsDone, report?.UnitsInScope);

    /// <summary>The column of units behind where none is: "—（未分解）" where nothing of the target was allocated to the units, else "—".</summary>
    public static string NoneBehind(TargetReport target, Language language)
        => target.NoneAllocated ? Words.Of(ReportWord.NoneAllocated, language) : "—";

    /// <summary>
    /// A milestone's achieved and required cells, where it is not a number to add up: "已完成" and "", or for one every
    /// unit owes "6" and "9"; null for any other target.
    /// </summary>
    public static (string Achieved, string Required)? MilestoneCells(TargetEvaluation e, Language language, TargetReport? report = null)
    {
        if (e.Target.Comparison.Kind != ComparisonKind.Milestone)
        {
            return null;
        }

        if (report is { UnitsDone: { } done, UnitsInScope: { } total })
        {
            return (done.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture));
        }

        return (AchievedOfRequired(e, language), string.Empty);
    }

    public static string Status(EvaluationStatus status, Language language) => Words.Status(status, language);

    /// <summary>
    /// What a figure that counts revisions (修订) or corrections (冲减) is marked with, by what they are: "修订", "冲减",
    /// "修订、冲减"; empty when it counts none.
    /// </summary>
    public static string RevisedWord(IEnumerable<ProgressReport> revised, Language language)
    {
        var (revision, correction) = (false, false);
        foreach (var report in revised)
        {
            revision |= report.Revision > 0;
            correction |= report.IsCorrection;
        }

        return revision || correction ? CliText.RevisedWord(language, revision, correction) : string.Empty;
    }

    /// <summary>The mark after a figure that counts revisions or corrections: "（修订）", "（冲减）" / " (revised)"; empty when none.</summary>
    public static string RevisedMark(IEnumerable<ProgressReport> revised, Language language)
        => RevisedWord(revised, language) is { Length: > 0 } word ? language.Pick($"（{word}）", $" ({word})") : string.Empty;

    /// <summary>A report's revision and correction, as written after its value: "（修订1）（冲减：重复统计）" / " (revision 1) (correction: counted twice)".</summary>
    public static string ReportMark(ProgressReport report, Language language)
    {
        var revision = report.Revision > 0 ? CliText.RevisionMark(language, report.Revision) : string.Empty;
        var reason = report.Reason is { } r ? CliText.ReasonMark(language, r, report.IsCorrection) : string.Empty;
        return revision + reason;
    }

    public static string Word(ReportWord word, Language language) => Words.Of(word, language);

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

    /// <summary>A status's colour in pages and workbooks, dark enough for white text on it.</summary>
    public static string Html(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotStarted => "#757575",
        EvaluationStatus.Behind => "#c62828",
        EvaluationStatus.OnTrack => "#ef6c00",
        EvaluationStatus.Achieved => "#2e7d32",
        EvaluationStatus.Exceeded => "#00796b",
        EvaluationStatus.NotAssigned => "#546e7a",
        _ => "#6a1b9a",
    };
}

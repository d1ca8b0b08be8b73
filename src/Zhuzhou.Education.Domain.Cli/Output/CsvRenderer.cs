using System.Globalization;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as CSV for people who open it in Excel, one row per figure, headings and words in the chosen language:
/// 层级, 编号, 名称, 单位代码, 单位, 完成量, 要求量, 完成率, 序时进度, 状态, 贡献占比, 修订/冲减 — the plan, every
/// section, the items with targets, each target city-wide and each org unit's share of it, names beside codes. Amounts
/// are plain numbers (11000), shares percentages (55.0%); a figure that does not exist is an empty cell. Texts from the
/// plan and the org units are <see cref="SafeText.Cell"/>: no cell starts a formula. The byte-order mark that Excel
/// needs to read UTF-8 is written by the caller. A unit that owes nothing of a target (未分解) has its value as
/// achieved, no required amount or completion, and its part of the whole's value as contribution (贡献占比); a target
/// whose figure counts a revision or correction says which under 修订/冲减 (修订, 冲减 or 修订、冲减).
/// </summary>
internal static class CsvRenderer
{
    public static void Render(PlanReport report, TextWriter writer, Language language)
    {
        string W(ReportWord word) => Formats.Word(word, language);
        string Level(ReportWord word) => language == Language.Chinese ? W(word) : W(word).ToLowerInvariant();
        string[] headings =
        [
            .. new[]
            {
                ReportWord.Level, ReportWord.TargetId, ReportWord.Title, ReportWord.OrgUnitCode, ReportWord.OrgUnit,
                ReportWord.Achieved, ReportWord.Required, ReportWord.Completion, ReportWord.ExpectedProgress, ReportWord.Status,
            }.Select(W),
            CliText.ContributionHeading(language),
            CliText.RevisedHeading(language),
        ];

        string[] Row(ReportWord level, string id, string title, OrgUnits.OrgUnit? unit, string achieved, string required, decimal? completion, decimal? expected, EvaluationStatus? status, decimal? contribution = null, string revised = "")
            =>
            [
                Level(level), SafeText.Cell(id), SafeText.Cell(title), SafeText.Cell(unit?.Code.Value ?? string.Empty), SafeText.Cell(unit?.Name ?? string.Empty), achieved, required,
                completion is { } c ? Formats.Percent(c) : string.Empty,
                expected is { } e ? Formats.Percent(e) : string.Empty,
                status is { } s ? Formats.Status(s, language) : string.Empty,
                contribution is { } part ? Formats.Percent(part) : string.Empty,
                revised,
            ];

        string[] Target(ReportWord level, OrgUnits.OrgUnit? unit, TargetEvaluation e, bool reported, string revised, TargetReport? whole = null)
            => Row(level, e.Target.Id.ToString(), Formats.TargetText(e.Target), unit,
                reported ? Formats.MilestoneCells(e, language, whole)?.Achieved ?? Figure(e, e.Achieved) : string.Empty,
                e.IsAssigned ? Formats.MilestoneCells(e, language, whole)?.Required ?? Required(e) : string.Empty,
                e.IsAssigned ? e.Completion : null, e.IsAssigned ? e.ExpectedProgress : null, e.Status, e.Contribution, revised);

        IEnumerable<string[]> Rows()
        {
            var plan = report.Whole;
            yield return Row(ReportWord.Plan, string.Empty, report.Plan.Title, report.Tree.Root, string.Empty, string.Empty, plan.Completion, plan.ExpectedProgress, plan.Status);
            foreach (var section in plan.Sections)
            {
                yield return Row(ReportWord.Section, section.Section.Numeral, section.Section.Title, null, string.Empty, string.Empty, section.Completion, section.ExpectedProgress, section.Status);
                foreach (var item in section.Items.Where(i => i.IsMeasurable))
                {
                    yield return Row(ReportWord.Item, item.Item.Number.ToString(CultureInfo.InvariantCulture), item.Item.Title, null, string.Empty, string.Empty, item.Completion, item.ExpectedProgress, item.Status);
                }
            }

            foreach (var target in report.Targets)
            {
                yield return Target(ReportWord.Target, report.Tree.Root, target.Whole, reported: true, revised: Formats.RevisedWord(target.Revised, language), whole: target);

                // One org unit's figure at a time: a report by school is written without holding every school's.
                foreach (var (unit, i) in target.EnumerateByOrgUnit().Select((e, i) => (e, i)))
                {
                    yield return Target(ReportWord.OrgUnit, report.Breakdown[i], unit, unit.Achievement.HasReports, Formats.RevisedWord(target.RevisedAt(report.Breakdown[i]), language));
                }
            }
        }

        using var reader = new RowReader(headings, Rows());
        using var csv = CsvDataWriter.Create(writer);
        csv.Write(reader);
    }

    /// <summary>What is required: a figure (<see cref="Figure"/>), a range as plans write it (1-2), never its lower bound alone.</summary>
    private static string Required(TargetEvaluation e)
        => e.Rule is BetweenRule range ? Formats.Plain(range.Minimum, range.Maximum) : Figure(e, e.Required);

    /// <summary>
    /// An amount as a plain number (11000); a share as a percentage (56.2%); a percentage target (written 97.07 for
    /// 97.07%) with its sign, as the table writes it, so that a spreadsheet reads every percentage column alike.
    /// </summary>
    private static string Figure(TargetEvaluation e, decimal value)
    {
        if (Formats.IsShare(e.Target))
        {
            return Formats.Percent(value);
        }

        var plain = Formats.Plain(Math.Round(value, 2, MidpointRounding.AwayFromZero));
        return e.Target.Unit == Quantities.MeasureWord.Percent ? plain + "%" : plain;
    }
}

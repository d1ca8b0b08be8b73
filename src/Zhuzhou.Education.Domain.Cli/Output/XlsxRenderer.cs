using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Cli.Output.XlsxSheet;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as an Excel workbook (.xlsx), as bureaus pass reports around, in the chosen language: an overview (the
/// plan's figures, then each section and item), the targets, the org units × targets, and the plan's completion month
/// by month against its expected progress. Real numbers with number and percent formats, ISO dates, frozen header rows,
/// column widths that fit Chinese text, status cells in the page's colours.
/// </summary>
/// <remarks>Written with DocumentFormat.OpenXml (see README: it gives the cell styles, fills and frozen panes).</remarks>
internal static class XlsxRenderer
{
    /// <summary>The most columns a worksheet has (XFD): the sheet of units × targets has a column per unit after two.</summary>
    public const int MaxUnits = 16_384 - 2;

    public static void Render(PlanReport report, Stream stream, Language language)
    {
        // The org units × targets sheet has a column per unit: Excel has no more than 16,384 columns.
        if (report.Breakdown.Length > MaxUnits)
        {
            throw new CliException(CliText.XlsxTooManyUnits(language, report.Breakdown.Length, MaxUnits));
        }

        // A package is built in a stream it can read back and seek; the file is then written whole.
        using var buffer = new MemoryStream();
        Build(report, buffer, language);
        buffer.WriteTo(stream);
    }

    private static void Build(PlanReport report, Stream stream, Language language)
    {
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in new[] { Overview(report, language), Targets(report, language), Units(report, language), Series(report, language) })
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.Build();
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }

        workbook.Workbook.Save();
    }

    private static string W(ReportWord word, Language language) => Formats.Word(word, language);

    private static Cell StatusCell(Rules.EvaluationStatus? status, Language language)
        => status is { } s ? Label(Formats.Status(s, language), XlsxStyles.Status(s)) : Label("—");

    private static Cell PercentCell(decimal? value) => value is { } v ? Number(Math.Round(v, 4, MidpointRounding.AwayFromZero), XlsxStyles.Percent) : Label("—");

    private static XlsxSheet Overview(PlanReport report, Language language)
    {
        var sheet = new XlsxSheet(W(ReportWord.Overview, language));
        var plan = report.Whole.Figure;
        sheet.Add(Label(CliText.ReportTitle(language, report.Plan.Title, Figures.Date(report.AsOf, language)), XlsxStyles.Title));
        sheet.Add(Label(W(ReportWord.AsOf, language)), Date(report.AsOf));
        sheet.Add(Label(W(ReportWord.PlanPeriod, language)), Date(report.Plan.Period!.Start), Date(report.Plan.Period.End));
        sheet.Add(Label(W(ReportWord.PlanCompletion, language)), PercentCell(plan.Completion));
        sheet.Add(Label(W(ReportWord.ExpectedProgress, language)), PercentCell(plan.ExpectedProgress));
        sheet.Add(Label(W(ReportWord.Status, language)), StatusCell(plan.Status, language));
        sheet.Add(Label(W(ReportWord.TargetsAchieved, language)), Amount(plan.Counts.Complete), Amount(plan.Counts.Total), PercentCell(plan.Counts.AchievedRate));
        sheet.Add(Label(W(ReportWord.ReportsReceived, language)), Amount(report.ReportsReceived), Amount(report.ReportsExpected), PercentCell(report.ReportingRate));
        sheet.Add();
        sheet.Add(
            Label(W(ReportWord.Number, language), XlsxStyles.Header), Label(W(ReportWord.SectionOrItem, language), XlsxStyles.Header),
            Label(W(ReportWord.Completion, language), XlsxStyles.Header), Label(W(ReportWord.ExpectedProgress, language), XlsxStyles.Header),
            Label(W(ReportWord.Status, language), XlsxStyles.Header));
        foreach (var section in report.Whole.Sections)
        {
            sheet.Add(
                Label(section.Section.Numeral), Label(section.Section.Title),
                PercentCell(section.Completion), PercentCell(section.ExpectedProgress),
                section.Figure.IsMeasurable ? StatusCell(section.Status, language) : Label(W(ReportWord.NoMeasurableTarget, language)));
            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                sheet.Add(Label($"{item.Item.Number}."), Label("  " + item.Item.Title), PercentCell(item.Completion), PercentCell(item.ExpectedProgress), StatusCell(item.Status, language));
            }
        }

        sheet.WrapAt[0] = 18;
        return sheet;
    }

    private static XlsxSheet Targets(PlanReport report, Language language)
    {
        var sheet = new XlsxSheet(language.Pick("指标", "Targets")) { FrozenRows = 1, FrozenColumns = 2 };
        var behindWord = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? ReportWord.SchoolsBehind : ReportWord.CountiesBehind;
        Cell Header(string text) => Label(text, XlsxStyles.Header);
        sheet.Add(
            Header(W(ReportWord.TargetId, language)), Header(W(ReportWord.Target, language)), Header(language.Pick("要求", "Requirement")),
            Header(W(ReportWord.Achieved, language)), Header(W(ReportWord.Required, language)), Header(W(ReportWord.Completion, language)),
            Header(W(ReportWord.ExpectedProgress, language)), Header(W(ReportWord.Status, language)), Header(language.Pick("完成期限", "Due")),
            Header(W(behindWord, language)));
        foreach (var target in report.Targets)
        {
            var e = target.Whole;
            var share = Formats.IsShare(e.Target);
            var milestone = Formats.MilestoneCells(e, language, target);
            sheet.Add(
                Label(e.Target.Id.ToString()),
                Label(Formats.TargetText(e.Target) + Formats.RevisedMark(target.Revised, language), XlsxStyles.Wrapped),
                Label(Words.Rule(e.Rule, e.Target.Unit, language)),
                milestone is { } m ? (target.UnitsInScope is null ? Label(m.Achieved) : Amount(target.UnitsDone!.Value)) : share ? PercentCell(e.Achieved) : Amount(Math.Round(e.Achieved, 2, MidpointRounding.AwayFromZero)),
                milestone is { } n ? (target.UnitsInScope is { } total ? Amount(total) : Label(n.Required))
                    : share ? PercentCell(e.Required) : e.Rule is BetweenRule range ? Label(Formats.Plain(range.Minimum, range.Maximum)) : Amount(e.Required),
                PercentCell(e.Completion),
                PercentCell(e.ExpectedProgress),
                StatusCell(e.Status, language),
                Date(e.DueDate),
                Label(target.Behind.IsEmpty ? Formats.NoneBehind(target, language) : string.Join(language.Pick("、", ", "), target.Behind.Select(u => u.Name)), XlsxStyles.Wrapped));
        }

        sheet.WrapAt[1] = 40;
        sheet.WrapAt[9] = 30;
        return sheet;
    }

    private static XlsxSheet Units(PlanReport report, Language language)
    {
        var by = report.Settings.Breakdown == OrgUnits.OrgUnitLevel.School ? ReportWord.Schools : ReportWord.Counties;
        var sheet = new XlsxSheet(language.Pick($"{W(by, language)}×指标", $"{W(by, language)} x targets")) { FrozenRows = 1, FrozenColumns = 2 };
        sheet.Add([
            Label(W(ReportWord.TargetId, language), XlsxStyles.Header), Label(W(ReportWord.Target, language), XlsxStyles.Header),
            .. report.Breakdown.Select(u => Label(u.Name, XlsxStyles.Header)),
        ]);
        foreach (var target in report.Targets)
        {
            // One target's figure for each unit, evaluated as its cell is made; none kept.
            var cells = new List<Cell> { Label(target.Target.Id.ToString()), Label(Formats.TargetText(target.Target), XlsxStyles.Wrapped) };
            using var figures = target.EnumerateByOrgUnit().GetEnumerator();
            foreach (var _ in report.Breakdown)
            {
                var e = figures.MoveNext() ? figures.Current : null;
                cells.Add(e is null || !e.Achievement.HasReports
                    ? Label(e is { IsAssigned: false } ? Formats.Status(EvaluationStatus.NotAssigned, language) : "—")
                    : !e.IsAssigned
                    ? Label(Formats.Status(EvaluationStatus.NotAssigned, language) + language.Pick("：", ": ") + Formats.Amount(target.Target, e.Value, language), XlsxStyles.Status(EvaluationStatus.NotAssigned))
                    : Number(Math.Round(e.Completion, 4, MidpointRounding.AwayFromZero), XlsxStyles.PercentIn(e.Status)));
            }

            sheet.Add([.. cells]);
        }

        sheet.WrapAt[1] = 40;
        return sheet;
    }

    private static XlsxSheet Series(PlanReport report, Language language)
    {
        var sheet = new XlsxSheet(language.Pick("月度走势", "Monthly series")) { FrozenRows = 1 };
        sheet.Add(
            Label(W(ReportWord.Date, language), XlsxStyles.Header), Label(W(ReportWord.Completion, language), XlsxStyles.Header),
            Label(W(ReportWord.ExpectedProgress, language), XlsxStyles.Header), Label(W(ReportWord.Status, language), XlsxStyles.Header));
        foreach (var point in report.Series)
        {
            sheet.Add(Date(point.Date), PercentCell(point.Plan.Completion), PercentCell(point.Plan.ExpectedProgress), StatusCell(point.Plan.Status, language));
        }

        return sheet;
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Cli.Tests.Support;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

/// <summary>The workbook of <c>zedu report --format xlsx</c>, read back with the Open XML SDK.</summary>
public sealed class XlsxRendererTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private SpreadsheetDocument Workbook(params string[] options)
    {
        var file = folder.File($"report-{Guid.NewGuid():N}.xlsx");
        var run = ZeduRunner.Run(["report", "--format", "xlsx", "--out", file, .. options]);
        run.ExitCode.Should().Be(0, run.Error);
        return SpreadsheetDocument.Open(file, isEditable: false);
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell Cell(Worksheet sheet, string reference)
        => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;

    private static Row Row(Worksheet sheet, Func<Row, bool> which) => sheet.Descendants<Row>().Single(which);

    private static CellFormat Format(SpreadsheetDocument document, Cell cell)
        => document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

    [Fact]
    public void Workbook_HasTheFourSheetsInChinese()
    {
        using var document = Workbook();

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("概况", "指标", "县市区×指标", "月度走势");
    }

    [Fact]
    public void Workbook_InEnglish_HasEnglishSheets()
    {
        using var document = Workbook("--lang", "en");

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Overview", "Targets", "Counties x targets", "Monthly series");
    }

    [Fact]
    public void Targets_AreNumbersWithPercentFormatsAndColouredStatuses()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "指标");

        var header = sheet.Descendants<Row>().First().Elements<Cell>().Select(Text).ToList();
        header.Should().StartWith(["编号", "指标", "要求", "完成量", "要求量", "完成率", "序时进度", "状态"]);
        var row = Row(sheet, r => Text(r.Elements<Cell>().First()) == "14.2").Elements<Cell>().ToList();
        Text(row[3]).Should().Be("10850", "醴陵市's revision of its May report counts, not the figure it replaced");
        row[3].DataType!.Value.Should().Be(CellValues.Number);
        Text(row[4]).Should().Be("20000");
        Text(row[5]).Should().Be("0.5425");
        var percent = Format(document, row[5]);
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == percent.NumberFormatId!.Value).FormatCode!.Value.Should().Be("0.0%");
        Text(row[7]).Should().Be("正常推进");
        FillOf(document, row[7]).Should().Be(XlsxStyles.Argb(EvaluationStatus.OnTrack));
        var behind = Row(sheet, r => Text(r.Elements<Cell>().First()) == "10.1").Elements<Cell>().ElementAt(7);
        Text(behind).Should().Be("滞后");
        FillOf(document, behind).Should().Be(XlsxStyles.Argb(EvaluationStatus.Behind)).And.NotBe(FillOf(document, row[7]));
    }

    [Fact]
    public void Targets_ARangeIsRequiredAsTheRange()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "指标");

        var row = Row(sheet, r => Text(r.Elements<Cell>().First()) == "9.1").Elements<Cell>().ToList();
        Text(row[2]).Should().Be("1至2所");
        Text(row[3]).Should().Be("3");
        Text(row[4]).Should().Be("1-2", "1 alone reads as 要求1所");
        Text(row[7]).Should().Be("超额完成");
    }

    [Fact]
    public void TabularSheets_FreezeTheirHeaderRows()
    {
        using var document = Workbook();

        foreach (var name in new[] { "指标", "县市区×指标", "月度走势" })
        {
            var pane = Sheet(document, name).Descendants<Pane>().Single();
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.HorizontalSplit!.Value.Should().Be(1, "{0} keeps its header row in view", name);
        }

        Sheet(document, "指标").Descendants<Pane>().Single().VerticalSplit!.Value.Should().Be(2, "the id and the target stay beside the figures");
    }

    [Fact]
    public void Columns_AreWideEnoughForChineseText()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "概况");

        // Column B holds the sections' titles: 8 Chinese characters take 16 character widths.
        var width = sheet.Descendants<Column>().Single(c => c.Min!.Value == 2).Width!.Value;
        width.Should().BeGreaterThanOrEqualTo(16);
    }

    [Fact]
    public void Overview_ListsEverySectionAndThePlansFigures()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "概况");
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();

        rows[0][0].Should().Be("株洲市教育局2017年工作要点完成情况（截至2017年6月30日）");
        rows.Should().Contain(r => r.Count > 1 && r[0] == "计划完成率" && r[1] == "0.5276");
        rows.Where(r => r.Count > 1 && r[0] is "一" or "二" or "三" or "四" or "五").Should().HaveCount(5);
        rows.Single(r => r.Count > 4 && r[0] == "一")[4].Should().Be("无量化指标");
    }

    [Fact]
    public void CountiesByTargets_HasEachCountyAndColouredCompletions()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "县市区×指标");

        sheet.Descendants<Row>().First().Elements<Cell>().Select(Text).Should().Contain(["醴陵市", "攸县", "荷塘区"]).And.HaveCount(11);
        var row = Row(sheet, r => Text(r.Elements<Cell>().First()) == "8.1").Elements<Cell>().Skip(2).ToList();
        row.Should().HaveCount(9).And.OnlyContain(c => c.DataType!.Value == CellValues.Number);
        row.Select(c => FillOf(document, c)).Should().OnlyContain(f => f != null, "each completion is coloured by its status");
    }

    [Fact]
    public void MonthlySeries_HasAPointAtEachMonthEndAndTheAsOfDate()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "月度走势");
        var rows = sheet.Descendants<Row>().Skip(1).ToList();

        rows.Should().HaveCount(6, "month ends January to May, then 2017-06-30");
        var date = rows[^1].Elements<Cell>().First();
        Text(date).Should().Be("42916", "2017-06-30 as Excel counts days");
        var format = Format(document, date);
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().Be("yyyy-mm-dd");
    }

    [Fact]
    public void Targets_MilestonesAreDoneOrUnitsDoneAndUnallocatedTargetsSaySo()
    {
        using var document = Workbook();
        var sheet = Sheet(document, "指标");
        List<Cell> Of(string id) => [.. Row(sheet, r => Text(r.Elements<Cell>().First()) == id).Elements<Cell>()];

        Text(Of("16.1")[3]).Should().Be("未完成");
        Text(Of("17.1")[3]).Should().Be("已完成");
        (Text(Of("13.1")[3]), Text(Of("13.1")[4])).Should().Be(("6", "9"));
        Text(Of("5.1")[^1]).Should().Be("—（未分解）");
    }

    [Fact]
    public void Xlsx_WithoutOut_IsRefusedWithOneMessage()
    {
        var run = ZeduRunner.Run("report", "--format", "xlsx");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be("zedu：--format xlsx：Excel工作簿须写入文件，请加 --out 文件名.xlsx\n");
    }

    [Fact]
    public void Report_MoreSchoolsThanExcelHasColumns_RefusedNamingTheLimitAndNoFileLeft()
    {
        var counties = new[] { "430202", "430203", "430204", "430211", "430221", "430223", "430224", "430225", "430281" };
        var progress = folder.File("schools.csv", "target,orgUnit,date,value\n" + string.Concat(
            Enumerable.Range(0, XlsxRenderer.MaxUnits + 1).Select(i => $"8.1,{counties[i % 9]}-{(i / 9) + 1:00000},2017-03-31,1\n")));
        var file = folder.File("schools.xlsx");

        var run = ZeduRunner.English("report", "--progress", progress, "--by", "school", "--format", "xlsx", "--out", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().EndWith("zedu: --format xlsx: 16,383 org units do not fit an Excel worksheet (a column each, at most 16,382); use --format csv or json\n");
        File.Exists(file).Should().BeFalse();
        Directory.GetFiles(folder.Path, "*.tmp").Should().BeEmpty();
    }

    private static string? FillOf(SpreadsheetDocument document, Cell cell)
    {
        var format = Format(document, cell);
        if (format.FillId is null || format.FillId.Value < 2)
        {
            return null;
        }

        var fill = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId.Value);
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }
}

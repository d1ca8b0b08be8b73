using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// One worksheet being written: rows of typed cells, then the sheet with column widths that fit its text (a Chinese
/// character counts two), a frozen header and an auto-filter.
/// </summary>
internal sealed class XlsxSheet(string name)
{
    private const double MaxWidth = 60;
    private readonly List<Row> rows = [];
    private readonly Dictionary<int, double> widths = [];

    public string Name { get; } = name;

    /// <summary>The header row's number (1-based), frozen with the rows above it; 0 for none.</summary>
    public int FrozenRows { get; set; }

    /// <summary>Columns frozen at the left with the header.</summary>
    public int FrozenColumns { get; set; }

    /// <summary>Columns whose text wraps within this width instead of widening the column.</summary>
    public Dictionary<int, double> WrapAt { get; } = [];

    public Row Add(params Cell[] cells)
    {
        var row = new Row { RowIndex = (uint)rows.Count + 1 };
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = Reference(i, rows.Count + 1);
            row.Append(cells[i]);
            if (cells[i].DataType?.Value == CellValues.InlineString)
            {
                var text = cells[i].InlineString!.Text!.Text;
                widths[i] = Math.Max(widths.GetValueOrDefault(i, 8), Math.Min(MaxWidth, LineBreaker.Cells(text) + 2));
            }
            else if (cells[i].CellValue is not null)
            {
                widths[i] = Math.Max(widths.GetValueOrDefault(i, 8), 11);
            }
        }

        rows.Add(row);
        return row;
    }

    public static Cell Label(string text, uint style = XlsxStyles.Default)
        => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(SafeText.Cell(text)) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style };

    public static Cell Number(decimal value, uint style)
        => new() { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), StyleIndex = style };

    /// <summary>An amount: whole numbers as "#,##0", others with two decimals.</summary>
    public static Cell Amount(decimal value) => Number(value, value == Math.Round(value) ? XlsxStyles.Integer : XlsxStyles.Decimal);

    /// <summary>A date as Excel stores it (days since 1899-12-30), shown as yyyy-mm-dd.</summary>
    public static Cell Date(NodaTime.LocalDate date)
        => Number(NodaTime.Period.DaysBetween(new NodaTime.LocalDate(1899, 12, 30), date), XlsxStyles.Date);

    public static Cell Empty(uint style = XlsxStyles.Default) => new() { StyleIndex = style };

    /// <summary>The worksheet: view (frozen panes), column widths, the rows, and an auto-filter on the header.</summary>
    public Worksheet Build()
    {
        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0 };
        if (FrozenRows > 0 || FrozenColumns > 0)
        {
            var topLeft = Reference(FrozenColumns, FrozenRows + 1);
            view.Append(new Pane
            {
                VerticalSplit = FrozenColumns > 0 ? FrozenColumns : null,
                HorizontalSplit = FrozenRows > 0 ? FrozenRows : null,
                TopLeftCell = topLeft,
                ActivePane = FrozenColumns > 0 && FrozenRows > 0 ? PaneValues.BottomRight : FrozenRows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight,
                State = PaneStateValues.Frozen,
            });
        }

        worksheet.Append(new SheetViews(view));
        var columns = new Columns();
        foreach (var (index, width) in widths.OrderBy(w => w.Key))
        {
            var w = WrapAt.TryGetValue(index, out var wrap) ? wrap : width;
            columns.Append(new Column { Min = (uint)index + 1, Max = (uint)index + 1, Width = w, CustomWidth = true });
        }

        if (columns.HasChildren)
        {
            worksheet.Append(columns);
        }

        worksheet.Append(new SheetData(rows));
        if (FrozenRows > 0 && rows.Count > FrozenRows)
        {
            var last = rows[FrozenRows - 1].ChildElements.Count - 1;
            worksheet.Append(new AutoFilter { Reference = $"{Reference(0, FrozenRows)}:{Reference(last, rows.Count)}" });
        }

        return worksheet;
    }

    public static string Reference(int column, int row)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>The workbook's cell styles: their indices, and the stylesheet that defines them.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Percent = 2;
    public const uint Integer = 3;
    public const uint Decimal = 4;
    public const uint Date = 5;
    public const uint Title = 6;
    public const uint Wrapped = 7;

    /// <summary>Percent format "0.0%" — the number format id of <see cref="Percent"/>, which tests read back.</summary>
    public const string PercentFormat = "0.0%";

    public const string DateFormat = "yyyy-mm-dd";

    private const uint StatusBase = 8;
    private static readonly int StatusCount = Enum.GetValues<EvaluationStatus>().Length;

    /// <summary>A status as a word: white on the status's colour.</summary>
    public static uint Status(EvaluationStatus status) => StatusBase + (uint)status;

    /// <summary>A completion in a status's colour (the heat map): "0.0%", white on the colour.</summary>
    public static uint PercentIn(EvaluationStatus status) => StatusBase + (uint)StatusCount + (uint)status;

    /// <summary>The colour of a status as ARGB hex, the page's colour (<see cref="Formats.Html"/>).</summary>
    public static string Argb(EvaluationStatus status) => "FF" + Formats.Html(status)[1..].ToUpperInvariant();

    public static Stylesheet Create()
    {
        var statuses = Enum.GetValues<EvaluationStatus>().OrderBy(s => (int)s).ToList();
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            SolidFill("FFF0F0F0"));
        foreach (var status in statuses)
        {
            fills.Append(SolidFill(Argb(status)));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Microsoft YaHei" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Microsoft YaHei" }),
            new Font(new Bold(), new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "Microsoft YaHei" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Microsoft YaHei" }))
        { Count = 4 };
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = PercentFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = DateFormat })
        { Count = 4 };
        var cells = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true },
            new CellFormat { FontId = 3, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        foreach (var status in statuses)
        {
            cells.Append(new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
            {
                FontId = 2, FillId = 3 + (uint)status, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            });
        }

        foreach (var status in statuses)
        {
            cells.Append(new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 164, FontId = 2, FillId = 3 + (uint)status, ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            });
        }

        cells.Count = (uint)cells.ChildElements.Count;
        return new Stylesheet(formats, fonts, fills, new Borders(new Border()) { Count = 1 }, new CellStyleFormats(new CellFormat()) { Count = 1 }, cells);
    }

    private static Fill SolidFill(string argb)
        => new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
}

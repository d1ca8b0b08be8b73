namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The stable codes of the <see cref="Diagnostics.Diagnostic"/>s that reading CSV progress reports gives for the CSV
/// itself (<see cref="ProgressCsv"/>); what the reports say is checked by <see cref="Reports.ReportAdmission"/> with
/// the codes of <see cref="Reports.ReportDiagnosticCodes"/>, as on every path. A code is never reused for another
/// meaning.
/// </summary>
public static class CsvDiagnosticCodes
{
    /// <summary>The text is not CSV.</summary>
    public const string NotCsv = "ZC0001";

    /// <summary>The header lacks a required column (target, orgUnit, date, value).</summary>
    public const string MissingColumns = "ZC0002";

    /// <summary>A record is malformed, e.g. an unclosed quote.</summary>
    public const string MalformedCsv = "ZC0003";

    /// <summary>More errors were found than are listed (<see cref="ProgressCsvOptions.MaxErrors"/>).</summary>
    public const string TooManyErrors = "ZC0004";

    /// <summary>A date is not a date of the form YYYY-MM-DD.</summary>
    public const string InvalidDate = "ZC0010";

    /// <summary>A value, numerator or denominator is not a number.</summary>
    public const string InvalidNumber = "ZC0011";

    /// <summary>A target is not a target id such as 14.2.</summary>
    public const string InvalidTargetId = "ZC0012";
}

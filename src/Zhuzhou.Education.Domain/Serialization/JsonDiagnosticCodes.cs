namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The stable codes of the <see cref="Diagnostics.Diagnostic"/>s that loading JSON reports. Errors are ZJ0xxx,
/// warnings ZJ1xxx; a code is never reused for another meaning.
/// </summary>
/// <remarks>
/// What progress reports say (unknown targets and org units, repeated reports, and the warnings on levels that fall,
/// values far above their target and reports dated after their receipt) is checked by
/// <see cref="Reports.ReportAdmission"/> on every path, with the codes of <see cref="Reports.ReportDiagnosticCodes"/>;
/// ZJ0012, ZJ0013 and ZJ1001 to ZJ1003, which the JSON reader used for them, are retired.
/// </remarks>
public static class JsonDiagnosticCodes
{
    /// <summary>The document is larger than <see cref="JsonLoadOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "ZJ0001";

    /// <summary>The text is not well-formed JSON (including NaN and Infinity, which JSON does not have).</summary>
    public const string MalformedJson = "ZJ0002";

    /// <summary>Arrays and objects are nested deeper than <see cref="JsonLoadOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "ZJ0003";

    /// <summary>A value has the wrong JSON type, e.g. a string where a number belongs.</summary>
    public const string WrongType = "ZJ0004";

    /// <summary>A number is not a finite number that fits: "NaN", "Infinity", or too large.</summary>
    public const string NotAFiniteNumber = "ZJ0005";

    /// <summary>A required property is missing or null.</summary>
    public const string MissingProperty = "ZJ0006";

    /// <summary>The "schema" property is missing or names a document or version this library does not read.</summary>
    public const string UnknownSchema = "ZJ0007";

    /// <summary>A "kind" or other named value is not one of the names the format defines.</summary>
    public const string UnknownName = "ZJ0008";

    /// <summary>A date is not an ISO calendar date that exists, e.g. "2017-02-30".</summary>
    public const string InvalidDate = "ZJ0009";

    /// <summary>A value is out of its range or malformed: a negative count, a blank text, a bad id.</summary>
    public const string InvalidValue = "ZJ0010";

    /// <summary>An id, number or report repeats.</summary>
    public const string Duplicate = "ZJ0011";

    /// <summary>A string is longer than <see cref="JsonLoadOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "ZJ0014";

    /// <summary>An object has a property the format does not define.</summary>
    public const string UnknownProperty = "ZJ0015";
}

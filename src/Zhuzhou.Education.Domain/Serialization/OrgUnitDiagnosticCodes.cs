namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The stable codes of the <see cref="Diagnostics.Diagnostic"/>s that loading an org unit tree (单位名录) gives for
/// what the file says (<see cref="OrgUnitJson"/>, <see cref="OrgUnitCsv"/>): all errors, ZO0xxx. The JSON
/// or CSV itself is checked with the codes of <see cref="JsonDiagnosticCodes"/> and <see cref="CsvDiagnosticCodes"/>.
/// A code is never reused for another meaning.
/// </summary>
public static class OrgUnitDiagnosticCodes
{
    /// <summary>A code or a parent's code is not an org unit code (1 to 32 ASCII letters, digits or hyphens).</summary>
    public const string InvalidCode = "ZO0001";

    /// <summary>A code repeats the code of a unit listed before it.</summary>
    public const string DuplicateCode = "ZO0002";

    /// <summary>A parent's code is not the code of any unit in the file.</summary>
    public const string UnknownParent = "ZO0003";

    /// <summary>No unit is without a parent: the tree has no root (or the file lists no unit at all).</summary>
    public const string NoRoot = "ZO0004";

    /// <summary>A second unit without a parent: a tree has one root.</summary>
    public const string SecondRoot = "ZO0005";

    /// <summary>Units' parents go round in a cycle.</summary>
    public const string Cycle = "ZO0006";

    /// <summary>A unit's name is missing, empty or white space.</summary>
    public const string EmptyName = "ZO0007";

    /// <summary>A kind is not one of province, city, county, school.</summary>
    public const string UnknownKind = "ZO0008";

    /// <summary>A unit's kind is not below its parent's (a county beneath a school, a city beneath a county).</summary>
    public const string KindNotBelowParent = "ZO0009";
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The units an org unit file lists, as its reader finds them, made into a tree by the rules of
/// <see cref="OrgUnitTree"/> — or, when they do not make one, every fault as a diagnostic at the unit's place (a
/// JSON element, a CSV line), so the JSON and the CSV reader say the same about the same list.
/// </summary>
internal sealed class OrgUnitRows
{
    private readonly List<Row> rows = [];
    private readonly List<(int Place, string? Field, Diagnostic Diagnostic)> problems = [];
    private bool unread;

    /// <summary>The problems found, each with the place of its unit (the reader's index) and its field.</summary>
    public IReadOnlyList<(int Place, string? Field, Diagnostic Diagnostic)> Problems => problems;

    public bool HasErrors => problems.Count > 0;

    /// <summary>A code as written: the code, or null with its problem.</summary>
    public OrgUnitCode? Code(string text, int place, string field)
    {
        if (OrgUnitCode.TryParse(text, out var code))
        {
            return code;
        }

        Error(place, field, OrgUnitDiagnosticCodes.InvalidCode, OrgUnitDiagnosticCodes.InvalidCode, text);
        return null;
    }

    /// <summary>A name as written, trimmed: the name, or null with its problem.</summary>
    public string? Name(string? text, OrgUnitCode? code, int place)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(place, "name", OrgUnitDiagnosticCodes.EmptyName, code is { } c ? OrgUnitDiagnosticCodes.EmptyName : OrgUnitDiagnosticCodes.EmptyName + ".noCode", code?.Value ?? string.Empty);
        return null;
    }

    /// <summary>A kind as written (province, city, county, school): the level, or false with its problem.</summary>
    public bool Kind(string text, int place, out OrgUnitLevel level)
    {
        if (Wire.WireNames.OrgUnitKinds.TryParse(text.Trim(), out level))
        {
            return true;
        }

        Error(place, "kind", OrgUnitDiagnosticCodes.UnknownKind, OrgUnitDiagnosticCodes.UnknownKind, text);
        return false;
    }

    /// <summary>
    /// A unit the reader found. Its code and its parent's are known; a unit whose code or parent could not be read is
    /// <see cref="Unread"/> instead.
    /// </summary>
    public void Add(OrgUnitCode code, string? name, OrgUnitCode? parent, OrgUnitLevel? level, int place)
        => rows.Add(new Row(code, name, parent, level, place));

    /// <summary>A unit whose code or parent could not be read: what others say of it is not checked.</summary>
    public void Unread() => unread = true;

    /// <summary>The tree, or null when the units do not make one (or a unit could not be read) — never half a tree.</summary>
    public OrgUnitTree? Build()
    {
        var shape = rows.Select(r => new OrgUnitRow(r.Code, r.Parent, r.Level)).ToList();
        foreach (var fault in OrgUnitTreeRules.CheckShape(shape))
        {
            // A unit that could not be read may be the parent, or the root, that the others lack.
            if (!(unread && fault.Kind is OrgUnitFaultKind.UnknownParent or OrgUnitFaultKind.NoRoot))
            {
                Report(fault);
            }
        }

        if (HasErrors || unread)
        {
            return null;
        }

        var (levels, faults) = OrgUnitTreeRules.CheckLevels(shape);
        foreach (var fault in faults)
        {
            Report(fault);
        }

        return HasErrors ? null : OrgUnitTree.Create(rows.Select((r, i) => new OrgUnit(r.Code, r.Name!, levels[i], r.Parent)));
    }

    private void Report(OrgUnitFault fault)
    {
        var row = fault.Index >= 0 ? rows[fault.Index] : default;
        var other = fault.Other >= 0 ? rows[fault.Other] : default;
        var place = fault.Index >= 0 ? row.Place : -1;
        switch (fault.Kind)
        {
            case OrgUnitFaultKind.DuplicateCode:
                Error(place, "code", OrgUnitDiagnosticCodes.DuplicateCode, OrgUnitDiagnosticCodes.DuplicateCode, row.Code.Value, Named(other));
                break;
            case OrgUnitFaultKind.UnknownParent:
                Error(place, "parent", OrgUnitDiagnosticCodes.UnknownParent, OrgUnitDiagnosticCodes.UnknownParent, row.Parent!.Value.Value, Named(row));
                break;
            case OrgUnitFaultKind.NoRoot:
                Error(-1, null, OrgUnitDiagnosticCodes.NoRoot, rows.Count == 0 && !unread ? OrgUnitDiagnosticCodes.NoRoot + ".empty" : OrgUnitDiagnosticCodes.NoRoot);
                break;
            case OrgUnitFaultKind.SecondRoot:
                Error(place, null, OrgUnitDiagnosticCodes.SecondRoot, OrgUnitDiagnosticCodes.SecondRoot, Named(row), Named(other));
                break;
            case OrgUnitFaultKind.Cycle:
                Error(place, "parent", OrgUnitDiagnosticCodes.Cycle, OrgUnitDiagnosticCodes.Cycle, string.Join(" → ", fault.Cycle!));
                break;
            case OrgUnitFaultKind.NotBelowParent:
                Error(place, "kind", OrgUnitDiagnosticCodes.KindNotBelowParent, OrgUnitDiagnosticCodes.KindNotBelowParent, Named(row), Named(other));
                break;
            default:
                Error(place, "parent", OrgUnitDiagnosticCodes.KindNotBelowParent, OrgUnitDiagnosticCodes.KindNotBelowParent + ".school", Named(row), Named(other));
                break;
        }
    }

    private static string Named(Row row) => row.Name is { } name ? row.Code.Value + " " + name : row.Code.Value;

    private void Error(int place, string? field, string code, string key, params string[] arguments)
        => problems.Add((place, field, new Diagnostic(code, DiagnosticSeverity.Error, key, [.. arguments])));

    private readonly record struct Row(OrgUnitCode Code, string? Name, OrgUnitCode? Parent, OrgUnitLevel? Level, int Place);
}

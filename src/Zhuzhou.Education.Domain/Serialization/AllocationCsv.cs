using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads a bureau's 任务分解表 — who owes what of the plan's targets — from CSV with the header
/// <c>target,orgUnit,required[,weight][,baseline]</c> (columns in any order, names in any case), and gives the plan with
/// the allocations and milestone scopes it sets.
/// </summary>
/// <remarks>
/// <para>A count target's rows each give an org unit (code or name) and either the amount it must reach
/// (<c>required</c>: an explicit allocation) or its weight (<c>weight</c>, e.g. enrolment: the plan's amount is split in
/// proportion, in whole measure units); a target with a baseline gives each unit's own <c>baseline</c>. A milestone's
/// one row gives its scope in <c>orgUnit</c>: a level — <c>county</c> (各县市区) or <c>school</c> (各学校) — when every
/// unit of it owes the milestone, or the one unit responsible; amounts are left empty. Shares (coverage, percentages)
/// apply to every unit alike and are not allocated.</para>
/// <example>
/// <code>
/// target,orgUnit,required
/// 14.2,醴陵市,2600
/// 14.2,430202,1900
/// 13.1,county,
/// </code>
/// </example>
/// <para>Loading never throws for bad input: it gives the plan, or every problem with its line (see
/// <see cref="AllocationDiagnosticCodes"/> and <see cref="CsvDiagnosticCodes"/>) and no plan. All members are
/// thread-safe.</para>
/// </remarks>
public static class AllocationCsv
{
    /// <summary>The header, with the optional columns.</summary>
    public const string Header = "target,orgUnit,required,weight,baseline";

    /// <summary>Loads a 任务分解表 from an untrusted UTF-8 stream (a byte order mark is allowed).</summary>
    /// <param name="utf8Csv">The stream, read to its end; left open.</param>
    /// <param name="plan">The plan whose targets the rows allocate.</param>
    /// <param name="orgUnits">The org units that may owe them.</param>
    /// <returns>The plan with the allocations and scopes, or every problem found (with its line) and no plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<Plan> Load(Stream utf8Csv, Plan plan, OrgUnitTree orgUnits)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var text = new StreamReader(utf8Csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(text, plan, orgUnits);
    }

    /// <summary>Loads a 任务分解表 from untrusted CSV text.</summary>
    /// <param name="csv">The text, read to its end; left open.</param>
    /// <param name="plan">The plan whose targets the rows allocate.</param>
    /// <param name="orgUnits">The org units that may owe them.</param>
    /// <returns>The plan with the allocations and scopes, or every problem found (with its line) and no plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The text could not be read.</exception>
    public static ParseResult<Plan> Read(TextReader csv, Plan plan, OrgUnitTree orgUnits)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        var diagnostics = new List<Diagnostic>();
        var rows = ReadRows(csv, plan, orgUnits, diagnostics);
        var targets = new List<Target>();
        foreach (var group in rows.GroupBy(r => r.Target.Id))
        {
            if (Apply(group.Key, [.. group], diagnostics) is { } target)
            {
                targets.Add(target);
            }
        }

        var sorted = diagnostics.OrderBy(d => d.Line ?? int.MaxValue).ToList();
        return sorted.Any(d => d.IsError) ? ParseResult.Failed<Plan>(sorted) : ParseResult.Succeeded(plan.WithTargets(targets), sorted);
    }

    private sealed record Row(int Line, Target Target, OrgUnit? Unit, OrgUnitLevel? Level, decimal? Required, decimal? Weight, decimal? Baseline);

    private static List<Row> ReadRows(TextReader text, Plan plan, OrgUnitTree tree, List<Diagnostic> diagnostics)
    {
        void Error(string code, string key, int line, params string[] arguments) => diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, key, [.. arguments], line));

        var rows = new List<Row>();
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (CsvFormatException e)
        {
            Error(CsvDiagnosticCodes.NotCsv, CsvDiagnosticCodes.NotCsv, 1, e.Message);
            return rows;
        }

        using (csv)
        {
            int Find(string name) => CsvColumns.Find(csv, name);
            var (target, unit, required, weight, baseline) = (Find("target"), Find("orgUnit"), Find("required"), Find("weight"), Find("baseline"));
            if (target < 0 || unit < 0 || (required < 0 && weight < 0))
            {
                Error(CsvDiagnosticCodes.MissingColumns, CsvDiagnosticCodes.MissingColumns + ".allocations", 1);
                return rows;
            }

            var lines = new CsvLines(csv);
            int line; // the line the record starts on, quoted line breaks before it counted
            string? malformed;
            while (lines.Read(csv, out line, out malformed))
            {
                string Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : string.Empty;
                if (Parse(Field(target), Field(unit), line, plan, tree, diagnostics) is not { } place
                    || !TryNumber(Field(required), "required", line, diagnostics, out var r)
                    || !TryNumber(Field(weight), "weight", line, diagnostics, out var w)
                    || !TryNumber(Field(baseline), "baseline", line, diagnostics, out var b))
                {
                    continue;
                }

                rows.Add(new Row(line, place.Target, place.Unit, place.Level, r, w, b));
            }

            if (malformed is not null)
            {
                Error(CsvDiagnosticCodes.MalformedCsv, CsvDiagnosticCodes.MalformedCsv, line, malformed);
            }
        }

        return rows;
    }

    private static (Target Target, OrgUnit? Unit, OrgUnitLevel? Level)? Parse(string targetText, string unitText, int line, Plan plan, OrgUnitTree tree, List<Diagnostic> diagnostics)
    {
        void Error(string code, string key, params string[] arguments) => diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, key, [.. arguments], line));

        if (!TargetId.TryParse(targetText, out var id))
        {
            Error(CsvDiagnosticCodes.InvalidTargetId, CsvDiagnosticCodes.InvalidTargetId, targetText);
            return null;
        }

        if (plan.FindTarget(id) is not { } target)
        {
            Error(AllocationDiagnosticCodes.UnknownTarget, AllocationDiagnosticCodes.UnknownTarget, id.ToString(), plan.Title);
            return null;
        }

        var milestone = target.Comparison.Kind == ComparisonKind.Milestone;
        OrgUnitLevel? level = unitText switch
        {
            "county" or "County" or "县市区" or "各县市区" => OrgUnitLevel.County,
            "school" or "School" or "学校" or "各学校" => OrgUnitLevel.School,
            _ => null,
        };
        if (level is not null && milestone)
        {
            return (target, null, level);
        }

        if (tree.Resolve(unitText) is not { } unit)
        {
            if (level is null)
            {
                Error(AllocationDiagnosticCodes.UnknownOrgUnit, AllocationDiagnosticCodes.UnknownOrgUnit, unitText, tree.Root.Name);
            }
            else
            {
                Error(AllocationDiagnosticCodes.UnknownOrgUnit, AllocationDiagnosticCodes.UnknownOrgUnit + ".level", unitText, id.ToString());
            }

            return null;
        }

        return (target, unit, null);
    }

    private static bool TryNumber(string text, string field, int line, List<Diagnostic> diagnostics, out decimal? number)
    {
        number = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
        {
            diagnostics.Add(new Diagnostic(CsvDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, CsvDiagnosticCodes.InvalidNumber + "." + field, [text], line));
            return false;
        }

        number = parsed;
        return true;
    }

    /// <summary>The target with the allocation or scope its rows set, or null with the problems listed.</summary>
    private static Target? Apply(TargetId id, ImmutableArray<Row> rows, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        void Error(string code, string key, int line, params string[] arguments) => diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, key, [.. arguments], line));

        var target = rows[0].Target;
        var idText = id.ToString();
        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            foreach (var row in rows.Where(r => r.Required is not null || r.Weight is not null || r.Baseline is not null))
            {
                Error(AllocationDiagnosticCodes.MilestoneAmount, AllocationDiagnosticCodes.MilestoneAmount, row.Line, idText);
            }

            if (rows.Length > 1)
            {
                Error(AllocationDiagnosticCodes.Repeated, AllocationDiagnosticCodes.Repeated + ".milestone", rows[1].Line, idText, Line(rows[0].Line));
            }

            var first = rows[0];
            return diagnostics.Count > errors ? null : Build(() => target with
            {
                Scope = first.Level is { } level ? MilestoneScope.EveryUnitAt(level) : MilestoneScope.ResponsibleUnit(first.Unit!.Code),
            }, idText, first.Line, diagnostics);
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            Error(AllocationDiagnosticCodes.ShareTarget, AllocationDiagnosticCodes.ShareTarget, rows[0].Line, idText);
            return null;
        }

        foreach (var row in rows.Where(r => (r.Required is null) == (r.Weight is null)))
        {
            Error(AllocationDiagnosticCodes.AmountOrWeight, AllocationDiagnosticCodes.AmountOrWeight + (row.Required is null ? ".neither" : ".both"), row.Line, row.Unit!.Code.ToString(), idText);
        }

        if (rows.Any(r => r.Required is not null) && rows.Any(r => r.Weight is not null))
        {
            Error(AllocationDiagnosticCodes.MixedMethods, AllocationDiagnosticCodes.MixedMethods, rows.First(r => r.Weight is not null).Line, idText);
        }

        foreach (var repeat in rows.GroupBy(r => r.Unit!.Code).Where(g => g.Count() > 1))
        {
            Error(AllocationDiagnosticCodes.Repeated, AllocationDiagnosticCodes.Repeated, repeat.Skip(1).First().Line, repeat.Key.ToString(), idText, Line(repeat.First().Line));
        }

        if (diagnostics.Count > errors)
        {
            return null;
        }

        var proportional = rows[0].Weight is not null;
        var parts = rows.Select(r => new AllocationPart(r.Unit!.Code, (proportional ? r.Weight : r.Required)!.Value) { Baseline = r.Baseline });
        return Build(() => target with { Allocation = proportional ? Allocation.Proportional(parts) : Allocation.Explicit(parts) }, idText, rows[0].Line, diagnostics);
    }

    private static string Line(int line) => line.ToString(CultureInfo.InvariantCulture);

    private static Target? Build(Func<Target> build, string id, int line, List<Diagnostic> diagnostics)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(new Diagnostic(AllocationDiagnosticCodes.InvalidAllocation, DiagnosticSeverity.Error, AllocationDiagnosticCodes.InvalidAllocation, [id, Wire.WireReader.PlainMessage(e)], line));
            return null;
        }
    }
}

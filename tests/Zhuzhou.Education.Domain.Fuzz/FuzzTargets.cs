using System.Text;
using Zhuzhou.Education.Domain.Cli;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Fuzz;

/// <summary>A bug the fuzzer found: an input the loader got wrong without throwing.</summary>
internal sealed class FuzzFindingException(string message) : Exception(message);

/// <summary>
/// The loaders of untrusted input, one entry point each. A target passes when the loader returns a value or
/// located error diagnostics; it throws when the loader throws, reports an internal error, returns an unlocated
/// error, or when what it read does not survive being written and read again.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>
    /// Errors that concern the whole document and so may have no line or path: plan text that is empty, has no
    /// section or item, or no year (ZP0003 names the title's line when there is a title); JSON over the size limit;
    /// a list of org units without a root.
    /// </summary>
    private static readonly HashSet<string> WholeDocumentCodes = ["ZP0001", "ZP0002", "ZP0003", "ZJ0001", "ZO0004"];

    // Properties, not fields: under afl-fuzz the fork server process must not run instrumented code (it has no
    // coverage map), so nothing of the library is touched until a target runs in the fuzzing process.
    private static Plan Plan2017 => ZhuzhouPlans.Education2017;

    private static OrgUnitTree Tree2017 => ZhuzhouOrgUnits.Tree2017;

    /// <summary>Target names, as given on the command line and used as corpus folder names.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["plan-text"] = PlanText,
        ["plan-json"] = PlanJsonDocument,
        ["progress-json"] = ProgressJsonDocument,
        ["progress-csv"] = ProgressCsv,
        ["org-units-json"] = OrgUnitsJson,
        ["org-units-csv"] = OrgUnitsCsv,
    };

    /// <summary>Plan text (工作要点) as bytes, through encoding detection; a plan read is written as JSON and read back.</summary>
    public static void PlanText(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = PlanTextParser.Parse(stream);
        CheckResult(result);
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "ZP0900") is { } internalError)
        {
            throw new FuzzFindingException("internal parser error: " + internalError);
        }

        if (result.ValueOrDefault is { } plan)
        {
            CheckPlanRoundTrip(plan);
        }
    }

    /// <summary><c>zedu.plan/1</c> JSON; a plan read is written and read back to the same plan and the same text.</summary>
    public static void PlanJsonDocument(byte[] input)
    {
        var result = PlanJson.LoadUtf8(input);
        CheckResult(result);
        if (result.ValueOrDefault is { } plan)
        {
            CheckPlanRoundTrip(plan);
        }
    }

    /// <summary><c>zedu.progress/1</c> JSON against the 2017 plan; a batch read is written and read back unchanged.</summary>
    public static void ProgressJsonDocument(byte[] input)
    {
        var result = ProgressJson.LoadUtf8(input, Plan2017, Tree2017);
        CheckResult(result);
        if (result.ValueOrDefault is { } batch)
        {
            var json = ProgressJson.Serialize(batch);
            var again = ProgressJson.Parse(json, Plan2017, Tree2017);
            if (!again.Success || !again.Value.Equals(batch))
            {
                throw new FuzzFindingException("a batch read from the input is not read back from its own JSON: " + string.Join("; ", again.Errors));
            }
        }
    }

    /// <summary>
    /// Progress CSV against the 2017 plan, through the reader <c>zedu</c> uses (<c>ProgressInput</c> in the tool today;
    /// when the CSV reader moves into the library, call it here instead). Every problem must name its line.
    /// </summary>
    public static void ProgressCsv(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var reader = new ProgressInput(Plan2017, Tree2017, CliContext.ForWriters(TextWriter.Null, TextWriter.Null));
        reader.ReadCsv(stream, "fuzz.csv");
        if (reader.Problems.Concat(reader.Warnings).FirstOrDefault(p => p.Diagnostic.Line is null) is { } unlocated)
        {
            throw new FuzzFindingException("a CSV problem without a line: " + unlocated);
        }

        if (reader.Problems.Count == 0 && reader.MoreProblems > 0)
        {
            throw new FuzzFindingException("problems counted but none kept");
        }
    }

    /// <summary><c>zedu.orgunits/1</c> JSON; a tree read is written and read back to the same units.</summary>
    public static void OrgUnitsJson(byte[] input)
    {
        var result = OrgUnitJson.LoadUtf8(input);
        CheckResult(result);
        if (result.ValueOrDefault is { } tree)
        {
            CheckTreeRoundTrip(tree);
        }
    }

    /// <summary>Org units as CSV <c>code,name,parent[,kind]</c>; every error names its line, and a tree read survives JSON.</summary>
    public static void OrgUnitsCsv(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = OrgUnitCsv.Load(stream);
        CheckResult(result);
        if (result.ValueOrDefault is { } tree)
        {
            CheckTreeRoundTrip(tree);
        }
    }

    private static void CheckTreeRoundTrip(OrgUnitTree tree)
    {
        var again = OrgUnitJson.Parse(OrgUnitJson.Serialize(tree));
        if (!again.Success || !again.Value.Units.SequenceEqual(tree.Units))
        {
            throw new FuzzFindingException("a tree read from the input is not read back from its own JSON: " + string.Join("; ", again.Errors));
        }
    }

    private static void CheckResult<T>(ParseResult<T> result)
        where T : class
    {
        if (result.Success == result.Errors.Any())
        {
            throw new FuzzFindingException($"success is {result.Success} but the errors are: " + string.Join("; ", result.Errors));
        }

        if (result.Errors.FirstOrDefault(d => d.Line is null && d.Path is null && !WholeDocumentCodes.Contains(d.Code)) is { } unlocated)
        {
            throw new FuzzFindingException("an error without a line or a path: " + unlocated);
        }
    }

    /// <summary>Written, read, written again: the same plan and the same JSON (a fixed point).</summary>
    private static void CheckPlanRoundTrip(Plan plan)
    {
        var json = PlanJson.Serialize(plan);
        var again = PlanJson.Parse(json);
        if (!again.Success)
        {
            throw new FuzzFindingException("the plan's own JSON is refused: " + string.Join("; ", again.Errors));
        }

        if (!again.Value.Equals(plan))
        {
            throw new FuzzFindingException("the plan read back from its own JSON is a different plan");
        }

        if (PlanJson.Serialize(again.Value) != json)
        {
            throw new FuzzFindingException("the plan's JSON changes on a second round trip");
        }
    }

    /// <summary>Describes an input for a message: its length and first bytes.</summary>
    public static string Describe(byte[] input)
        => $"{input.Length} bytes: " + Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 80)).ReplaceLineEndings("⏎");
}

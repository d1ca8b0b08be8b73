using System.Collections.Immutable;
using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Serialization.Wire;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>
/// The check a bureau runs on a plan file (工作要点) before it publishes it, in CI or by hand (<c>zedu validate --plan
/// FILE</c>): the file reads as a plan — plan JSON against its schema (<c>zedu.plan/1</c>) or plan text through the
/// parser — and the plan holds together: sections and items numbered in order, every target measurable or explicitly
/// not (a milestone), every deadline and checkpoint inside the plan period, and allocations (任务分解), where given,
/// adding up.
/// </summary>
/// <remarks>
/// <para>Every problem is a located <see cref="Diagnostic"/> with a stable code (<see cref="PlanCheckCodes"/>, and
/// the readers' ZJ and ZP codes): a JSON path and its line and column in a JSON file, the line and column of the
/// target's words in plan text. Errors fail the check; warnings do not.</para>
/// <example>
/// <code>
/// var result = PlanCheck.File(File.ReadAllBytes("plan-2018.json"));
/// foreach (var problem in result.Diagnostics) Console.WriteLine(problem);
/// return result.Success ? 0 : 2;
/// </code>
/// </example>
/// <para>Thread-safe.</para>
/// </remarks>
public static class PlanCheck
{
    /// <summary>Checks a plan already read: structure, measurability, dates, allocations.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The org units and allocations to check against; none when null.</param>
    /// <returns>Every problem, errors and warnings, in plan order, each with the JSON path of its place in the plan's JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ImmutableArray<Diagnostic> Check(Plan plan, PlanCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. PlanRules.Check(plan, options ?? PlanCheckOptions.Default).Select(p => p.ToDiagnostic(null, null))];
    }

    /// <summary>
    /// The plan's 任务分解 (allocations) that name org units (单位) the tree lacks (<see cref="PlanCheckCodes.AllocationOfUnknownOrgUnit"/>):
    /// that rule of <see cref="Check"/> alone, giving its diagnostics as <see cref="Check"/> gives them, without the
    /// plan's other checks.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="orgUnits">The org units the allocations must name.</param>
    /// <returns>One error for each unit an explicit allocation names that the tree lacks, by target, then by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="orgUnits"/> is null.</exception>
    public static ImmutableArray<Diagnostic> CheckAllocationOrgUnits(Plan plan, OrgUnitTree orgUnits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        return [.. PlanRules.AllocationsOfUnknownOrgUnits(plan, orgUnits).Select(p => p.ToDiagnostic(null, null))];
    }

    /// <summary>
    /// Reads a plan file — plan JSON when it starts with <c>{</c> (after white space and a byte-order mark), plan text
    /// otherwise — and checks it.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The org units and allocations to check against; none when null.</param>
    /// <returns>
    /// The plan when it was read and the check found no error; every diagnostic of reading, then of the check, located
    /// in the file.
    /// </returns>
    public static ParseResult<Plan> File(ReadOnlySpan<byte> bytes, PlanCheckOptions? options = null)
    {
        options ??= PlanCheckOptions.Default;
        var json = IsJson(bytes);
        var read = json ? PlanJson.LoadUtf8(bytes) : PlanTextParser.Parse(new MemoryStream(bytes.ToArray(), writable: false));
        if (!read.Success)
        {
            return read;
        }

        var problems = PlanRules.Check(read.Value, options);
        if (problems.Count == 0)
        {
            return read;
        }

        var located = json ? LocateInJson(bytes, problems) : LocateInText(bytes, problems);
        var all = read.Diagnostics.AddRange(located);
        return all.Any(d => d.IsError) ? ParseResult.Failed<Plan>(all) : ParseResult.Succeeded(read.Value, all);
    }

    private static bool IsJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && bytes[first] == (byte)'{';
    }

    private static List<Diagnostic> LocateInJson(ReadOnlySpan<byte> bytes, List<PlanProblem> problems)
    {
        var places = JsonLocator.Locate(bytes, [.. problems.Where(p => p.Path is not null).Select(p => p.Path!)]);
        return problems.Select(p => p.Path is not null && places.TryGetValue(p.Path, out var at) ? p.ToDiagnostic(at.Line, at.Column) : p.ToDiagnostic(null, null)).ToList();
    }

    // Plan text keeps no positions in the model: a problem is placed where the words it is about first appear.
    private static List<Diagnostic> LocateInText(ReadOnlySpan<byte> bytes, List<PlanProblem> problems)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return problems.Select(p =>
        {
            var at = p.Words is { Length: > 0 } words ? text.IndexOf(words, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                return p.ToDiagnostic(null, null);
            }

            var line = 1 + text.AsSpan(0, at).Count('\n');
            var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
            return p.ToDiagnostic(line, column);
        }).ToList();
    }
}

using System.Globalization;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// <c>zedu validate</c>: the plan check of a plan file (<c>--plan FILE</c>, through <see cref="PlanCheck"/>) and the
/// check of progress files (<c>--progress FILE…</c>); every problem with its file and place, exit code 2 if there is an
/// error. The library decides what is a problem; this renders it.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CliContext context, string? planFile, string[]? progressFiles)
    {
        if (planFile is null && progressFiles is not { Length: > 0 })
        {
            throw new CliException("validate: give --plan FILE to check a plan file, or --progress FILE to check progress reports (or both)");
        }

        if (planFile is not null && CheckPlan(context, planFile) != Zedu.ExitOk)
        {
            return Zedu.ExitBadInput;
        }

        return progressFiles is { Length: > 0 } ? CheckProgress(context, planFile, progressFiles) : Zedu.ExitOk;
    }

    /// <summary>The plan check: the file read as plan JSON or plan text, then checked; every diagnostic, then a summary.</summary>
    private static int CheckPlan(CliContext context, string file)
    {
        var result = PlanCheck.File(PlanInput.ReadBytes(file), new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 });
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Out.WriteLine(new FileProblem(file, diagnostic).ToString());
        }

        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        var what = result.ValueOrDefault is { } plan
            ? string.Create(CultureInfo.InvariantCulture, $"{plan.Sections.Length} section(s), {plan.Items.Length} item(s), {plan.Targets.Length} target(s); ")
            : string.Empty;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {what}{errors} error(s), {warnings} warning(s)"));
        return result.Success ? Zedu.ExitOk : Zedu.ExitBadInput;
    }

    private static int CheckProgress(CliContext context, string? planFile, string[] files)
    {
        var plan = PlanInput.Load(planFile, context.Error);
        var input = new ProgressInput(plan, ZhuzhouOrgUnits.Tree2017, context);
        foreach (var file in files)
        {
            input.ReadFile(file);
        }

        input.CheckAcrossFiles();
        foreach (var problem in input.Problems.Concat(input.Warnings))
        {
            context.Out.WriteLine(problem.ToString());
        }

        var total = input.Problems.Count + input.MoreProblems;
        var more = input.MoreProblems > 0 ? $" ({input.MoreProblems:N0} more not shown)" : string.Empty;
        var warnings = input.Warnings.Count > 0 ? $", {input.Warnings.Count:N0} warning(s)" : string.Empty;
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{files.Length} file(s), {input.Reports.Count:N0} valid report(s), {total:N0} problem(s){more}{warnings}"));
        return total == 0 ? Zedu.ExitOk : Zedu.ExitBadInput;
    }
}

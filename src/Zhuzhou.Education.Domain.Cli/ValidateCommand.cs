using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// <c>zedu validate</c>: the plan check of a plan file (<c>--plan FILE</c> alone, through the library's
/// <see cref="PlanCheck"/>), or the check of progress files (<c>--progress FILE…</c>, against the plan of <c>--plan</c>
/// when given); every problem with its file and place in the chosen
/// language, exit code 2 if there is an error. The library decides what is a problem; this renders it.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CliContext context, string? planFile, string[]? progressFiles, string? orgUnitsFile)
    {
        if (planFile is null && progressFiles is not { Length: > 0 })
        {
            throw new CliException(CliText.ValidateNeedsInput(context.Language));
        }

        // With progress files, --plan names the plan they are checked against; alone, it is the plan file to check.
        var orgUnits = OrgUnitInput.Load(orgUnitsFile, context);
        return progressFiles is { Length: > 0 } ? CheckProgress(context, planFile, progressFiles, orgUnits) : CheckPlan(context, planFile!, orgUnits);
    }

    /// <summary>The plan check: the file read as plan JSON or plan text, then checked; every diagnostic, then a summary.</summary>
    private static int CheckPlan(CliContext context, string file, OrgUnitTree orgUnits)
    {
        var result = PlanCheck.File(PlanInput.ReadBytes(file, context.Language), new PlanCheckOptions { OrgUnits = orgUnits });
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Out.WriteLine(SafeText.Clean(new FileProblem(file, diagnostic).Format(context.Language)));
        }

        var shape = result.ValueOrDefault is { } plan ? (plan.Sections.Length, plan.Items.Length, plan.Targets.Length) : ((int, int, int)?)null;
        context.Out.WriteLine(CliText.ValidatePlanSummary(context.Language, file, shape, result.Errors.Count(), result.Warnings.Count()));
        return result.Success ? Zedu.ExitOk : Zedu.ExitBadInput;
    }

    private static int CheckProgress(CliContext context, string? planFile, string[] files, OrgUnitTree orgUnits)
    {
        var plan = PlanInput.Load(planFile, context);
        var input = new ProgressInput(plan, orgUnits, context);
        foreach (var file in files)
        {
            input.ReadFile(file);
        }

        input.CheckAcrossFiles();
        foreach (var problem in input.Problems.Concat(input.Warnings))
        {
            context.Out.WriteLine(SafeText.Clean(problem.Format(context.Language)));
        }

        var total = input.Problems.Count + input.MoreProblems;
        context.Out.WriteLine(CliText.ValidateSummary(context.Language, files.Length, input.Reports.Count, total, input.MoreProblems, input.Warnings.Count));
        return total == 0 ? Zedu.ExitOk : Zedu.ExitBadInput;
    }
}

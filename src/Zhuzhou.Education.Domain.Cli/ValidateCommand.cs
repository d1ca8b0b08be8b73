using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// <c>zedu validate</c>: the plan check of a plan file (<c>--plan FILE</c> alone, through the library's
/// <see cref="PlanCheck"/>), or the check of progress files (<c>--progress FILE…</c>) and of a 任务分解表
/// (<c>--allocations FILE</c>), against the plan of <c>--plan</c> when given, or of an org unit file (<c>--org-units FILE</c> alone); every problem with its file and place in the chosen
/// language, exit code 2 if there is an error. The library decides what is a problem; this renders it.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CliContext context, string? planFile, string[]? progressFiles, string? orgUnitsFile, string? allocationsFile)
    {
        var files = progressFiles ?? [];
        if (planFile is null && files.Length == 0 && allocationsFile is null)
        {
            return orgUnitsFile is null ? throw new CliException(CliText.ValidateNeedsInput(context.Language)) : CheckOrgUnits(context, orgUnitsFile);
        }

        // With progress files or a 任务分解表, --plan names the plan they are checked against; alone, it is the plan file to check.
        var orgUnits = OrgUnitInput.Load(orgUnitsFile, context);
        return files.Length > 0 || allocationsFile is not null ? CheckProgress(context, planFile, files, orgUnits, allocationsFile) : CheckPlan(context, planFile!, orgUnits);
    }

    /// <summary>
    /// The check of an org unit file (<c>--org-units FILE</c> alone): the library reads it (<see cref="OrgUnitJson"/>,
    /// <see cref="OrgUnitCsv"/>) and says what is wrong; every diagnostic with its place, then a summary.
    /// </summary>
    private static int CheckOrgUnits(CliContext context, string file)
    {
        var result = OrgUnitInput.Read(file, context);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Out.WriteLine(SafeText.Clean(new FileProblem(file, diagnostic).Format(context.Language)));
        }

        var tree = result.ValueOrDefault;
        var shape = tree is null ? ((int, int, int)?)null : (tree.Count, tree.UnitsAt(OrgUnitLevel.County).Count(), tree.UnitsAt(OrgUnitLevel.School).Count());
        context.Out.WriteLine(CliText.ValidateOrgUnitsSummary(context.Language, file, shape, result.Errors.Count(), result.Warnings.Count()));
        return result.Success ? Zedu.ExitOk : Zedu.ExitBadInput;
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

    private static int CheckProgress(CliContext context, string? planFile, string[] files, OrgUnitTree orgUnits, string? allocations)
    {
        var plan = PlanInput.Load(planFile, context);
        var input = new ProgressInput(plan, orgUnits, context);
        foreach (var file in files)
        {
            input.ReadFile(file);
        }

        input.CheckAcrossFiles();
        var allocationProblems = new List<FileProblem>();
        if (allocations is not null)
        {
            using var stream = File.Exists(allocations) ? File.OpenRead(allocations) : throw new CliException(CliText.FileNotFound(context.Language, allocations));
            allocationProblems.AddRange(AllocationCsv.Load(stream, plan, input.Tree).Diagnostics.Select(d => new FileProblem(allocations, d)));
        }

        foreach (var problem in input.Problems.Concat(input.Warnings).Concat(allocationProblems))
        {
            context.Out.WriteLine(SafeText.Clean(problem.Format(context.Language)));
        }

        var total = input.Problems.Count + input.MoreProblems + allocationProblems.Count(p => p.Diagnostic.IsError);
        var count = files.Length + (allocations is null ? 0 : 1);
        context.Out.WriteLine(CliText.ValidateSummary(context.Language, count, files.Length == 0 ? null : input.Reports.Count, total, input.MoreProblems, input.Warnings.Count));
        return total == 0 ? Zedu.ExitOk : Zedu.ExitBadInput;
    }
}

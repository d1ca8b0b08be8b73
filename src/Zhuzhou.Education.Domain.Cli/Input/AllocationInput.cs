using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// Who owes what: a 任务分解表 (CSV, <see cref="AllocationCsv"/>) applied to the plan — a file given with
/// <c>--allocations</c>, or with the built-in sample reports the built-in sample 任务分解.
/// </summary>
internal static class AllocationInput
{
    public const string ResourceName = "zhuzhou-2017-allocations-sample.csv";

    /// <summary>The plan with the allocations of <paramref name="file"/>; fails with the first problem, naming the file and line.</summary>
    public static Plan Apply(Plan plan, OrgUnitTree tree, string file, CliContext context)
    {
        if (Directory.Exists(file))
        {
            throw new CliException(CliText.IsAFolder(context.Language, file));
        }

        if (!File.Exists(file))
        {
            throw new CliException(CliText.FileNotFound(context.Language, file));
        }

        using var stream = File.OpenRead(file);
        return PlanInput.Unwrap(AllocationCsv.Load(stream, plan, tree), file, context);
    }

    /// <summary>The plan with the built-in sample 任务分解 (invented: 8.1, 14.2 and 19.1 among the counties, 13.1 owed by every county).</summary>
    public static Plan ApplySample(Plan plan, OrgUnitTree tree, CliContext context)
    {
        using var stream = typeof(AllocationInput).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CliException(CliText.AllocationsSampleMissing(context.Language));
        return PlanInput.Unwrap(AllocationCsv.Load(stream, plan, tree), CliText.SampleAllocationsName(context.Language), context);
    }
}

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The stable codes of the <see cref="Diagnostics.Diagnostic"/>s that reading a 任务分解表 gives
/// (<see cref="AllocationCsv"/>): what its rows say about the plan's targets and the org unit tree. The CSV itself
/// has the codes of <see cref="CsvDiagnosticCodes"/>. A code is never reused for another meaning.
/// </summary>
public static class AllocationDiagnosticCodes
{
    /// <summary>A row names a target the plan does not have.</summary>
    public const string UnknownTarget = "ZA0001";

    /// <summary>A row names an org unit the tree does not have (or, for a count, a level of units).</summary>
    public const string UnknownOrgUnit = "ZA0002";

    /// <summary>A row of a count gives neither a required amount nor a weight, or both.</summary>
    public const string AmountOrWeight = "ZA0003";

    /// <summary>The rows of one target mix required amounts and weights.</summary>
    public const string MixedMethods = "ZA0004";

    /// <summary>A row of a milestone gives an amount, a weight or a baseline: a milestone is owed by its scope.</summary>
    public const string MilestoneAmount = "ZA0005";

    /// <summary>A row allocates a share (coverage, a percentage), which applies to every unit alike.</summary>
    public const string ShareTarget = "ZA0006";

    /// <summary>A target and org unit are given in more than one row, or a milestone's scope in more than one row.</summary>
    public const string Repeated = "ZA0007";

    /// <summary>The rows of a target do not make an allocation of it (e.g. a baseline missing or out of place, a
    /// proportional split of an at-most target, weights that add up to 0).</summary>
    public const string InvalidAllocation = "ZA0008";
}

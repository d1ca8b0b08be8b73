namespace Zhuzhou.Education.Domain.Validation;

/// <summary>
/// The stable codes of the problems <see cref="PlanCheck"/> finds in a plan (计划检查; ZV = Zhuzhou validation), beside
/// those of reading it (ZJ for plan JSON, ZP for plan text). Errors are ZV0xxx, warnings ZV1xxx; a code is never
/// reused for another meaning.
/// </summary>
public static class PlanCheckCodes
{
    /// <summary>A target's deadline (完成期限) falls outside the plan period.</summary>
    public const string DeadlineOutsidePeriod = "ZV0001";

    /// <summary>A checkpoint of a target's schedule falls outside the plan period.</summary>
    public const string CheckpointOutsidePeriod = "ZV0002";

    /// <summary>
    /// A target is neither measurable nor explicitly not: an amount to count with no measure word (量词) to count it
    /// in. A yes/no or staged commitment is a milestone (节点), which is explicitly not a count.
    /// </summary>
    public const string NotMeasurable = "ZV0003";

    /// <summary>An allocation names an org unit the tree does not have.</summary>
    public const string AllocationOfUnknownOrgUnit = "ZV0005";

    /// <summary>The allocations of a target to the units beneath one unit do not add up to that unit's amount.</summary>
    public const string AllocationsDoNotAddUp = "ZV0007";

    /// <summary>
    /// The plan has no period (计划周期): its deadlines and expected progress (序时进度) have nothing to run in, and it
    /// cannot be evaluated. Plan text that names no year gets one from <c>zedu parse --year</c> or <c>--period</c>.
    /// </summary>
    public const string NoPeriod = "ZV0008";

    /// <summary>Warning: section numbers do not run 1, 2, 3, … (一、二、三、…).</summary>
    public const string SectionNumberSkips = "ZV1001";

    /// <summary>Warning: item numbers do not run on 1, 2, 3, … across the plan.</summary>
    public const string ItemNumberSkips = "ZV1002";

    /// <summary>Warning: a section has no items.</summary>
    public const string EmptySection = "ZV1003";

    /// <summary>Warning: an item has no commitments.</summary>
    public const string EmptyItem = "ZV1004";

    /// <summary>Warning: the targets of an item are not numbered 1, 2, 3, … (14.1, 14.3).</summary>
    public const string TargetOrdinalSkips = "ZV1005";

    /// <summary>Warning: a target requires nothing (at least 0): it is complete before any report, so it measures nothing.</summary>
    public const string NothingRequired = "ZV1006";

    /// <summary>Warning: an at-most target's baseline is already at or below its maximum: it is complete before any report.</summary>
    public const string AlreadyMet = "ZV1007";

    /// <summary>Warning: the plan has no target at all; nothing in it can be measured.</summary>
    public const string NoTarget = "ZV1008";

    /// <summary>Warning: the plan was published after its period ended.</summary>
    public const string PublishedAfterPeriod = "ZV1009";
}

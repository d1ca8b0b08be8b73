namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>How a target's achieved amount is compared with what the plan requires.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum ComparisonKind
{
    /// <summary>At least n (以上, 不少于, 不低于, or a bare number for a growth target).</summary>
    AtLeast = 0,

    /// <summary>At most n (以下, 不超过, 控制在): a descending target, evaluated against a baseline.</summary>
    AtMost = 1,

    /// <summary>Between a and b ("3-5所"): a is required, more than b is flagged as exceeded.</summary>
    Between = 2,

    /// <summary>Exactly n.</summary>
    Exactly = 3,

    /// <summary>A milestone (节点): done or not done, or reached in weighted stages.</summary>
    Milestone = 4,

    /// <summary>Coverage: a share of a population ("每位学生…" means a required share of 1).</summary>
    Coverage = 5,
}

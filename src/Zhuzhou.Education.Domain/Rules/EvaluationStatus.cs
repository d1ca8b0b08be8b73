namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// Where a target (指标) stands for an org unit as of a date, decided in this order: <see cref="NotAssigned"/> when
/// the unit owes nothing of it; <see cref="Achieved"/> (or <see cref="Exceeded"/>) when complete; otherwise
/// <see cref="Overdue"/> past the deadline; otherwise <see cref="NotStarted"/> when no report counts; otherwise
/// <see cref="Behind"/> or <see cref="OnTrack"/> against expected progress (序时进度). An item, a section or a plan
/// is only ever <see cref="Achieved"/>, <see cref="Behind"/> or <see cref="OnTrack"/>, with its targets counted per
/// status beside it.
/// </summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum EvaluationStatus
{
    /// <summary>No report counts yet (未启动), and the deadline has not passed.</summary>
    NotStarted = 0,

    /// <summary>Completion is below expected progress minus the tolerance (滞后).</summary>
    Behind = 1,

    /// <summary>Completion is at or above expected progress minus the tolerance (正常推进).</summary>
    OnTrack = 2,

    /// <summary>Completion is 1 (已完成).</summary>
    Achieved = 3,

    /// <summary>Completion is 1 and the value went past the upper bound or the required amount (超额完成).</summary>
    Exceeded = 4,

    /// <summary>The deadline has passed and completion is below 1 (逾期).</summary>
    Overdue = 5,

    /// <summary>
    /// The org unit owes nothing of the target (未分解): no allocation gives it a part, or the milestone is not its
    /// to complete. Its figures show what it contributed; it is never behind on it.
    /// </summary>
    NotAssigned = 6,
}

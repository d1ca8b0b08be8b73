using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// One cell of a <see cref="RollUpPartial"/>: what one org unit's own reports (进度报送) on one target (指标) add up to
/// across time as of the partial's date — before anything is summed up the tree.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="OrgUnit">The org unit (单位) whose own reports these are; the units beneath it have cells of their own.</param>
/// <param name="Numerator">The value under the target's time aggregation (latest level, running sum, mean, maximum or
/// minimum); for a share its numerator; for a milestone the completion reported.</param>
/// <param name="Denominator">For a share, its denominator; otherwise 0.</param>
/// <param name="Reports">How many of the unit's reports count (for a level, 1 once the unit has reported).</param>
/// <remarks>
/// The numbers are the aggregation engine's (<see cref="double"/>s, exact for counts below 2^53); they become
/// decimals only where a figure is computed (<see cref="Rules.Achievement"/>). This is the form a partial travels in
/// between processes or machines.
/// </remarks>
public readonly record struct RollUpCell(TargetId Target, OrgUnitCode OrgUnit, double Numerator, double Denominator, int Reports);

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// One report (进度报送) in the aggregation engine's index form: which target, which org unit, which day, what value.
/// </summary>
/// <remarks>
/// <para>The indices are positions in the store's plan and tree: <see cref="Target"/> in
/// <see cref="Plans.Plan.Targets"/>, <see cref="OrgUnit"/> in <see cref="OrgUnits.OrgUnitTree.Units"/>, and
/// <see cref="Day"/> counts days from the start of the range the store was opened for (0 is the first day).
/// <see cref="ReportStore"/> turns ids, codes and dates into these numbers.</para>
/// <para>The value is a <see cref="double"/>: the engine's hot path uses floating point for throughput, and
/// every conversion from the model's <see cref="decimal"/> amounts happens once, at the store's boundary. For a
/// share (a target aggregated as <see cref="Plans.OrgUnitAggregation.Ratio"/>) the value is the numerator and the
/// denominator travels beside it.</para>
/// </remarks>
/// <param name="Target">The target's index in the plan.</param>
/// <param name="OrgUnit">The org unit's index in the tree.</param>
/// <param name="Day">The day number, from 0 at the start of the store's range.</param>
/// <param name="Value">The value (the numerator of a share); finite and not negative.</param>
internal readonly record struct ReportRow(int Target, int OrgUnit, int Day, double Value);

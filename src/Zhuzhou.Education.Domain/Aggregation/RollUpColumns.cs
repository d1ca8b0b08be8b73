using System.Collections.Immutable;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// The compact form of a <see cref="RollUpPartial"/> (汇总的部分结果), for crossing a wire: the org unit codes once, in a
/// table, and the cells as columns of primitives — where a list of <see cref="RollUpCell"/>s repeats a unit's code and
/// a target's id in every cell. <see cref="RollUpPartial.ToColumns"/> gives it (without copying) and
/// <see cref="RollUpPartial.FromColumns"/> checks it and reads it back against the plan.
/// </summary>
/// <remarks>
/// <para>Cell <c>i</c> is of org unit <c>OrgUnits[Cells[i] / T]</c> and of the plan's target
/// <c>Targets[Cells[i] % T]</c> (T the plan's number of targets); its numbers are <c>Numerators[i]</c>,
/// <c>Denominators[i]</c> and <c>Reports[i]</c>, as in <see cref="RollUpCell"/>. Org units are in ordinal order of their
/// codes, cells in ascending order (by unit, then by target in plan order), so one partial has one form.</para>
/// <para>This type only carries the columns: whether they are a partial of a plan is checked by
/// <see cref="RollUpPartial.FromColumns"/>.</para>
/// </remarks>
public sealed class RollUpColumns
{
    /// <summary>Carries the columns of a partial.</summary>
    /// <param name="orgUnits">The org units (单位) with cells, in ordinal order of their codes.</param>
    /// <param name="cells">Each cell's org unit index × the plan's number of targets + its target's index, ascending.</param>
    /// <param name="numerators">Each cell's numerator (see <see cref="RollUpCell.Numerator"/>).</param>
    /// <param name="denominators">Each cell's denominator (see <see cref="RollUpCell.Denominator"/>).</param>
    /// <param name="reports">Each cell's number of reports (see <see cref="RollUpCell.Reports"/>).</param>
    /// <exception cref="ArgumentException">An array is default, or the cell columns differ in length.</exception>
    public RollUpColumns(ImmutableArray<OrgUnitCode> orgUnits, ImmutableArray<int> cells, ImmutableArray<double> numerators, ImmutableArray<double> denominators, ImmutableArray<int> reports)
        : this(orgUnits, cells, numerators, denominators, reports, [])
    {
    }

    /// <summary>Carries the columns of a partial some of whose org units' cells are totals of their subtrees (see <see cref="RollUpPartial.Totals"/>).</summary>
    /// <param name="orgUnits">The org units (单位) with cells, in ordinal order of their codes.</param>
    /// <param name="cells">Each cell's org unit index × the plan's number of targets + its target's index, ascending.</param>
    /// <param name="numerators">Each cell's numerator (see <see cref="RollUpCell.Numerator"/>).</param>
    /// <param name="denominators">Each cell's denominator (see <see cref="RollUpCell.Denominator"/>).</param>
    /// <param name="reports">Each cell's number of reports (see <see cref="RollUpCell.Reports"/>).</param>
    /// <param name="totals">The org units whose cells are totals of their subtrees, in ordinal order of their codes (empty for none).</param>
    /// <exception cref="ArgumentException">An array is default, or the cell columns differ in length.</exception>
    public RollUpColumns(ImmutableArray<OrgUnitCode> orgUnits, ImmutableArray<int> cells, ImmutableArray<double> numerators, ImmutableArray<double> denominators, ImmutableArray<int> reports, ImmutableArray<OrgUnitCode> totals)
    {
        if (totals.IsDefault)
        {
            throw new ArgumentException("The totals must be given (empty for none).", nameof(totals));
        }

        if (orgUnits.IsDefault || cells.IsDefault || numerators.IsDefault || denominators.IsDefault || reports.IsDefault)
        {
            throw new ArgumentException("Every column of a partial must be given (an empty partial has empty columns).", orgUnits.IsDefault ? nameof(orgUnits) : nameof(cells));
        }

        if (numerators.Length != cells.Length || denominators.Length != cells.Length || reports.Length != cells.Length)
        {
            throw new ArgumentException($"The cell columns must have one entry a cell: {cells.Length} cells, {numerators.Length} numerators, {denominators.Length} denominators, {reports.Length} report counts.", nameof(cells));
        }

        OrgUnits = orgUnits;
        Cells = cells;
        Numerators = numerators;
        Denominators = denominators;
        Reports = reports;
        Totals = totals;
    }

    /// <summary>The org units (单位) with cells, in ordinal order of their codes.</summary>
    public ImmutableArray<OrgUnitCode> OrgUnits { get; }

    /// <summary>Each cell's org unit index × the plan's number of targets + its target's index (指标), ascending.</summary>
    public ImmutableArray<int> Cells { get; }

    /// <summary>Each cell's numerator.</summary>
    public ImmutableArray<double> Numerators { get; }

    /// <summary>Each cell's denominator (0 but for shares).</summary>
    public ImmutableArray<double> Denominators { get; }

    /// <summary>Each cell's number of reports (at least 1).</summary>
    public ImmutableArray<int> Reports { get; }

    /// <summary>The org units whose cells are totals (合计) of their subtrees, in ordinal order of their codes (see <see cref="RollUpPartial.Totals"/>).</summary>
    public ImmutableArray<OrgUnitCode> Totals { get; }
}

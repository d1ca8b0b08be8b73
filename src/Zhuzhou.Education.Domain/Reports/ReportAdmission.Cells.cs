using System.Runtime.InteropServices;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// Numbers for the org units and the cells (target × org unit) the checks across reports meet, dense from 0 in the
/// order first met, and each cell's run in the batch being checked: what groups a batch's reports into runs without a
/// sort by text, and what the carry of a file's earlier batches (<see cref="ReportCarry"/>) is indexed by.
/// </summary>
/// <remarks>
/// <para>One per check, or one per file when its batches are carried, so a cell keeps its number from batch to batch;
/// a unit or a cell first met in a late batch takes the next number. An org unit's code is hashed once per run of
/// rows of the same unit (a reader gives every row of a unit the same text), a cell's two numbers once per row.</para>
/// <para>Not thread-safe: one check at a time.</para>
/// </remarks>
internal sealed class ReportCells
{
    private readonly Dictionary<OrgUnitCode, int> units = [];
    private readonly Dictionary<long, Cell> cells = [];
    private string? lastText;
    private int lastUnit;
    private int batches;

    /// <summary>The org units numbered.</summary>
    internal int Units => units.Count;

    /// <summary>The cells numbered.</summary>
    internal int Count => cells.Count;

    /// <summary>An org unit's number: the one it was given when first met, or the next.</summary>
    /// <param name="code">The org unit's code.</param>
    /// <returns>Its number, from 0.</returns>
    internal int UnitNumber(OrgUnitCode code)
    {
        var text = code.Value;
        if (ReferenceEquals(text, lastText))
        {
            return lastUnit;
        }

        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(units, code, out var known);
        number = known ? number : units.Count - 1;
        (lastText, lastUnit) = (text, number);
        return number;
    }

    /// <summary>Starts a batch: its runs are numbered from 0 again.</summary>
    /// <returns>The batch's stamp, for <see cref="CellOf"/>.</returns>
    internal int Begin() => ++batches;

    /// <summary>A cell's number, and its run in batch <paramref name="batch"/>: the one given to the batch's first row of the cell, or the next.</summary>
    /// <param name="target">The target's number (its position in the plan).</param>
    /// <param name="unit">The org unit's number (<see cref="UnitNumber"/>).</param>
    /// <param name="batch">The batch's stamp (<see cref="Begin"/>).</param>
    /// <param name="runs">The runs of the batch so far; one more when the cell is new to the batch.</param>
    /// <param name="run">The cell's run in the batch.</param>
    /// <returns>The cell's number, from 0.</returns>
    internal int CellOf(int target, int unit, int batch, ref int runs, out int run)
    {
        ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, ((long)unit << 32) | (uint)target, out var known);
        if (!known)
        {
            cell.Number = cells.Count - 1;
        }

        if (cell.Batch != batch)
        {
            cell.Batch = batch;
            cell.Run = runs++;
        }

        run = cell.Run;
        return cell.Number;
    }

    private struct Cell
    {
        public int Number;
        public int Batch;
        public int Run;
    }
}

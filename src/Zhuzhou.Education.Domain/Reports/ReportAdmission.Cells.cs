using System.Runtime.CompilerServices;
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
/// rows of the same unit (a reader gives every row of a unit the same text); a cell is found by its two numbers in
/// plain arrays, a short one for each unit (up to its highest target met), which a cold process runs optimised from
/// its first batch.</para>
/// <para>Not thread-safe: one check at a time.</para>
/// </remarks>
internal sealed class ReportCells
{
    private readonly Dictionary<OrgUnitCode, int> units = [];
    private string? lastText;

    // By unit number, each target's cell number + 1 (0: none yet), as long as the unit's highest target met; by cell
    // number, the batch the cell was last met in and its run there. A file's rows of a unit come together, so a
    // batch's cells are looked up in a few short arrays.
    private int[][] byUnit = new int[64][];
    private int[] batchOf = new int[128];
    private int[] runOf = new int[128];
    private int count;

    // A batch's keys and the same put in runs: kept for the file's next batch.
    private Array? keysKept;
    private Array? runsKept;
    private int lastUnit;
    private int batches;

    /// <summary>The org units numbered.</summary>
    internal int Units => units.Count;

    /// <summary>The cells numbered.</summary>
    internal int Count => count;

    /// <summary>An org unit's number: the one it was given when first met, or the next.</summary>
    /// <param name="code">The org unit's code.</param>
    /// <returns>Its number, from 0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>The working arrays of a batch's keys (as read, and put in runs), of at least <paramref name="length"/>
    /// elements: kept from batch to batch of a file, so none is asked of a pool or the collector per batch.</summary>
    /// <typeparam name="T">The key.</typeparam>
    /// <param name="length">The keys of the batch.</param>
    /// <returns>The two arrays.</returns>
    internal (T[] Keys, T[] Runs) KeyArrays<T>(int length)
    {
        if (keysKept is not T[] keys || keys.Length < length || runsKept is not T[] runs)
        {
            (keysKept, runsKept) = (keys, runs) = (new T[length], new T[length]);
        }

        return (keys, runs);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int CellOf(int target, int unit, int batch, ref int runs, out int run)
    {
        var targets = unit < byUnit.Length ? byUnit[unit] : null;
        var cell = targets is not null && target < targets.Length ? targets[target] - 1 : -1;
        if (cell < 0)
        {
            cell = Add(target, unit);
        }

        if (batchOf[cell] != batch)
        {
            batchOf[cell] = batch;
            runOf[cell] = runs++;
        }

        run = runOf[cell];
        return cell;
    }

    /// <summary>A cell met for the first time: the next number.</summary>
    /// <remarks>Internal, as <see cref="ReportAdmission.CheckAmounts"/> is, for ReadyToRun (called from
    /// <see cref="CellOf"/>).</remarks>
    internal int Add(int target, int unit)
    {
        if (unit >= byUnit.Length)
        {
            Array.Resize(ref byUnit, Math.Max(byUnit.Length * 2, unit + 1));
        }

        ref var targets = ref byUnit[unit];
        if (targets is null || target >= targets.Length)
        {
            Array.Resize(ref targets, Math.Max(Math.Max(4, (targets?.Length ?? 0) * 2), target + 1));
        }

        var cell = count++;
        targets[target] = cell + 1;
        if (count > batchOf.Length)
        {
            Array.Resize(ref batchOf, batchOf.Length * 2);
            Array.Resize(ref runOf, runOf.Length * 2);
        }

        return cell;
    }
}

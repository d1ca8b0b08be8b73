using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Orleans;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Orleans.Serialization;

/// <summary>
/// The wire form of a partial's columns (<see cref="RollUpColumns"/>): the org unit codes once, and each cell column
/// as the bytes of its array (little-endian, as .NET lays them out), which Orleans copies whole rather than writing
/// element by element. The denominators travel only when a cell has one (a share).
/// </summary>
[GenerateSerializer]
[Immutable]
internal struct RollUpColumnsSurrogate
{
    [Id(0)] public string[] OrgUnits;

    [Id(1)] public byte[] Cells;

    [Id(2)] public byte[] Numerators;

    // Empty when every denominator is 0.
    [Id(3)] public byte[] Denominators;

    [Id(4)] public byte[] Reports;

    // The org units whose cells are totals of their subtrees (RollUpColumns.Totals); null or empty for none.
    [Id(5)] public string[]? Totals;
}

/// <summary>Columns to bytes and back; whether they are a partial of a plan is checked where they are read (<see cref="RollUpPartial.FromColumns"/>).</summary>
[RegisterConverter]
internal sealed class RollUpColumnsConverter : IConverter<RollUpColumns, RollUpColumnsSurrogate>
{
    public RollUpColumns ConvertFromSurrogate(in RollUpColumnsSurrogate surrogate)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("A partial's columns are read on little-endian machines only.");
        }

        var cells = Column<int>(surrogate.Cells, nameof(surrogate.Cells));
        var denominators = surrogate.Denominators.Length == 0 ? new double[cells.Length] : Column<double>(surrogate.Denominators, nameof(surrogate.Denominators));
        return new RollUpColumns(
            [.. surrogate.OrgUnits.Select(OrgUnitCode.Parse)],
            ImmutableCollectionsMarshal.AsImmutableArray(cells),
            ImmutableCollectionsMarshal.AsImmutableArray(Column<double>(surrogate.Numerators, nameof(surrogate.Numerators))),
            ImmutableCollectionsMarshal.AsImmutableArray(denominators),
            ImmutableCollectionsMarshal.AsImmutableArray(Column<int>(surrogate.Reports, nameof(surrogate.Reports))),
            [.. (surrogate.Totals ?? []).Select(OrgUnitCode.Parse)]);
    }

    public RollUpColumnsSurrogate ConvertToSurrogate(in RollUpColumns value)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("A partial's columns are written on little-endian machines only.");
        }

        var denominators = value.Denominators.AsSpan();
        return new RollUpColumnsSurrogate
        {
            OrgUnits = [.. value.OrgUnits.Select(u => u.Value)],
            Cells = Bytes(value.Cells.AsSpan()),
            Numerators = Bytes(value.Numerators.AsSpan()),
            Denominators = denominators.ContainsAnyExcept(0d) ? Bytes(denominators) : [],
            Reports = Bytes(value.Reports.AsSpan()),
            Totals = value.Totals.IsEmpty ? null : [.. value.Totals.Select(u => u.Value)],
        };
    }

    private static byte[] Bytes<T>(ReadOnlySpan<T> column)
        where T : struct
        => MemoryMarshal.AsBytes(column).ToArray();

    private static T[] Column<T>(byte[] bytes, string name)
        where T : struct
    {
        if (bytes.Length % Marshal.SizeOf<T>() != 0)
        {
            throw new ArgumentException($"The partial's column {name} has {bytes.Length} bytes, not a whole number of {typeof(T).Name}s.", nameof(bytes));
        }

        return MemoryMarshal.Cast<byte, T>(bytes).ToArray();
    }
}

using CsCheck;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public class StagedRowsTests
{
    // Amounts of every kind: counts, figures with a few decimals as a report's decimal gives them, and any double at all
    // (negative, zero of either sign, infinite, not a number, subnormal, huge).
    private static readonly Gen<double> GenAmount = Gen.OneOf(
        Gen.Int[0, 100_000].Select(i => (double)i),
        Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Byte[0, 8]).Select((n, scale) => (double)new decimal(n) / (double)Math.Pow(10, scale)),
        Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Byte[0, 8]).Select((n, scale) => (double)(new decimal(n) / (decimal)Math.Pow(10, scale))),
        Gen.Double,
        Gen.Const(-0d), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.Epsilon), Gen.Const((double)((1L << 50) - 1)), Gen.Const((double)(1L << 50)), Gen.Const(double.MaxValue));

    private static readonly Gen<(ReportRow Row, double Denominator)> GenRow =
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 100_000], Gen.Int[-800, 70_000], GenAmount, GenAmount)
            .Select((target, unit, day, value, denominator) => (new ReportRow(target, unit, day, value), denominator));

    [Fact]
    public void Add_AnyRows_EachReadBackBitForBit()
    {
        Gen.Select(GenRow.Array[0, 700], Gen.Bool).Sample((rows, withDenominators) =>
        {
            var staged = Stage(rows, withDenominators);

            staged.Count.Should().Be(rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                Same(staged[i], rows[i].Row).Should().BeTrue();
                Bits(staged.Denominator(i)).Should().Be(Bits(withDenominators ? rows[i].Denominator : 1d));
            }
        }, iter: 200);
    }

    [Fact]
    public void At_AnyRowsFromAnyRow_TheRowsInOrder()
    {
        Gen.Select(GenRow.Array[1, 700], Gen.Bool, Gen.Int[0, 699]).Sample((rows, withDenominators, from) =>
        {
            from = Math.Min(from, rows.Length - 1);
            var staged = Stage(rows, withDenominators);

            var cursor = staged.At(from);
            for (var i = from; i < rows.Length; i++)
            {
                cursor.Next(out var row, out var denominator);
                Same(row, rows[i].Row).Should().BeTrue();
                Bits(denominator).Should().Be(Bits(withDenominators ? rows[i].Denominator : 1d));
            }
        }, iter: 200);
    }

    [Fact]
    public void Truncate_AnyCount_AsIfOnlyThoseRowsWereStaged()
    {
        Gen.Select(GenRow.Array[0, 400], GenRow.Array[0, 200], Gen.Int[0, 400]).Sample((rows, more, keep) =>
        {
            keep = Math.Min(keep, rows.Length);
            var staged = Stage(rows, withDenominators: true);

            staged.Truncate(keep);
            foreach (var (row, denominator) in more)
            {
                staged.Add(row, denominator);
            }

            var expected = rows.Take(keep).Concat(more).ToArray();
            staged.Count.Should().Be(expected.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Same(staged[i], expected[i].Row).Should().BeTrue();
                Bits(staged.Denominator(i)).Should().Be(Bits(expected[i].Denominator));
            }
        }, iter: 200);
    }

    [Fact]
    public void At_ChunksAfterTheEarlierReleased_EachChunkWhole()
    {
        // Two full chunks and part of a third, the first two released as a commit does once the store has them.
        var count = (2 * StagedRows.ChunkRows) + 1000;
        var staged = new StagedRows(withDenominators: true);
        for (var i = 0; i < count; i++)
        {
            staged.Add(new ReportRow(i % 20, i % 1800, i % 365, i % 7 == 0 ? i / 3.0 : i % 50), i % 10 == 0 ? 800 + (i % 100) : 1d);
        }

        var cursor = staged.At(0);
        for (var c = 0; c < staged.Chunks; c++)
        {
            if (c > 0)
            {
                staged.Release(c - 1);
                cursor = staged.At((long)c * StagedRows.ChunkRows);
            }

            var length = (int)Math.Min(StagedRows.ChunkRows, count - ((long)c * StagedRows.ChunkRows));
            for (var j = 0; j < length; j++)
            {
                var i = (c * StagedRows.ChunkRows) + j;
                cursor.Next(out var row, out var denominator);
                row.Should().Be(new ReportRow(i % 20, i % 1800, i % 365, i % 7 == 0 ? i / 3.0 : i % 50));
                denominator.Should().Be(i % 10 == 0 ? 800 + (i % 100) : 1d);
            }
        }
    }

    [Fact]
    public void Bytes_CountsOfAUsualFile_AboutSevenBytesARow()
    {
        // A usual file's rows: a target of a few dozen, a unit of a few thousand, a day of the year, a count; a share's
        // numerator and denominator for one row in ten. Unpacked, a row is 24 bytes and a denominator 8.
        const int Count = 100_000;
        var staged = new StagedRows(withDenominators: true);
        for (var i = 0; i < Count; i++)
        {
            staged.Add(new ReportRow(i % 20, i % 1800, i % 365, i % 10 == 0 ? 600 + (i % 300) : i % 5), i % 10 == 0 ? 800 + (i % 100) : 1d);
        }

        staged.Bytes.Should().BeLessThan(8L * Count);
    }

    private static StagedRows Stage((ReportRow Row, double Denominator)[] rows, bool withDenominators)
    {
        var staged = new StagedRows(withDenominators);
        foreach (var (row, denominator) in rows)
        {
            staged.Add(row, denominator);
        }

        return staged;
    }

    // Bit for bit: NaN equals itself and −0 differs from 0, which record equality would not say.
    private static bool Same(ReportRow a, ReportRow b)
        => a.Target == b.Target && a.OrgUnit == b.OrgUnit && a.Day == b.Day && Bits(a.Value) == Bits(b.Value);

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}

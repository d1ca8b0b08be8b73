using System.Buffers.Binary;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// How a row is packed: numbers as variable-length integers (7 bits a byte, low bits first); an amount as the
/// integer <c>n</c> and the power of ten <c>k</c> (0–4) for which <c>n / 10^k</c> gives the amount back bit for bit
/// — a count, or a figure written with a few decimals — in one number <c>n × 8 + k</c>, or else the tag 7 and the
/// double's eight bytes. Nothing is rounded: an amount is packed as a scaled integer only when unpacking it gives the
/// same double.
/// </content>
internal sealed partial class StagedRows
{
    private const int RawAmount = 7;
    private const int MaxScale = 4;

    // Below 2^50, n × 8 + k fits 53 bits and n is exact in a double.
    private const double MaxScaled = 1L << 50;

    private static readonly double[] Scales = [1d, 10d, 100d, 1000d, 10000d];

    private static int WriteNumber(Span<byte> to, ulong value)
    {
        var length = 0;
        while (value >= 0x80)
        {
            to[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        to[length++] = (byte)value;
        return length;
    }

    private static ulong ReadNumber(ReadOnlySpan<byte> from, ref int at)
    {
        ulong value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = from[at++];
            value |= (ulong)(next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        return value;
    }

    private static int WriteAmount(Span<byte> to, double amount)
    {
        // A count (the usual amount): a whole number, not −0.
        if (amount > 0 && amount < MaxScaled && amount == Math.Floor(amount))
        {
            return WriteNumber(to, (ulong)amount << 3);
        }

        if (amount >= 0 && amount < MaxScaled)
        {
            var bits = BitConverter.DoubleToInt64Bits(amount);
            for (var k = 0; k <= MaxScale; k++)
            {
                var scaled = Math.Round(amount * Scales[k]);
                if (scaled >= MaxScaled)
                {
                    break;
                }

                var n = (long)scaled;
                if (BitConverter.DoubleToInt64Bits(Unscale(n, k)) == bits)
                {
                    return WriteNumber(to, ((ulong)n << 3) | (uint)k);
                }
            }
        }

        to[0] = RawAmount;
        BinaryPrimitives.WriteDoubleLittleEndian(to[1..], amount);
        return 9;
    }

    private static double ReadAmount(ReadOnlySpan<byte> from, ref int at)
    {
        var packed = ReadNumber(from, ref at);
        var k = (int)(packed & 7);
        if (k == RawAmount)
        {
            var raw = BinaryPrimitives.ReadDoubleLittleEndian(from[at..]);
            at += 8;
            return raw;
        }

        return Unscale((long)(packed >> 3), k);
    }

    private static double Unscale(long n, int k) => k == 0 ? n : n / Scales[k];
}

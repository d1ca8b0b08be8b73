using BenchmarkDotNet.Attributes;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// Formatting and parsing Chinese numerals, against formatting Arabic numerals as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ChineseNumeralsBenchmarks
{
    private string[] numerals = [];

    /// <summary>Builds the inputs once.</summary>
    [GlobalSetup]
    public void Setup() => numerals = [.. Enumerable.Range(0, 100).Select(ChineseNumerals.Format)];

    /// <summary>Formats 0..99 in Arabic numerals.</summary>
    /// <returns>Total length, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int FormatArabic()
    {
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        }

        return total;
    }

    /// <summary>Formats 0..99 in Chinese numerals.</summary>
    /// <returns>Total length.</returns>
    [Benchmark]
    public int FormatChinese()
    {
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += ChineseNumerals.Format(i).Length;
        }

        return total;
    }

    /// <summary>Parses 〇..九十九.</summary>
    /// <returns>Sum of the values.</returns>
    [Benchmark]
    public int ParseChinese()
    {
        var total = 0;
        foreach (var numeral in numerals)
        {
            if (ChineseNumerals.TryParse(numeral, out var value))
            {
                total += value;
            }
        }

        return total;
    }
}

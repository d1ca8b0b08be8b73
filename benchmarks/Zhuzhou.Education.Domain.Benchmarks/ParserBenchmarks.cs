using System.Text;
using BenchmarkDotNet.Attributes;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// Parsing plan text: the 2017 seed (8,929 bytes of UTF-8) and a document of 100 seeds concatenated, against
/// splitting the seed into lines as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[] seedBytes = [];
    private string seed = string.Empty;
    private string hundred = string.Empty;

    /// <summary>Reads the seed, embedded in this assembly, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(ParserBenchmarks).Assembly.GetManifestResourceStream("Seeds.zhuzhou-2017-work-plan.txt")
            ?? throw new InvalidOperationException("The seed text is not embedded in the benchmark assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        seedBytes = buffer.ToArray();
        seed = Encoding.UTF8.GetString(seedBytes);
        hundred = string.Join('\n', Enumerable.Repeat(seed, 100));
    }

    /// <summary>Decodes the seed's bytes and splits the text into lines: the least any parser does.</summary>
    /// <returns>The number of lines.</returns>
    [Benchmark(Baseline = true)]
    public int DecodeAndSplitSeed()
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(seedBytes));
        var lines = 0;
        while (reader.ReadLine() is not null)
        {
            lines++;
        }

        return lines;
    }

    /// <summary>Parses the seed's bytes (detecting UTF-8) into a plan.</summary>
    /// <returns>The plan.</returns>
    [Benchmark]
    public Plan ParseSeedBytes() => PlanTextParser.Parse(new MemoryStream(seedBytes, writable: false)).Value;

    /// <summary>Parses the seed's text into a plan.</summary>
    /// <returns>The plan.</returns>
    [Benchmark]
    public Plan ParseSeedText() => PlanTextParser.Parse(seed).Value;

    /// <summary>Parses 100 seeds concatenated (2,500 items, renumbered) into one plan.</summary>
    /// <returns>The plan.</returns>
    [Benchmark]
    public Plan ParseHundredPlans() => PlanTextParser.Parse(hundred).Value;
}

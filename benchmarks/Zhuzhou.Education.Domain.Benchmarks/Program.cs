using BenchmarkDotNet.Running;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Numerals*'</c>, a W1 measurement (<c>w1-cold 1000</c>, <c>w1-memory 1000</c>) or the peak memory of a parse (<c>parse-peak FILE</c>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments.</param>
    public static void Main(string[] args)
    {
        if (!W1.W1Measurements.TryRun(args) && !W3.W3Probe.TryRun(args) && !Text.ParsePeak.TryRun(args) && !ColdParseLoop.TryRun(args))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}

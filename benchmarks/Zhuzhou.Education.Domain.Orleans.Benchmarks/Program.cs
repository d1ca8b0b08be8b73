using BenchmarkDotNet.Running;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*W2Benchmarks*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments.</param>
    public static void Main(string[] args)
    {
        if (!W2Phases.TryRun(args))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}

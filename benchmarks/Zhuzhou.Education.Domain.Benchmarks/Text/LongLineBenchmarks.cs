using System.Text;
using BenchmarkDotNet.Attributes;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Benchmarks.Text;

/// <summary>
/// Diagnostics on long input cost linear time: plan text whose item is one line of 1 MB and of 8 MB (UTF-8), with a
/// located warning every few characters (a year range without separator, a backward range). 8 MB against 1 MB, the
/// baseline, should take about 8 times as long — 64 times would mean each column counted again from the line's start.
/// </summary>
[MemoryDiagnoser]
public class LongLineBenchmarks
{
    private const string Head = "株洲市教育局2017年工作要点\n一、总则\n1. 强化学习。";
    private const string Unit = "落实（20162020）规划，培训5-3名教师；";
    private string one = string.Empty;
    private string eight = string.Empty;

    /// <summary>Builds the two texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        one = Text(1);
        eight = Text(8);
    }

    /// <summary>One line of 1 MB.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark(Baseline = true)]
    public int OneMegabyteLine() => PlanTextParser.Parse(one).Diagnostics.Length;

    /// <summary>One line of 8 MB.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int EightMegabyteLine() => PlanTextParser.Parse(eight).Diagnostics.Length;

    private static string Text(int megabytes)
    {
        var text = new StringBuilder(Head);
        while (Encoding.UTF8.GetByteCount(Unit) * (long)(text.Length / Unit.Length) < megabytes * 1_000_000L)
        {
            text.Append(Unit);
        }

        return text.Append('\n').ToString();
    }
}

/// <summary>
/// The CSV readers' diagnostics cost linear time: 1 MB and 8 MB of org units each with two located faults (a parent
/// not in the list, a kind that is none), the name holding a quoted line break so every record's line is counted on;
/// and 1 MB and 8 MB of progress reports each with a bad date, after a note with a quoted line break. The baseline is
/// the 1 MB org unit list; 8 MB should take about 8 times its 1 MB.
/// </summary>
[MemoryDiagnoser]
public class CsvDiagnosticsBenchmarks
{
    private static readonly Plan Plan = ZhuzhouPlans.Education2017;
    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;
    private string unitsOne = string.Empty;
    private string unitsEight = string.Empty;
    private string progressOne = string.Empty;
    private string progressEight = string.Empty;

    /// <summary>Builds the four texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        unitsOne = Units(1);
        unitsEight = Units(8);
        progressOne = Progress(1);
        progressEight = Progress(8);
    }

    /// <summary>1 MB of org units with faults.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark(Baseline = true)]
    public int OrgUnitsOneMegabyte() => OrgUnitCsv.Read(new StringReader(unitsOne)).Diagnostics.Length;

    /// <summary>8 MB of org units with faults.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int OrgUnitsEightMegabytes() => OrgUnitCsv.Read(new StringReader(unitsEight)).Diagnostics.Length;

    /// <summary>1 MB of progress reports with bad dates.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int ProgressOneMegabyte() => ProgressCsv.Read(new StringReader(progressOne), Plan, Tree, new ProgressCsvOptions { MaxErrors = int.MaxValue }).Diagnostics.Length;

    /// <summary>8 MB of progress reports with bad dates.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int ProgressEightMegabytes() => ProgressCsv.Read(new StringReader(progressEight), Plan, Tree, new ProgressCsvOptions { MaxErrors = int.MaxValue }).Diagnostics.Length;

    private static string Units(int megabytes)
    {
        var text = new StringBuilder("code,name,parent,kind\n430200,株洲市,,city\n");
        for (var i = 0; text.Length * 3L < megabytes * 1_000_000L; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"4302{i % 100:D2}-{i:D6},\"第{i}学校\n（分校）\",439999,district\n");
        }

        return text.ToString();
    }

    private static string Progress(int megabytes)
    {
        var text = new StringBuilder("target,orgUnit,note,date,value\n");
        while (text.Length * 2L < megabytes * 1_000_000L)
        {
            text.Append("8.1,430281,\"第一行\n第二行\",2017-02-30,1\n");
        }

        return text.ToString();
    }
}

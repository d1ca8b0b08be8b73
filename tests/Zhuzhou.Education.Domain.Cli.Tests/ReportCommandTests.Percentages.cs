using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <content>A percentage target (written 97.05 for 97.05%): one figure in every format and in explain.</content>
public partial class ReportCommandTests
{
    [Fact]
    public void ReportAndExplain_PercentageTarget_WriteOneFigureWithItsSign()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt");
        File.WriteAllText(plan, "某局2017年工作要点\n一、服务\n1.优化窗口。综合一窗率达到90%以上。\n");
        var progress = folder.File("progress.csv");
        File.WriteAllText(progress, "target,orgUnit,date,value,numerator,denominator\n1.1,430202,2017-03-01,97.05,9705,10000\n1.1,430203,2017-03-01,97.13,9713,10000\n");

        var csv = ZeduRunner.Run("report", "--plan", plan, "--progress", progress, "--format", "csv", "--no-bom");
        var table = ZeduRunner.Run("report", "--plan", plan, "--progress", progress);
        var explain = ZeduRunner.Run("explain", "1.1", "--plan", plan, "--progress", progress);

        csv.ExitCode.Should().Be(0, csv.Error);
        csv.Out.Split('\n').Single(r => r.StartsWith("指标,1.1,", StringComparison.Ordinal)).Should().Contain(",97.09%,90%,");
        csv.Out.Split('\n').Single(r => r.StartsWith("单位,1.1,", StringComparison.Ordinal) && r.Contains(",430202,", StringComparison.Ordinal)).Should().Contain(",97.05%,90%,");
        table.Out.Should().Contain("97.09% / 90%");
        // Each report as the report writes its figure: the percentage of its numerator and denominator, not their ratio.
        explain.Out.Should().Contain("  430202 荷塘区 2017-03-01 97.05%（9705／10000）\n").And.Contain("合计19418／20000，比例为97.09%");
    }
}

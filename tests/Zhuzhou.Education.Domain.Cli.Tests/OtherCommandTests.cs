using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public void Show_BuiltInPlan_PrintsSectionsItemsAndTargets()
    {
        var run = ZeduRunner.Run("show");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("株洲市教育局2017年工作要点").And.Contain("8. 提高学生心理素质").And.Contain("8.1 培训100名心理咨询师");
    }

    [Fact]
    public void Explain_TargetForCounty_ShowsReportsRuleAndArithmetic()
    {
        var run = ZeduRunner.English("explain", "8.1", "--org", "醴陵市");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("Target 8.1: ").And.Contain("As of 30 June 2017").And.Contain("Reports: 6 reports from 1 org unit").And.Contain("Reports that count (6):").And.Contain("  430281 醴陵市 2017-04-30 1 person\n")
            .And.Contain("Arithmetic: ").And.Contain("Status: ");
        run.Out.Should().NotContain("430202", "only 醴陵市's reports count");
    }

    [Fact]
    public void Explain_LevelTarget_ListsOnlyTheReportsThatCount()
    {
        var run = ZeduRunner.Run("explain", "15.1");

        // 15.1 is a level: the latest report of each of the nine counties counts, and they add up to the value.
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("所计报送（9条）：").And.Contain("报送：9个单位的9条报送，各单位取截至该日的最新一次，合计1所。");
        run.Out.Split('\n').Count(l => l.StartsWith("  4302", StringComparison.Ordinal)).Should().Be(9);
    }

    [Fact]
    public void Explain_ReportsThatCount_AreWrittenAsPeopleWriteThem()
    {
        var counsellors = ZeduRunner.Run("explain", "8.1", "--org", "醴陵市");
        var coverage = ZeduRunner.Run("explain", "6.1");
        var coverageEn = ZeduRunner.English("explain", "6.1");
        var milestone = ZeduRunner.Run("explain", "13.1");

        counsellors.Out.Should().Contain("  430281 醴陵市 2017-02-28 2名\n");
        coverage.Out.Should().Contain("  430202 荷塘区 2017-05-31 40.6%（17052／42000）\n").And.NotContain("0.406");
        coverageEn.Out.Should().Contain("  430202 荷塘区 2017-05-31 40.6% (17,052/42,000)\n");
        // 13.1 is owed by every county (its scope in the sample 任务分解): six of the nine are done, not "the furthest one".
        milestone.ExitCode.Should().Be(0, milestone.Error);
        milestone.Out.Should().Contain("  430202 荷塘区 2017-03-31 100.0%\n").And.Contain("报送：9个单位的9条报送；范围内9个单位须各自完成，已完成6个，完成程度66.7%。")
            .And.NotContain("取最高完成程度");
        ZeduRunner.English("explain", "13.1").Out.Should().Contain("Reports: 9 reports from 9 org units; each of the 9 units in scope owes it, 6 done: 66.7%.");
    }

    [Fact]
    public void Explain_RevisedShareWithARoundedValue_ShowsTheFigureTheReportShows()
    {
        // 荷塘区 revises its 6.1 coverage to 9705 of 10000, writing the value rounded (0.970): the report counts 97.05%,
        // written 97.1%, and so does explain, in its summary, its marks and its list of reports.
        using var folder = new TempFolder();
        var file = folder.File("progress.csv");
        File.WriteAllText(file, "target,orgUnit,date,value,numerator,denominator,revision,submitted\n"
            + "6.1,430202,2017-03-01,0.5,5000,10000,0,\n6.1,430202,2017-03-01,0.970,9705,10000,1,2017-03-05T09:00\n");

        var report = ZeduRunner.Run("report", "--progress", file, "--format", "csv", "--no-bom");
        var explain = ZeduRunner.Run("explain", "6.1", "--org", "荷塘区", "--progress", file);

        report.ExitCode.Should().Be(0, report.Error);
        explain.ExitCode.Should().Be(0, explain.Error);
        report.Out.Split('\n').Single(r => r.StartsWith("单位,6.1,", StringComparison.Ordinal) && r.Contains(",430202,", StringComparison.Ordinal))
            .Should().Contain(",97.1%,100.0%,97.1%,");
        explain.Out.Should().Contain("覆盖率97.1%").And.Contain("  430202 荷塘区 2017-03-01 97.1%（9705／10000）（修订1）\n").And.NotContain("97.0%");
    }

    [Fact]
    public void Show_PlanWithoutIssuer_SaysSoInWordsAndCountsInTheRightNumber()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt");
        File.WriteAllText(file, "某某工作要点\n一、甲\n1.乙。培训100名教师。\n");

        var zh = ZeduRunner.Run("show", "--plan", file);
        var en = ZeduRunner.English("show", "--plan", file);

        zh.ExitCode.Should().Be(0, zh.Error);
        zh.Out.Should().Contain("某某工作要点（发文单位未注明，无周期；1个部分，1个要点，1个指标）").And.NotContain("（（");
        en.Out.Should().Contain("某某工作要点 (issuer not stated, no period; 1 section, 1 item, 1 target)");
        // The parser's warnings name their specifics in Chinese too, not only what their code means.
        zh.Error.Should().Contain("警告 ZP0103: 无法从标题或落款中读出发文单位。").And.Contain("警告 ZP0003: 未找到计划周期的年份（标题、带年份的段落、日期行和文号中均没有）");
    }

    [Fact]
    public void Explain_ByDefault_IsInChinese()
    {
        var run = ZeduRunner.Run("explain", "14.2");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("指标 14.2：新增学位2万个\n截至2017年6月30日，完成1.085万个，要求不少于2万个；完成率54.3%，序时进度49.6%，状态为正常推进。\n")
            .And.Contain("其中修订与冲减：430281 醴陵市 2017年5月31日 92个（修订1，2017年7月5日报送）。")
            .And.Contain("所计报送（50条）：");
        run.Out.Should().Be(ZeduRunner.Run("explain", "14.2", "--lang", "zh").Out);
    }

    [Fact]
    public void Explain_Exceeded_SaysByHowMuch()
    {
        ZeduRunner.Run("explain", "9.1").Out.Should().Contain("判定：实际3所，超过上限2所，超额完成。\n");
        ZeduRunner.English("explain", "9.1").Out.Should().Contain("Status: exceeded — 3 institutions, above the upper bound of 2 institutions.\n");
    }

    [Fact]
    public void Parse_SeedText_WritesPlanJsonThatShowAndReportRead()
    {
        using var folder = new TempFolder();
        var json = folder.File("plan.json");

        var parse = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), "--out", json);
        var show = ZeduRunner.Run("show", "--plan", json);
        var report = ZeduRunner.Run(
            "report", "--plan", json, "--progress", RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json"),
            "--allocations", RepositoryPaths.Combine("seeds", "zhuzhou-2017-allocations-sample.csv"));

        parse.ExitCode.Should().Be(0, parse.Error);
        File.ReadAllText(json).Should().Contain("\"schema\": \"zedu.plan/3\"");
        show.ExitCode.Should().Be(0, show.Error);
        show.Out.Should().Be(ZeduRunner.Run("show").Out);
        report.ExitCode.Should().Be(0, report.Error);
        report.Out.Should().Be(ZeduRunner.Run("report").Out);
    }

    [Fact]
    public void Parse_ToStandardOutput_WritesJsonOnly()
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("{");
        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("schema").GetString().Should().Be("zedu.plan/3");
    }

    [Fact]
    public void Sample_Command_ReproducesTheCheckedInSampleReports()
    {
        var run = ZeduRunner.Run("sample");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json")).ReplaceLineEndings("\n"));
        run.Out.Should().Contain("invented sample data");
    }

    [Fact]
    public void Validate_JsonWithProblems_NamesTheJsonPaths()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.json", """
            { "schema": "zedu.progress/1", "reports": [
              { "target": "8.1", "orgUnit": "430281", "date": "2017-03-31", "value": 5 },
              { "target": "99.1", "orgUnit": "430281", "date": "2017-03-31", "value": 5 },
              { "target": "8.1", "orgUnit": "999999", "date": "2017-13-31", "value": 5 } ] }
            """);

        var run = ZeduRunner.Run("validate", "--progress", bad);

        run.ExitCode.Should().Be(2);
        run.Out.Should().Contain($"{bad}(").And.Contain("$.reports[1].target").And.Contain("$.reports[2]");
    }

    [Fact]
    public void Validate_FileWithProblems_ListsEveryProblemAndFails()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");
        var bad = folder.File("bad.csv", "target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n8.1,长沙县,2017-03-31,5\n8.1,430281,yesterday,5\n8.1,430281,2017-03-31,-1\n");

        var run = ZeduRunner.Run("validate", "--progress", good, bad);

        run.ExitCode.Should().Be(2);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{bad}(2): 错误 ZR0001: 指标99.1不在计划《株洲市教育局2017年工作要点》中。",
            $"{bad}(3): 错误 ZR0002: 单位“长沙县”不在株洲市的单位名录中。",
            $"{bad}(4): 错误 ZC0010: 日期“yesterday”格式有误，应为YYYY-MM-DD，如2017-06-30。",
            $"{bad}(5): 错误 ZR0011: 数值不能为负数，实际为-1。增量的冲减须写明原因。",
            "2个文件，1条有效报送，4个问题");
        ZeduRunner.English("validate", "--progress", good, bad).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{bad}(2): error ZR0001: Target 99.1 is not in the plan \"株洲市教育局2017年工作要点\".",
            $"{bad}(3): error ZR0002: Org unit \"长沙县\" is not in the org unit tree of 株洲市.",
            $"{bad}(4): error ZC0010: The date 'yesterday' is not of the form YYYY-MM-DD, such as 2017-06-30.",
            $"{bad}(5): error ZR0011: \"value\" must not be negative; found -1. A correction (冲减) of increments gives its reason.",
            "2 files, 1 valid report, 4 problems");
    }

    [Fact]
    public void Validate_SameReportInTwoFiles_IsRefusedAsInOneFile()
    {
        using var folder = new TempFolder();
        var csv = folder.File("a.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");
        var json = folder.File("b.json", """{"schema": "zedu.progress/1", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-03-31", "value": 6}]}""");

        var run = ZeduRunner.English("validate", "--progress", csv, json);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{json}: error ZR0010: This report repeats another with the same target 8.1, org unit 430281, date 2017-03-31 and revision 0: an unmarked duplicate is refused; a revision gives a higher revision number and when it was submitted. (at $.reports[0])\n");
    }

    [Fact]
    public void Validate_GoodFile_Succeeds()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.csv", "target,orgUnit,date,value,numerator,denominator\n8.1,醴陵市,2017-03-31,5,,\n\"8.1\",430281-001,2017-04-30,\"6\",,\n");

        var run = ZeduRunner.Run("validate", "--progress", good);

        run.ExitCode.Should().Be(0, run.Out);
        run.Out.Should().Be("1个文件，2条有效报送，0个问题\n");
        ZeduRunner.English("validate", "--progress", good).Out.Should().Be("1 file, 2 valid reports, 0 problems\n");
    }

    [Fact]
    public void Report_LargeCsv_ReportsThroughputOnStandardError()
    {
        using var folder = new TempFolder();
        var file = folder.File("large.csv");
        ZeduRunner.Run("sample", "--rows", "20000", "--out", file).ExitCode.Should().Be(0);

        var run = ZeduRunner.English("report", "--progress", file, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().MatchRegex($@"^zedu: read 20,000 reports from {System.Text.RegularExpressions.Regex.Escape(file)} in \d+\.\d\d s \([\d,]+ reports/s\)\n$");
        run.Out.Should().StartWith("\uFEFFLevel,Id,Title,Org unit code,");
    }

    [Fact]
    public void Sample_LargeCsv_IsValidWithoutWarnings()
    {
        // A load-test file stands for real reporting: levels (the latest report counts) never fall from one round to
        // the next, so checking it raises no ZR1001 (a level falls), and nothing else either. 60,000 rows reach a
        // second round of every cell.
        using var folder = new TempFolder();
        var file = folder.File("large.csv");
        ZeduRunner.Run("sample", "--rows", "60000", "--out", file).ExitCode.Should().Be(0);

        var run = ZeduRunner.English("validate", "--progress", file);

        run.ExitCode.Should().Be(0, run.Out + run.Error);
        run.Out.Should().NotContain("ZR1001");
        run.Out.Should().EndWith("1 file, 60,000 valid reports, 0 problems\n");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65634301")]
    public void Sample_RowsOutOfRange_IsRefusedWithTheBound(string rows)
    {
        var run = ZeduRunner.English("sample", "--rows", rows);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"zedu: --rows {rows}: give 1 to 65,634,300 reports (at most one a day for each target, county and school).\n");
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = ZeduRunner.Run("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("report").And.Contain("show").And.Contain("parse").And.Contain("validate").And.Contain("explain");
    }
}

using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>Who owes what and reports over time on the command line: --allocations and --known-on.</summary>
public partial class ReportCommandTests
{
    [Fact]
    public void Report_Default_ShowsTheRevisedFigureAndKnownOnBeforeTheRevisionTheOld()
    {
        // 醴陵市 revised its May report of 14.2 (新增学位) from 1,453 to 1,303 places on 5 July.
        var now = ZeduRunner.Run("report", "--format", "csv");
        var before = ZeduRunner.Run("report", "--format", "csv", "--known-on", "2017-07-01");

        now.ExitCode.Should().Be(0, now.Error);
        before.ExitCode.Should().Be(0, before.Error);
        now.Out.Should().Contain("单位,14.2,新增学位2万个,430281,醴陵市,1303,3400,").And.Contain("指标,14.2,新增学位2万个,430200,株洲市,10850,20000,54.3%,49.6%,正常推进,,修订\n");
        before.Out.Should().Contain("单位,14.2,新增学位2万个,430281,醴陵市,1453,3400,").And.Contain("指标,14.2,新增学位2万个,430200,株洲市,11000,20000,55.0%,49.6%,正常推进,,\n");
    }

    [Fact]
    public void Report_Default_ShowsNotAssignedUnitsWithTheirContributionAndAStepMilestone()
    {
        var run = ZeduRunner.Run("report", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Out.Split('\n');
        rows.Should().Contain(r => r.StartsWith("单位,21.1,", StringComparison.Ordinal) && r.Contains(",未分解,", StringComparison.Ordinal));
        rows.Should().NotContain(r => r.StartsWith("单位,21.1,", StringComparison.Ordinal) && r.Contains(",滞后,", StringComparison.Ordinal));

        // 16.1 is due 2017-09-01: a step, so on 30 June nothing is expected yet and it is not behind.
        rows.Single(r => r.StartsWith("指标,16.1,", StringComparison.Ordinal)).Should().EndWith(",0.0%,0.0%,正常推进,,");
    }

    [Fact]
    public void Report_AllocationsFile_IsWhatTheCountiesOwe()
    {
        using var folder = new TempFolder();
        var file = folder.File("allocations.csv");
        File.WriteAllText(file, "target,orgUnit,required\n21.1,攸县,1000\n");

        var run = ZeduRunner.Run("report", "--format", "csv", "--allocations", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Split('\n').Single(r => r.StartsWith("单位,21.1,", StringComparison.Ordinal) && r.Contains(",430223,", StringComparison.Ordinal))
            .Should().Contain(",940,1000,94.0%,");
    }

    [Fact]
    public void ReportAndValidate_AllocationsWithAnUnknownUnit_AreRefusedWithTheFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("allocations.csv");
        File.WriteAllText(file, "target,orgUnit,required\n8.1,醴陵,60\n");

        var report = ZeduRunner.Run("report", "--allocations", file);
        var validate = ZeduRunner.Run("validate", "--allocations", file);
        var english = ZeduRunner.Run("report", "--allocations", file, "--lang", "en");

        report.ExitCode.Should().Be(2);
        report.Out.Should().BeEmpty("a refused allocation gives no half report");
        report.Error.Should().Contain("allocations.csv(2): 错误 ZA0002: 单位“醴陵”不在株洲市的单位名录中。");
        english.Error.Should().Contain("allocations.csv(2): error ZA0002: Org unit \"醴陵\" is not in the org unit tree of 株洲市.");
        validate.ExitCode.Should().Be(2);
        validate.Out.Should().Contain("allocations.csv(2): 错误 ZA0002: 单位“醴陵”不在株洲市的单位名录中。").And.EndWith("1个文件，1个问题\n", "a 任务分解表 checked alone holds no reports to count");
        ZeduRunner.Run("validate", "--allocations", file, "--lang", "en").Out.Should().EndWith("1 file, 1 problem\n");
    }

    [Fact]
    public void Report_KnownOnARevisionSubmittedBeforeTheReportItRevises_CountsTheRevisionKnown()
    {
        // 醴陵市's May report of 8.1 entered on 5 June, its revision submitted on 1 June: on 3 June the bureau knew 12.
        using var folder = new TempFolder();
        var file = folder.File("revised.csv", "target,orgUnit,date,value,revision,submitted\n"
            + "8.1,430281,2017-05-31,10,0,2017-06-05T09:00\n"
            + "8.1,430281,2017-05-31,12,1,2017-06-01T09:00\n");

        var run = ZeduRunner.Run("report", "--progress", file, "--format", "csv", "--known-on", "2017-06-03");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("指标,8.1,培训100名心理咨询师,430200,株洲市,12,100,12.0%,");
    }

    [Fact]
    public void Report_KnownOnBeforeAnyReport_CountsNoReportReceived()
    {
        var run = ZeduRunner.Run("report", "--known-on", "2016-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("（按2016年12月31日所知）").And.Contain("月度报送已收到0份，应报1296份（0.0%）");
    }

    [Fact]
    public void Explain_KnownOnBeforeTheRevision_CountsTheFigureKnownThen()
    {
        // 醴陵市 revised its May report of 14.2 on 5 July: on 1 July the city's total was 11,000.
        var before = ZeduRunner.Run("explain", "14.2", "--known-on", "2017-07-01");
        var now = ZeduRunner.Run("explain", "14.2");

        before.ExitCode.Should().Be(0, before.Error);
        before.Out.Should().StartWith("按2017年7月1日所知的报送：\n").And.Contain("完成1.1万个").And.NotContain("修订1");
        now.Out.Should().Contain("完成1.085万个").And.Contain("修订1");
    }

    [Fact]
    public void ReportHelp_KnownOn_SaysWhatIsLeftOutPlainly()
    {
        var run = ZeduRunner.Run("report", "--help");

        run.Out.Should().Contain("按当日所知情况统计（当日之后才报送的进度和修订不计）").And.NotContain("报送的报送");
    }

    [Fact]
    public void Report_KnownOnNotADate_IsRefused()
    {
        var run = ZeduRunner.Run("report", "--known-on", "July");
        var english = ZeduRunner.Run("report", "--known-on", "July", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--known-on：“July”不是日期");
        english.ExitCode.Should().Be(2);
        english.Error.Should().Contain("--known-on: 'July' is not a date");
    }
}

using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>Bad input: one clear message naming the file and place, exit code 2, no stack trace, nothing half-written.</summary>
public partial class ErrorTests
{
    [Fact]
    public void Report_MissingProgressFile_NamesTheFile()
    {
        var run = ZeduRunner.English("report", "--progress", "/no/such/progress.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: /no/such/progress.csv: file not found\n");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Report_MissingPlanFile_NamesTheFile()
    {
        var run = ZeduRunner.English("report", "--plan", "/no/such/plan.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: /no/such/plan.json: file not found\n");
    }

    [Fact]
    public void Report_BadDate_SaysWhatADateLooksLike()
    {
        var run = ZeduRunner.English("report", "--as-of", "2017-13-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("zedu: --as-of: '2017-13-01' is not a date: use YYYY-MM-DD, such as 2017-06-30\n");
    }

    [Fact]
    public void Report_BadDateInCsv_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n8.1,430281,2017-02-30,5\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(3): error ZC0010: The date '2017-02-30' is not of the form YYYY-MM-DD, such as 2017-06-30.\n");
    }

    [Fact]
    public void Report_DateOutsideThePlanPeriod_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2018-01-31,5\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(2): error ZR0003: The date 2018-01-31 is outside the plan period 2017-01-01 to 2017-12-31.\n");
    }

    [Fact]
    public void Report_UnknownTargetInCsv_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(2): error ZR0001: Target 99.1 is not in the plan \"株洲市教育局2017年工作要点\".\n");
    }

    [Fact]
    public void Report_UnknownCountyInCsv_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n8.1,长沙县,2017-03-31,5\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(3): error ZR0002: Org unit \"长沙县\" is not in the org unit tree of 株洲市.\n");
    }

    [Fact]
    public void Report_CsvWithoutColumns_SaysWhichAreMissing()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,unit,day,value\n8.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(1): error ZC0002: Missing columns orgUnit, date: the header must be target,orgUnit,date,value[,numerator,denominator].\n");
    }

    [Fact]
    public void Report_MalformedJson_NamesFileAndPlace()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.json", "{ \"reports\": [ { \"target\": \"8.1\", ");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}(1,35): error ZJ0002: The document ends before its arrays and objects are closed.\n");
    }

    [Fact]
    public void Report_ErrorWithOut_LeavesTheExistingFileUntouched()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.html", "previous");
        var bad = folder.File("p.csv", "target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.English("report", "--progress", bad, "--format", "html", "--out", output);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(output).Should().Be("previous");
        Directory.GetFiles(folder.Path).Should().HaveCount(2);
    }

    [Fact]
    public void Report_OutInMissingFolder_NamesTheFolder()
    {
        var run = ZeduRunner.English("report", "--out", "/no/such/folder/report.txt");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: /no/such/folder/report.txt: the folder /no/such/folder does not exist\n");
    }

    [Fact]
    public void Explain_UnknownTarget_ListsTheTargets()
    {
        var run = ZeduRunner.English("explain", "99.1");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("zedu: unknown target '99.1': the plan has no such target (its targets are 5.1, 6.1, 6.2, ");
    }

    [Fact]
    public void Explain_UnknownTargetInChinese_ListsTheTargetsWithTheChinesePause()
    {
        var run = ZeduRunner.Run("explain", "99.1");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("zedu：未知指标“99.1”：计划中没有该指标（现有指标：5.1、6.1、6.2、").And.NotContain(", ");
    }

    [Fact]
    public void Explain_UnknownCounty_SaysSo()
    {
        var run = ZeduRunner.English("explain", "8.1", "--org", "长沙县");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: --org: unknown org unit '长沙县': use a code such as 430281 or a name such as 醴陵市\n");
    }

    [Fact]
    public void Parse_TextWithoutAPlan_ListsTheDiagnosticAndFails()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "hello\n");

        var run = ZeduRunner.English("parse", file);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"{file}: error ZP0002: No numbered section (一、) or item (1.) was found.\nzedu: {file}: the plan could not be read (1 error)\n");
    }

    [Fact]
    public void Show_PlanFileThatIsNotAPlan_NamesTheFile()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "hello\n");

        var run = ZeduRunner.English("show", "--plan", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: {file}: error ZP0002: No numbered section (一、) or item (1.) was found.\n");
    }

    [Fact]
    public void Report_UnknownFormat_IsRejected()
    {
        var run = ZeduRunner.English("report", "--format", "pdf");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("zedu: --format: 'pdf' is not one of table, json, csv, html, xlsx\n");
    }

    [Fact]
    public void Report_UnknownFormat_InChineseByDefault_ListsTheFormats()
    {
        var run = ZeduRunner.Run("report", "--format", "pdf");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("zedu：--format：不能取“pdf”，可选：table、json、csv、html、xlsx\n");
    }

    [Fact]
    public void Report_UnknownTargetInCsv_InChineseByDefault_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", "target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.Run("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu：{file}(2): 错误 ZR0001: 指标99.1不在计划《株洲市教育局2017年工作要点》中。\n");
    }

    [Fact]
    public void Report_BadDate_InChineseByDefault()
    {
        var run = ZeduRunner.Run("report", "--as-of", "2017-13-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--as-of：“2017-13-01”不是日期，请按YYYY-MM-DD填写，如2017-06-30").And.Contain("运行 zedu --help 查看命令及选项。");
    }

    [Fact]
    public void Report_MissingProgressFile_InChineseByDefault()
        => ZeduRunner.Run("report", "--progress", "/no/such/progress.csv").Error.Should().Be("zedu：/no/such/progress.csv：找不到文件\n");
}

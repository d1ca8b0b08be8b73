using System.Text;
using System.Text.Json;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>zedu parse, and plan text read by the other commands: encodings, and the year or period a text does not give.</summary>
public class ParseCommandTests
{
    private const string PlanWithoutYear = "某县教育局工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所，秋季开学前完成。\n";

    [Fact]
    public void Parse_Gb18030FileWithoutByteOrderMark_IsDetected()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt");
        File.WriteAllBytes(file, Gb18030().GetBytes("某县教育局2019年工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n"));

        var run = ZeduRunner.Run("parse", file);

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("title").GetString().Should().Be("某县教育局2019年工作要点");
        run.Error.Should().Contain("ZP0005");
    }

    [Fact]
    public void Parse_EncodingOption_OverridesTheDetection()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt");
        File.WriteAllBytes(file, Encoding.BigEndianUnicode.GetBytes("某县教育局2019年工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n"));

        var run = ZeduRunner.Run("parse", file, "--encoding", "utf-16BE");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("某县教育局2019年工作要点");
    }

    [Fact]
    public void Parse_UnknownEncoding_IsRefusedWithTheOptionNamed()
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), "--encoding", "klingon");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--encoding: 'klingon' is not an encoding");
    }

    [Fact]
    public void Parse_TextWithoutYear_WritesAPlanWithoutPeriodAndWarns()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("parse", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("warning ZP0003");
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.TryGetProperty("period", out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_YearOption_GivesThePeriodAndDatesTheDeadlines()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("parse", file, "--year", "2019");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("period").GetProperty("start").GetString().Should().Be("2019-01-01");
        run.Out.Should().Contain("\"deadline\": \"2019-09-01\"");
    }

    [Fact]
    public void Parse_SchoolYearPeriod_PutsTheAutumnDeadlineInItsFirstYear()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "某县教育局工作要点\n一、办好学前教育\n1.扩充学位。6月底前新建幼儿园3所。\n");

        var run = ZeduRunner.Run("parse", file, "--period", "2018-09-01..2019-08-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("\"start\": \"2018-09-01\"").And.Contain("\"deadline\": \"2019-06-30\"");
    }

    [Theory]
    [InlineData("--year", "19", "--year: '19' is not a year")]
    [InlineData("--period", "2019-01-01", "--period: '2019-01-01' is not a period")]
    [InlineData("--period", "2019-12-31..2019-01-01", "--period: '2019-12-31..2019-01-01' ends before it starts")]
    public void Parse_BadYearOrPeriod_IsRefusedWithTheOptionNamed(string option, string value, string message)
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void Parse_YearAndPeriod_AreRefusedTogether()
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), "--year", "2017", "--period", "2017-01-01..2017-12-31");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("give --year or --period, not both");
    }

    [Fact]
    public void Report_PlanWithoutPeriod_IsRefusedWithTheWayToGiveOne()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("report", "--plan", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("the plan has no period").And.Contain("zedu parse").And.Contain("--year");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Show_PlanWithoutPeriod_ShowsIt()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("show", "--plan", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("no period").And.Contain("1. 扩充学位");
    }

    [Fact]
    public void Show_Gb18030PlanTextWithoutByteOrderMark_IsDetected()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt");
        File.WriteAllBytes(file, Gb18030().GetBytes("某县教育局2019年工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n"));

        var run = ZeduRunner.Run("show", "--plan", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("某县教育局2019年工作要点").And.Contain("1. 扩充学位");
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}

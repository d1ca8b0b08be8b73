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

    [Theory]
    [InlineData("zh", "zedu：--encoding：“klingon”不是编码名称，可选：utf-8、gb18030、gbk、utf-16\n")]
    [InlineData("en", "zedu: --encoding: 'klingon' is not an encoding: use utf-8, gb18030, gbk or utf-16\n")]
    public void Parse_UnknownEncoding_IsRefusedWithTheOptionNamedInTheLanguage(string language, string message)
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), "--encoding", "klingon", "--lang", language);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(message);
    }

    [Fact]
    public void Parse_Gb18030EncodingOption_ReadsTheTextWithoutRegisteringCodePagesForTheProcess()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt");
        File.WriteAllBytes(file, Gb18030().GetBytes("某县教育局2019年工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n"));

        var run = ZeduRunner.Run("parse", file, "--encoding", "gbk");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("某县教育局2019年工作要点");
        run.Error.Should().NotContain("ZP0005");
        FluentActions.Invoking(() => Encoding.GetEncoding(54936)).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Parse_TextWithoutYear_WritesAPlanWithoutPeriodAndWarns()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("parse", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain(": 警告 ZP0003: ");
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
    [InlineData("--year", "19", "zh", "zedu：--year：“19”不是年份，请填写1900至2100之间的四位数字，如2019\n")]
    [InlineData("--year", "19", "en", "zedu: --year: '19' is not a year: use four digits from 1900 to 2100, such as 2019\n")]
    [InlineData("--period", "2019-01-01", "zh", "zedu：--period：“2019-01-01”不是周期，请写作 起始..结束，日期格式YYYY-MM-DD，如2018-09-01..2019-08-31\n")]
    [InlineData("--period", "2019-01-01", "en", "zedu: --period: '2019-01-01' is not a period: use START..END with dates YYYY-MM-DD, such as 2018-09-01..2019-08-31\n")]
    [InlineData("--period", "2019-12-31..2019-01-01", "zh", "zedu：--period：“2019-12-31..2019-01-01”的结束日期早于起始日期\n")]
    [InlineData("--period", "2019-12-31..2019-01-01", "en", "zedu: --period: '2019-12-31..2019-01-01' ends before it starts\n")]
    public void Parse_BadYearOrPeriod_IsRefusedWithTheOptionNamedInTheLanguage(string option, string value, string language, string message)
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), option, value, "--lang", language);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(message);
    }

    [Theory]
    [InlineData("zh", "zedu：--year 与 --period 只能给出其一\n")]
    [InlineData("en", "zedu: give --year or --period, not both\n")]
    public void Parse_YearAndPeriod_AreRefusedTogetherInTheLanguage(string language, string message)
    {
        var run = ZeduRunner.Run("parse", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"), "--year", "2017", "--period", "2017-01-01..2017-12-31", "--lang", language);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be(message);
    }

    [Theory]
    [InlineData("zh", "：计划没有周期（文本中未写明年份），无法统计；请用“zedu parse {0} --year YYYY”（或 --period 起始..结束）为其指定周期，再使用所生成的JSON")]
    [InlineData("en", ": the plan has no period (its text names no year), so it cannot be evaluated; give it one with 'zedu parse {0} --year YYYY' (or --period START..END) and use the JSON that writes")]
    public void Report_PlanWithoutPeriod_IsRefusedWithTheWayToGiveOneInTheLanguage(string language, string message)
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("report", "--plan", file, "--lang", language);

        run.ExitCode.Should().Be(2);
        run.Error.Should().EndWith((language == "zh" ? "zedu：" : "zedu: ") + file + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, file) + "\n");
        run.Error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("zh", "，无周期；1个部分，1个要点，1个指标）")]
    [InlineData("en", ", no period; 1 section, 1 item, 1 target)")]
    public void Show_PlanWithoutPeriod_ShowsItInTheLanguage(string language, string summary)
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", PlanWithoutYear);

        var run = ZeduRunner.Run("show", "--plan", file, "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain(summary).And.Contain("1. 扩充学位");
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

    // Taken from the provider, not registered: the test above shows zedu registers nothing for the process.
    private static Encoding Gb18030() => CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
}

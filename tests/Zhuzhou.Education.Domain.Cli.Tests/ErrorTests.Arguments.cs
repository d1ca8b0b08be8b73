using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Cli.Tests.Support;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>What the command line refuses, and what the system refuses, said in zedu's words in either language.</summary>
public partial class ErrorTests
{
    [Theory]
    [InlineData(new[] { "report", "extra" }, "zedu：无法识别“extra”：不是该命令的参数或选项", "zedu: 'extra' is not an argument or option of the command")]
    [InlineData(new[] { "explain" }, "zedu：explain：缺少参数 <TARGET>", "zedu: explain: the argument <TARGET> is missing")]
    [InlineData(new[] { "report", "--as-of" }, "zedu：--as-of：缺少取值", "zedu: --as-of: the option needs a value")]
    [InlineData(new[] { "explain", "8.1", "9.1" }, "zedu：无法识别“9.1”：不是该命令的参数或选项", "zedu: '9.1' is not an argument or option of the command")]
    public void Run_ArgumentsTheParserRefuses_AreSaidInTheLanguage(string[] args, string chinese, string english)
    {
        var zh = ZeduRunner.Run(args);
        var en = ZeduRunner.Run([args[0], "--lang", "en", .. args[1..]]);

        zh.ExitCode.Should().Be(2);
        zh.Error.Split('\n')[0].Should().Be(chinese);
        Regex.Replace(zh.Error, "zedu|--[a-z-]+|TARGET|extra|explain", string.Empty).Should().NotMatchRegex("[A-Za-z]", "no English in the Chinese");
        en.ExitCode.Should().Be(2);
        en.Error.Split('\n')[0].Should().Be(english);
    }

    [Theory]
    [InlineData(28, "磁盘空间不足")]
    [InlineData(5, "输入输出错误")]
    [InlineData(9999, "系统读写出错")]
    public void SystemWords_IoErrorOfTheSystem_IsNamedInChinese(int errno, string chinese)
    {
        var error = new IOException("No space left on device : '/tmp/x'", errno);

        CliText.SystemWords(Language.Chinese, error).Should().Be(chinese);
        CliText.SystemFailed(Language.Chinese, error).Should().Be($"/tmp/x：读写出错：{chinese}");
        CliText.SystemWords(Language.English, error).Should().Be("No space left on device : '/tmp/x'");
    }

    [Fact]
    public void Report_OutIsALink_WritesTheFileItLeadsToAndKeepsTheLink()
    {
        using var folder = new TempFolder();
        var target = folder.File("report.csv", "old");
        var link = Path.Combine(folder.Path, "latest.csv");
        File.CreateSymbolicLink(link, target);

        var run = ZeduRunner.Run("report", "--format", "csv", "--out", link);

        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo(link).LinkTarget.Should().Be(target, "the link stays a link");
        File.ReadAllText(target).Should().Contain("株洲市教育局2017年工作要点");
    }

    [SkippableTheory]
    [InlineData("/dev/null", true)]
    [InlineData("/proc/self/fd/1", true)]
    [InlineData("/tmp/report.csv", false)]
    public void IsDevice_Path_IsASystemStreamOnlyUnderDevOrProc(string path, bool device)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix paths.");

        OutputFile.IsDevice(path).Should().Be(device);
    }

    [SkippableFact]
    public void IsDevice_LinkToADevice_IsADevice()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix links.");
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "out.csv");
        File.CreateSymbolicLink(link, "/dev/null");

        OutputFile.IsDevice(link).Should().BeTrue("writing it must not replace the link with a file");
    }
}

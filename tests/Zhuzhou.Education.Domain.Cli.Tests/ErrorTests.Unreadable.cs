using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public partial class ErrorTests
{
    private const string PlanText = "某县教育局2019年工作要点\n一、办好学前教育\n1.扩充学位。新建幼儿园3所。\n";

    // Each way zedu reads a file meets a file it may not read: one line naming the file, exit 2, no stack trace.
    [SkippableTheory]
    [InlineData("plan.txt", PlanText, new[] { "parse", "{0}" })]
    [InlineData("plan.txt", PlanText, new[] { "show", "--plan", "{0}" })]
    [InlineData("progress.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n", new[] { "report", "--progress", "{0}" })]
    [InlineData("units.csv", "code,name,parent\n430200,株洲市,\n", new[] { "report", "--org-units", "{0}" })]
    public void AnyCommand_UnreadableFile_NamesItInOneLineWithoutStackTrace(string name, string content, string[] args)
    {
        using var file = new UnreadableFile(name, content);

        foreach (var (language, expected) in new[] { ("en", $"zedu: {file.Path}: cannot read: permission denied\n"), ("zh", $"{file.Path}：无法读取：没有读取权限\n") })
        {
            var run = file.Run([.. args.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, file.Path)), "--lang", language]);

            run.ExitCode.Should().Be(2, run.Error);
            run.Error.Should().EndWith(expected).And.NotContain("   at ").And.NotContain("Exception");
            run.Out.Should().BeEmpty();
        }
    }

    // A file that opens but whose reading fails (the kernel answers an I/O error at offset 0 of a process's memory).
    [SkippableFact]
    public void Parse_FileTheSystemFailsToRead_NamesItInOneLineWithoutStackTrace()
    {
        const string File = "/proc/self/mem";
        Skip.IfNot(OperatingSystem.IsLinux() && System.IO.File.Exists(File), "Needs Linux's /proc/self/mem.");

        var english = ZeduRunner.English("parse", File);
        var chinese = ZeduRunner.Run("parse", File, "--lang", "zh");

        english.ExitCode.Should().Be(2);
        english.Error.Should().StartWith($"zedu: {File}: cannot read: ").And.NotContain("   at ");
        english.Error.Trim().Should().NotContain("\n");
        chinese.Error.Should().EndWith($"{File}：读取出错，文件无法读取：输入输出错误\n").And.NotContain("   at ");
    }

    [SkippableFact]
    public void Report_ProgressFileTheSystemFailsToRead_NamesItInChinese()
    {
        const string File = "/proc/self/mem";
        Skip.IfNot(OperatingSystem.IsLinux() && System.IO.File.Exists(File), "Needs Linux's /proc/self/mem.");

        var chinese = ZeduRunner.Run("report", "--progress", File);

        chinese.ExitCode.Should().Be(2);
        chinese.Error.Should().Be($"zedu：{File}：读写出错：输入输出错误\n");
    }
}

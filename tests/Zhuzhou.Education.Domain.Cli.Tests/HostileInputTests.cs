using System.Text;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Tests.Support;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>Inputs a hostile user tries: each gets one clear message and exit code 2, or harmless output; never a stack trace.</summary>
public class HostileInputTests
{
    private const string Header = "target,orgUnit,date,value\n";

    [Theory]
    [InlineData("79228162514264337593543950335", "ZR0020")]
    [InlineData("2.5", "ZR0021")]
    [InlineData("\"1,0,0\"", "ZC0011")]
    public void Report_ImpossibleAmount_IsRefusedAtItsLine(string value, string code)
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", Header + "8.1,430281,2017-03-31," + value + "\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{file}(2): error {code}: ").And.NotContain("   at ");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Report_TwoValuesWhoseSumWouldOverflow_AreRefusedNotAggregated()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", Header + "8.1,430281,2017-03-31,50000000000000000000000000000\n8.1,430202,2017-03-31,50000000000000000000000000000\n");

        var run = ZeduRunner.English("report", "--progress", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{file}(2): error ZR0020: ").And.NotContain("could not be aggregated");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Report_AsOfFarFromThePeriod_SaysSoInOneLine(string asOf)
    {
        var run = ZeduRunner.English("report", "--as-of", asOf);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"zedu: --as-of: {asOf} is too far from the plan period 2017-01-01 to 2017-12-31 to evaluate\n");
    }

    [Fact]
    public void Report_PlanPeriodOfCenturies_SaysThePeriodIsTooLong()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json"))
            .Replace("\"start\": \"2017-01-01\"", "\"start\": \"1017-01-01\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2017-12-31\"", "\"end\": \"3017-12-31\"", StringComparison.Ordinal);
        var plan = folder.File("plan.json", json);

        var run = ZeduRunner.English("report", "--plan", plan, "--progress", folder.File("p.csv", Header));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: the plan period 1017-01-01 to 3017-12-31 is too long: a period to evaluate must be shorter than 65,536 days (about 179 years)\n");
    }

    [Fact]
    public void Explain_SchoolNoReportNames_SaysSo()
    {
        var run = ZeduRunner.English("explain", "8.1", "--org", "430281-999");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("zedu: --org: no report names the school '430281-999', so there is nothing to explain\n");
    }

    [Fact]
    public void Report_OutIsTheProgressFile_IsRefusedAndTheInputKept()
    {
        using var folder = new TempFolder();
        var file = folder.File("p.csv", Header + "8.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.English("report", "--progress", file, "--format", "csv", "--out", Path.Combine(folder.Path, ".", "p.csv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is one of the input files");
        File.ReadAllText(file).Should().Be(Header + "8.1,430281,2017-03-31,5\n");
    }

    [Fact]
    public void Parse_OutIsTheInput_IsRefusedAndTheInputKept()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "某局2017年工作要点\n一、测试\n1.培训100名心理咨询师。\n");

        var run = ZeduRunner.English("parse", file, "--out", file);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(file).Should().StartWith("某局2017年工作要点");
    }

    [Fact]
    public void Parse_ParagraphLongerThanPlanJsonKeeps_IsRefusedSoShowNeverMeetsUnreadableJson()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "某局2017年工作要点\n一、测试\n1.标题。" + new string('长', 70_000) + "。\n");

        var run = ZeduRunner.English("parse", file, "--out", folder.File("plan.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("ZP0006");
        File.Exists(folder.File("plan.json")).Should().BeFalse();
    }

    [Fact]
    public void ReadFile_EndlessStream_StopsAtTheLimitNamingTheFile()
    {
        var act = () => BoundedRead.Stream(new Endless(), "/dev/endless", Language.English, limit: 1 << 20);

        act.Should().Throw<CliException>().WithMessage("/dev/endless: the file is larger than the limit of 1,048,576 bytes");
    }

    [Fact]
    public void Run_ABugInACommand_IsOneLineAndExitCode70()
    {
        var error = new StringWriter { NewLine = "\n" };

        var exit = Zedu.Run(["show", "--lang", "en"], CliContext.ForWriters(new Exploding(), error));

        exit.Should().Be(Zedu.ExitInternalError);
        error.ToString().Should().StartWith("zedu: internal error (InvalidOperationException): ").And.EndWith("\n");
        error.ToString().Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void Run_ABugInACommandInChinese_IsTheChineseLineOnly()
    {
        var error = new StringWriter { NewLine = "\n" };

        var exit = Zedu.Run(["show"], CliContext.ForWriters(new Exploding(), error));

        exit.Should().Be(Zedu.ExitInternalError);
        error.ToString().Should().Be("zedu：内部错误：命令未能完成；请连同命令和输入文件一并报告（加 --lang en 重新运行可看到错误的类型和说明）\n")
            .And.NotContain("InvalidOperationException").And.NotContain("the writer broke");
    }

    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class Exploding : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the writer broke");
    }
}

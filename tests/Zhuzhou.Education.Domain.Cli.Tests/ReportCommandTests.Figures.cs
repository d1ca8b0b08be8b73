using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>One figure written one way everywhere: a range as plans write it, a pair of figures in one style.</summary>
public partial class ReportCommandTests
{
    private static string TargetRow(string table, string id)
        => table.Split('\n').Single(l => l.StartsWith($"│ {id} ", StringComparison.Ordinal));

    [Theory]
    [InlineData("zh", "9.1", "3 / 1至2所")]
    [InlineData("zh", "15.1", "1 / 3至5所")]
    [InlineData("en", "9.1", "3 / 1-2 institutions")]
    [InlineData("en", "15.1", "1 / 3-5 institutions")]
    public void Report_RangeTarget_ShowsTheRangeNotItsLowerBound(string language, string id, string expected)
    {
        var run = ZeduRunner.Run("report", "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        TargetRow(run.Out, id).Should().Contain(expected);
    }

    [Fact]
    public void Report_RangeTarget_IsTheRangeInCsvAndHtml()
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");

        var csv = ZeduRunner.Run("report", "--format", "csv").Out.Split('\n');
        ZeduRunner.Run("report", "--format", "html", "--out", page).ExitCode.Should().Be(0);

        csv.Should().Contain(l => l.StartsWith("指标,9.1,", StringComparison.Ordinal) && l.Contains(",株洲市,3,1-2,100.0%,49.6%,超额完成,"));
        csv.Should().Contain(l => l.StartsWith("指标,15.1,", StringComparison.Ordinal) && l.Contains(",株洲市,1,3-5,33.3%,"));
        File.ReadAllText(page).Should().Contain("3 / 1至2所").And.Contain("1 / 3至5所").And.NotContain("3 / 1所");
    }

    [Theory]
    [InlineData("14.2", "1.085万 / 2万个", "完成1.085万个，要求不少于2万个")]
    [InlineData("21.1", "9880 / 40000人", "完成9880人，要求不少于40000人")]
    [InlineData("19.1", "2310 / 7000个", "完成2310个，要求不少于7000个")]
    [InlineData("9.1", "3 / 1至2所", "完成3所，要求1至2所")]
    public void Report_AndExplain_WriteTheFiguresAlike(string id, string pair, string sentence)
    {
        var table = ZeduRunner.Run("report").Out;
        var explain = ZeduRunner.Run("explain", id).Out;

        TargetRow(table, id).Should().Contain(pair);
        explain.Should().Contain(sentence);
        var quotient = Regex.Match(explain, "完成率 = (.+?) ÷ (.+?) = ").Groups;
        pair.Should().StartWith(Regex.Replace(quotient[1].Value, "[所个人]$", string.Empty) + " / ", "the table and the arithmetic write the achieved figure alike");
    }

    [Fact]
    public void Report_ACorrectionOnly_IsMarkedCorrectedNotRevised()
    {
        // 21.1 counts 攸县's correction (冲减) of 120 people and no revision; 14.2 counts 醴陵市's revision of its May report.
        var table = ZeduRunner.Run("report").Out;
        var csv = ZeduRunner.Run("report", "--format", "csv").Out.Split('\n');

        TargetRow(table, "21.1").Should().Contain("（冲减）").And.NotContain("修订");
        TargetRow(table, "14.2").Should().Contain("（修订）");
        csv.Should().Contain(l => l.StartsWith("指标,21.1,", StringComparison.Ordinal) && l.EndsWith(",冲减", StringComparison.Ordinal));
        csv.Should().Contain(l => l.StartsWith("单位,21.1,", StringComparison.Ordinal) && l.Contains(",430223,攸县,", StringComparison.Ordinal) && l.EndsWith(",冲减", StringComparison.Ordinal));
        csv.Should().Contain(l => l.StartsWith("指标,14.2,", StringComparison.Ordinal) && l.EndsWith(",修订", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh", "已完成指标0个，共24个（0.0%）；尚无到期的月度报送\n")]
    [InlineData("en", "Targets achieved: 0 of 24 (0.0%); no monthly report is due yet\n")]
    public void Report_BeforeAnyReportIsDue_SaysSoNotZeroOfZeroAsAHundredPercent(string language, string line)
    {
        var run = ZeduRunner.Run("report", "--as-of", "2017-01-15", "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain(line).And.NotContain("100.0%)\n");
    }
}

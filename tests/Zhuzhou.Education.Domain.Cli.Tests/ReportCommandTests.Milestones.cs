using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>Figures as an official reads them: revised amounts, milestones, targets nobody beneath owes.</summary>
public partial class ReportCommandTests
{
    [Fact]
    public void Report_RevisedAmount_IsWrittenInTheSameStyleAsAnUnrevisedOne()
    {
        // 14.2 counts 醴陵市's revision: 10850 of 20000 places, written as the plan writes 2万.
        var now = ZeduRunner.Run("report");
        var before = ZeduRunner.Run("report", "--known-on", "2017-07-01");

        now.Out.Should().Contain("1.085万 / 2万个（修订）").And.NotContain("10850 / 2万个");
        before.Out.Should().Contain("1.1万 / 2万个");
    }

    [Fact]
    public void Report_Milestones_ReadAsDoneOrUnitsDoneInEveryFormat()
    {
        var zh = ZeduRunner.Run("report");
        var en = ZeduRunner.Run("report", "--lang", "en");
        var csv = ZeduRunner.Run("report", "--format", "csv").Out.Split('\n');
        var html = ZeduRunner.Run("report", "--format", "html");

        zh.Out.Should().Contain("6 / 9个单位").And.NotContain("0.67 / 1").And.NotContain("0 / 1 ");
        zh.Out.Should().MatchRegex(@"│ 16\.1 +│[^│]+│ +未完成 │").And.MatchRegex(@"│ 17\.1 +│[^│]+│ +已完成 │");
        en.Out.Should().Contain("6 of 9 units").And.MatchRegex(@"│ 16\.1 +│[^│]+│ +not done │");
        csv.Single(r => r.StartsWith("指标,13.1,", StringComparison.Ordinal)).Should().Contain(",株洲市,6,9,66.7%,");
        csv.Single(r => r.StartsWith("指标,16.1,", StringComparison.Ordinal)).Should().Contain(",株洲市,未完成,,0.0%,");
        html.Out.Should().Contain("6 / 9个单位").And.Contain("未完成");
    }

    [Fact]
    public void Report_TargetAllocatedToNoCounty_SaysSoInTheColumnOfCountiesBehind()
    {
        var zh = ZeduRunner.Run("report");
        var en = ZeduRunner.Run("report", "--lang", "en");

        zh.Out.Should().MatchRegex(@"│ 5\.1 +│[^\n]+│ —（未分解） +│");
        en.Out.Should().MatchRegex(@"│ 5\.1 +│[^\n]+│ — \(not allocated\) +│");
    }

    [Fact]
    public void Report_CsvByCounty_MarksTheRowOfTheCountyThatRevised()
    {
        var rows = ZeduRunner.Run("report", "--format", "csv", "--by", "county").Out.Split('\n');

        rows.Single(r => r.StartsWith("单位,14.2,", StringComparison.Ordinal) && r.Contains(",醴陵市,", StringComparison.Ordinal)).Should().EndWith(",修订");
        rows.Single(r => r.StartsWith("单位,14.2,", StringComparison.Ordinal) && r.Contains(",荷塘区,", StringComparison.Ordinal)).Should().EndWith(",,");
    }

    [Fact]
    public void Explain_NotAssignedUnit_GivesItsContributionAndNoCompletionRate()
    {
        var zh = ZeduRunner.Run("explain", "14.1", "--org", "醴陵市");
        var en = ZeduRunner.Run("explain", "14.1", "--org", "醴陵市", "--lang", "en");

        zh.Out.Should().Contain("计算：本指标未向该单位分解任务（未分解），不计完成率；该单位完成1个，占全市完成量的33.3%。").And.NotContain("要求量为0");
        en.Out.Should().Contain("so it has no completion rate; it contributed 1, 33.3% of the city's achievement.").And.NotContain("nothing is required");
    }

    [Fact]
    public void Show_PlanTextWithoutIssuer_SaysNotStatedInEachLanguage()
    {
        using var folder = new TempFolder();
        var file = folder.File("plan.txt", "一、质量提升\n1. 培训心理咨询师。培训100名心理咨询师。\n");

        var en = ZeduRunner.Run("show", "--plan", file, "--lang", "en");
        var zh = ZeduRunner.Run("show", "--plan", file);

        en.ExitCode.Should().Be(0, en.Error);
        en.Out.Should().Contain("(issuer not stated, ").And.NotContain("未注明");
        zh.Out.Should().Contain("（发文单位未注明，").And.NotContain("（（");
    }
}

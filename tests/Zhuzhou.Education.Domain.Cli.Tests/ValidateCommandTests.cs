using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>zedu validate: a plan file checked by the library's plan check, progress files, or both.</summary>
public partial class ValidateCommandTests
{
    private static readonly string SeedJson = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json");

    [Fact]
    public void ValidatePlan_TheSeedPlan_PassesWithItsShape()
    {
        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", SeedJson);

        run.ExitCode.Should().Be(0);
        run.Out.Should().EndWith("zhuzhou-2017-work-plan.json: 5 sections, 25 items, 24 targets; 0 errors, 0 warnings\n");
    }

    [Fact]
    public void ValidatePlan_PlanText_ShowsTheParsersWarningsAndPasses()
    {
        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"));

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("warning ZP0302").And.Contain("0 errors, 2 warnings");
    }

    [Fact]
    public void ValidatePlan_DeadlineOutsideThePeriod_Exits2WithTheLineColumnAndPath()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(SeedJson).Replace("\"deadline\": \"2017-09-01\"", "\"deadline\": \"2018-09-01\"", StringComparison.Ordinal);
        var plan = folder.File("plan-2018.json", json);
        var line = json[..json.IndexOf("\"2018-09-01\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", plan);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{plan}({line},")
            .And.Contain("): error ZV0001: Target 16.1 (市特殊教育学校秋季入学): its deadline 2018-09-01 is outside the plan period 2017-01-01 to 2017-12-31. (at $.sections[3].items[3].commitments[2].targets[0].deadline)")
            .And.EndWith("1 error, 0 warnings\n");
    }

    [Fact]
    public void ValidatePlan_InChinese_SaysItInChinese()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan-2018.json", File.ReadAllText(SeedJson).Replace("\"deadline\": \"2017-09-01\"", "\"deadline\": \"2018-09-01\"", StringComparison.Ordinal));

        var run = ZeduRunner.Run("validate", "--plan", plan);

        run.ExitCode.Should().Be(2);
        run.Out.Should().Contain("错误 ZV0001: 指标16.1（市特殊教育学校秋季入学）的完成期限2018-09-01不在计划周期2017-01-01至2017-12-31内。（位置：")
            .And.EndWith("plan-2018.json：1个错误，0个警告\n");
    }

    [Fact]
    public void ValidatePlan_MalformedJson_Exits2WithTheReadersError()
    {
        using var folder = new TempFolder();
        var plan = folder.File("broken.json", "{\"schema\": \"zedu.plan/2\",\n");

        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", plan);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{plan}(2,1): error ZJ0002:");
    }

    [Fact]
    public void ValidateProgress_WithAPlan_ChecksTheProgressAgainstIt_NotThePlan()
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan-2018.json", File.ReadAllText(SeedJson).Replace("\"deadline\": \"2017-09-01\"", "\"deadline\": \"2018-09-01\"", StringComparison.Ordinal));
        var progress = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", plan, "--progress", progress);

        run.ExitCode.Should().Be(0);
        run.Out.Should().NotContain("ZV0001").And.Contain("1 file, 1 valid report, 0 problems");
    }

    [Fact]
    public void Validate_NeitherPlanNorProgress_Exits2SayingWhatToGive()
    {
        var run = ZeduRunner.Run("validate", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--plan FILE").And.Contain("--progress FILE").And.Contain("--org-units FILE alone");
    }

    [Fact]
    public void ValidatePlan_IsTheLibrarysCheck_OneLineForEachOfItsDiagnostics()
    {
        var text = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt");
        var run = ZeduRunner.Run("validate", "--lang", "en", "--plan", text);
        var library = Validation.PlanCheck.File(File.ReadAllBytes(text));

        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(library.Diagnostics.Length + 1);
        library.Diagnostics.Should().OnlyContain(d => run.Out.Contains(d.Code + ": " + d.Message, StringComparison.Ordinal));
        (run.ExitCode == 0).Should().Be(library.Success);
    }
}

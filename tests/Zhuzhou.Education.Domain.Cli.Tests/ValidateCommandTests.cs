using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>zedu validate: a plan file checked by the library's plan check, progress files, or both.</summary>
public class ValidateCommandTests
{
    private static readonly string SeedJson = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json");

    [Fact]
    public void ValidatePlan_TheSeedPlan_PassesWithItsShape()
    {
        var run = ZeduRunner.Run("validate", "--plan", SeedJson);

        run.ExitCode.Should().Be(0);
        run.Out.Should().EndWith("zhuzhou-2017-work-plan.json: 5 section(s), 25 item(s), 24 target(s); 0 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void ValidatePlan_PlanText_ShowsTheParsersWarningsAndPasses()
    {
        var run = ZeduRunner.Run("validate", "--plan", RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"));

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("warning ZP0302").And.Contain("0 error(s), 2 warning(s)");
    }

    [Fact]
    public void ValidatePlan_DeadlineOutsideThePeriod_Exits2WithTheLineColumnAndPath()
    {
        using var folder = new TempFolder();
        var json = File.ReadAllText(SeedJson).Replace("\"deadline\": \"2017-09-01\"", "\"deadline\": \"2018-09-01\"", StringComparison.Ordinal);
        var plan = folder.File("plan-2018.json", json);
        var line = json[..json.IndexOf("\"2018-09-01\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var run = ZeduRunner.Run("validate", "--plan", plan);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{plan}({line},")
            .And.Contain("$.sections[3].items[3].commitments[2].targets[0].deadline: ZV0001: target 16.1 (市特殊教育学校秋季入学): its deadline 2018-09-01 is outside the plan period 2017-01-01 to 2017-12-31")
            .And.EndWith("1 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void ValidatePlan_MalformedJson_Exits2WithTheReadersError()
    {
        using var folder = new TempFolder();
        var plan = folder.File("broken.json", "{\"schema\": \"zedu.plan/2\",\n");

        var run = ZeduRunner.Run("validate", "--plan", plan);

        run.ExitCode.Should().Be(2);
        run.Out.Should().StartWith($"{plan}(2,1): ZJ0002:");
    }

    [Fact]
    public void ValidatePlan_AndProgress_ChecksBoth()
    {
        using var folder = new TempFolder();
        var progress = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.Run("validate", "--plan", SeedJson, "--progress", progress);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("0 error(s), 0 warning(s)").And.Contain("1 file(s), 1 valid report(s), 0 problem(s)");
    }

    [Fact]
    public void ValidatePlan_FailingPlan_DoesNotGoOnToTheProgress()
    {
        using var folder = new TempFolder();
        var plan = folder.File("broken.json", "{");
        var progress = folder.File("p.csv", "target,orgUnit,date,value\n8.1,430281,2017-03-31,5\n");

        var run = ZeduRunner.Run("validate", "--plan", plan, "--progress", progress);

        run.ExitCode.Should().Be(2);
        run.Out.Should().NotContain("valid report(s)");
    }

    [Fact]
    public void Validate_NeitherPlanNorProgress_Exits2SayingWhatToGive()
    {
        var run = ZeduRunner.Run("validate");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--plan FILE").And.Contain("--progress FILE");
    }

    [Fact]
    public void ValidatePlan_IsTheLibrarysCheck_OneLineForEachOfItsDiagnostics()
    {
        var text = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt");
        var run = ZeduRunner.Run("validate", "--plan", text);
        var library = Validation.PlanCheck.File(File.ReadAllBytes(text));

        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(library.Diagnostics.Length + 1);
        library.Diagnostics.Should().OnlyContain(d => run.Out.Contains(d.Code + ": " + d.Message));
        (run.ExitCode == 0).Should().Be(library.Success);
    }
}

using System.Text.Json.Nodes;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>A plan's own 任务分解 is checked against the org units, as a 任务分解表 is.</summary>
public partial class ReportCommandTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("explain")]
    public void Report_PlanAllocatingToAnUnknownUnit_IsRefusedNotShownAsNotAllocated(string command)
    {
        using var folder = new TempFolder();
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json")))!;
        var places = json["sections"]!.AsArray().SelectMany(s => s!["items"]?.AsArray() ?? []).SelectMany(i => i!["commitments"]?.AsArray() ?? [])
            .SelectMany(c => c!["targets"]?.AsArray() ?? []).Single(t => (string?)t!["id"] == "14.2")!;
        places["allocation"] = JsonNode.Parse("""{ "method": "explicit", "parts": [ { "orgUnit": "430281", "amount": 10000 }, { "orgUnit": "999999", "amount": 10000 } ] }""");
        var plan = folder.File("plan.json", json.ToJsonString());
        string[] arguments = command == "report" ? ["report", "--plan", plan] : ["explain", "14.2", "--plan", plan];

        var run = ZeduRunner.Run([.. arguments, "--progress", RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json")]);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain($"{plan}: 错误 ZV0005: 指标14.2分解到的单位999999不在单位名录中。");
    }
}

using System.Text.Json.Nodes;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Who owes what in the plan JSON: allocations (任务分解) and milestone scopes, zedu.plan/2.</summary>
public partial class PlanJsonTests
{
    private static readonly OrgUnitCode Liling = OrgUnitCode.Parse("430281");
    private static readonly OrgUnitCode Hetang = OrgUnitCode.Parse("430202");

    private static Plan PlanWithAllocations() => SerializationSamples.PlanWithShare().WithTargets(
    [
        SerializationSamples.PlanWithShare().FindTarget("8.1")! with { Allocation = Allocation.Explicit([new(Hetang, 40m), new(Liling, 60m)]) },
        SerializationSamples.PlanWithShare().FindTarget("14.1")! with { Allocation = Allocation.Proportional([new(Hetang, 3m), new(Liling, 7m)]) },
        SerializationSamples.PlanWithShare().FindTarget("16.1")! with { Scope = MilestoneScope.EveryUnitAt(OrgUnitLevel.County) },
    ]);

    [Fact]
    public void Parse_SerializedPlanWithAllocationsAndScope_GivesAnEqualPlanOfVersion3()
    {
        var plan = PlanWithAllocations();

        var json = PlanJson.Serialize(plan);
        var result = PlanJson.Parse(json);

        json.Should().Contain("\"schema\": \"zedu.plan/3\"").And.Contain("\"method\": \"explicit\"").And.Contain("\"kind\": \"everyUnit\"");
        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(plan);
        result.Value.FindTarget("8.1")!.Allocation!.Find(Liling)!.Amount.Should().Be(60m);
        result.Value.FindTarget("16.1")!.Scope.Should().Be(MilestoneScope.EveryUnitAt(OrgUnitLevel.County));
    }

    [Fact]
    public void Parse_ResponsibleUnitScope_RoundTrips()
    {
        var plan = SerializationSamples.PlanWithShare().WithTargets([SerializationSamples.PlanWithShare().FindTarget("16.1")! with { Scope = MilestoneScope.ResponsibleUnit(Liling) }]);

        var result = PlanJson.Parse(PlanJson.Serialize(plan));

        result.Diagnostics.Should().BeEmpty();
        result.Value.FindTarget("16.1")!.Scope.Responsible.Should().Be(Liling);
    }

    [Theory]
    [InlineData("zedu.plan/1", "$.sections[0].items[0].commitments[0].targets[0].allocation", "ZJ0015", "is not part of zedu.plan/1; it came with zedu.plan/3")]
    [InlineData("zedu.plan/2", "$.sections[0].items[0].commitments[0].targets[0].allocation", "ZJ0015", "is not part of zedu.plan/2; it came with zedu.plan/3")]
    [InlineData("zedu.plan/3", "$.sections[0].items[0].commitments[0].targets[0].allocation.parts[1].orgUnit", "ZJ0010", "is not an org unit code")]
    public void Parse_BadAllocation_IsALocatedDiagnostic(string schema, string path, string code, string message)
    {
        var document = JsonNode.Parse(PlanJson.Serialize(PlanWithAllocations()))!;
        document["schema"] = schema;
        var target = document["sections"]![0]!["items"]![0]!["commitments"]![0]!["targets"]![0]!;
        target["allocation"]!["parts"]![1]!["orgUnit"] = "醴陵";

        var result = PlanJson.Parse(document.ToJsonString());

        result.Success.Should().BeFalse();
        result.Errors.Should().Contain(d => d.Path == path && d.Code == code && d.Message.Contains(message, StringComparison.Ordinal));
        result.Errors.Should().OnlyContain(d => d.Line != null);
    }

    [Fact]
    public void Parse_AllocationOfAShareTarget_IsRefusedAtTheTarget()
    {
        var document = JsonNode.Parse(PlanJson.Serialize(PlanWithAllocations()))!;
        var share = document["sections"]![0]!["items"]!.AsArray().Single(i => (int)i!["number"]! == 9)!["commitments"]![0]!["targets"]![0]!;
        share["allocation"] = JsonNode.Parse("""{"method": "explicit", "parts": [{"orgUnit": "430281", "amount": 1}]}""");

        var result = PlanJson.Parse(document.ToJsonString());

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().EndWith("targets[0]");
        result.Errors.Single().Message.Should().Contain("share");
    }

    [Fact]
    public void Parse_ScopeOfEveryUnitWithoutLevel_IsALocatedDiagnostic()
    {
        var document = JsonNode.Parse(PlanJson.Serialize(PlanWithAllocations()))!;
        var milestone = document["sections"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()).SelectMany(i => i!["commitments"]!.AsArray())
            .SelectMany(c => c!["targets"]?.AsArray() ?? []).Single(t => (string?)t!["id"] == "16.1")!;
        milestone["scope"]!.AsObject().Remove("level");

        var result = PlanJson.Parse(document.ToJsonString());

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().EndWith("targets[0].scope");
    }
}

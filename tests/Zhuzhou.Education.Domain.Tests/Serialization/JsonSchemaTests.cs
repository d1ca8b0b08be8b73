using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>The golden and generated documents validate against the published schemas (JsonSchema.Net 7.4.0).</summary>
public partial class JsonSchemaTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static readonly Lazy<JsonSchema> PlanSchema = new(() => Load("zedu.plan-3.schema.json"));
    private static readonly Lazy<JsonSchema> ProgressSchema = new(() => Load("zedu.progress-2.schema.json"));
    private static readonly Lazy<JsonSchema> ProgressSchema1 = new(() => Load("zedu.progress-1.schema.json"));
    private static readonly Lazy<JsonSchema> EvaluationSchema = new(() => Load("zedu.evaluation-2.schema.json"));

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", file)));

    private static string Errors(EvaluationResults results)
        => string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static EvaluationResults Validate(Lazy<JsonSchema> schema, string json) => schema.Value.Evaluate(JsonNode.Parse(json), Options);

    [Fact]
    public void CanonicalPlan_ValidatesAgainstThePlanSchema()
    {
        var results = Validate(PlanSchema, File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json")));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void SampleBatch_ValidatesAgainstTheProgressSchema()
    {
        var results = Validate(ProgressSchema, ProgressJson.Serialize(SerializationSamples.Batch()));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void GoldenEvaluation_ValidatesAgainstTheEvaluationSchema()
    {
        var results = Validate(EvaluationSchema, File.ReadAllText(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Tests", "Serialization", "Golden", "evaluation-small.json")));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void Evaluation2017_ValidatesAgainstTheEvaluationSchema()
    {
        var plan = Zhuzhou.Education.Domain.ZhuzhouPlans.Education2017;
        var rollUp = Zhuzhou.Education.Domain.Evaluation.Evaluator.EvaluatePlan(plan, [], new NodaTime.LocalDate(2017, 12, 31), null);
        var json = EvaluationJson.Serialize(new NodaTime.LocalDate(2017, 12, 31), [new OrgUnitEvaluation(Zhuzhou.Education.Domain.OrgUnits.ZhuzhouOrgUnits.City, rollUp)], Zhuzhou.Education.Domain.Localization.Language.English);

        var results = Validate(EvaluationSchema, json);

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void PlanWithAllocationsAndScope_ValidatesAgainstThePlanSchema()
    {
        var plan = SerializationSamples.PlanWithShare();
        var hetang = Domain.OrgUnits.OrgUnitCode.Parse("430202");
        plan = plan.WithTargets(
        [
            plan.FindTarget("8.1")! with { Allocation = Domain.Plans.Allocation.Explicit([new(hetang, 40m), new(Domain.OrgUnits.OrgUnitCode.Parse("430281-001"), 60m)]) },
            plan.FindTarget("16.1")! with { Scope = Domain.Plans.MilestoneScope.EveryUnitAt(Domain.OrgUnits.OrgUnitLevel.County) },
        ]);

        var results = Validate(PlanSchema, PlanJson.Serialize(plan));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Theory]
    [InlineData("{\"method\": \"explicit\", \"parts\": []}")]
    [InlineData("{\"method\": \"byEnrolment\", \"parts\": [{\"orgUnit\": \"430281\", \"amount\": 1}]}")]
    [InlineData("{\"method\": \"explicit\", \"parts\": [{\"orgUnit\": \"醴陵市\", \"amount\": 1}]}")]
    [InlineData("{\"method\": \"explicit\", \"parts\": [{\"orgUnit\": \"430281\", \"amount\": -1}]}")]
    public void PlanSchema_BadAllocation_IsInvalid(string allocation)
    {
        var doc = JsonNode.Parse(PlanJson.Serialize(SerializationSamples.PlanWithShare()))!;
        doc["sections"]![0]!["items"]![0]!["commitments"]![0]!["targets"]![0]!["allocation"] = JsonNode.Parse(allocation);

        Validate(PlanSchema, doc.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Fact]
    public void GeneratedPlans_ValidateAgainstThePlanSchema()
        => PlanGen.Plan.Sample(plan => Validate(PlanSchema, PlanJson.Serialize(plan)).IsValid, iter: 100);

    [Fact]
    public void GeneratedBatches_ValidateAgainstTheProgressSchema()
        => ReportGen.Batch(SerializationSamples.PlanWithShare()).Sample(batch => Validate(ProgressSchema, ProgressJson.Serialize(batch)).IsValid, iter: 100);

    [Theory]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-13-01\", \"value\": 1}]}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": -1}]}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": 1, \"revision\": 1}]}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": 1, \"revision\": 1, \"submitted\": \"2017-07-05\"}]}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\"}]}")]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": []}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [], \"extra\": 1}")]
    public void ProgressSchema_BadDocument_IsInvalid(string json)
        => Validate(ProgressSchema, json).IsValid.Should().BeFalse();

    [Theory]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": -3, \"reason\": \"重复填报冲减\"}]}")]
    [InlineData("{\"schema\": \"zedu.progress/2\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": 41, \"revision\": 1, \"submitted\": \"2017-07-05T09:30\"}]}")]
    public void ProgressSchema_CorrectionOrRevision_IsValid(string json)
    {
        var results = Validate(ProgressSchema, json);

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void ProgressSchema1_VersionOneDocument_StaysValid()
    {
        var results = Validate(ProgressSchema1, "{\"schema\": \"zedu.progress/1\", \"reports\": [{\"target\": \"8.1\", \"orgUnit\": \"430281\", \"date\": \"2017-06-30\", \"value\": 40}]}");

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Theory]
    [InlineData("approximately", null)]
    [InlineData("atLeast", "maximum")]
    [InlineData("milestone", "minimum")]
    public void PlanSchema_ComparisonOfUnknownKindOrWithAnotherKindsField_IsInvalid(string kind, string? extra)
    {
        var doc = JsonNode.Parse(PlanJson.Serialize(SerializationSamples.PlanWithShare()))!;
        var comparison = doc["sections"]![0]!["items"]![0]!["commitments"]![0]!["targets"]![0]!["comparison"]!.AsObject();
        comparison["kind"] = kind;
        if (extra is not null)
        {
            comparison[extra] = 1;
        }

        Validate(PlanSchema, doc.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("zedu.plan/3", "zedu.plan-3.schema.json")]
    [InlineData("zedu.plan/2", "zedu.plan-2.schema.json")]
    [InlineData("zedu.plan/1", "zedu.plan-1.schema.json")]
    [InlineData("zedu.progress/1", "zedu.progress-1.schema.json")]
    [InlineData("zedu.progress/2", "zedu.progress-2.schema.json")]
    [InlineData("zedu.evaluation/1", "zedu.evaluation-1.schema.json")]
    [InlineData("zedu.evaluation/2", "zedu.evaluation-2.schema.json")]
    public void Get_ShippedSchema_IsThePublishedFile(string schema, string file)
        => JsonSchemas.Get(schema).Should().Be(File.ReadAllText(RepositoryPaths.Combine("schemas", file)));

    [Fact]
    public void Get_UnknownSchema_Throws()
        => FluentActions.Invoking(() => JsonSchemas.Get("zedu.plan/9")).Should().Throw<ArgumentException>().WithParameterName("schema");
}

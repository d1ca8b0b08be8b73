using System.Text.Json.Nodes;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>
/// The evaluation document, pinned by a golden file (Serialization/Golden/evaluation-small.json; set
/// ZEDU_UPDATE_GOLDEN=1 to rewrite it and review the diff).
/// </summary>
public class EvaluationJsonTests
{
    private static readonly LocalDate AsOf = new(2017, 6, 30);
    private static readonly string GoldenPath = RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Tests", "Serialization", "Golden", "evaluation-small.json");

    public static string SmallEvaluation()
    {
        var plan = SerializationSamples.PlanWithShare();
        var batch = SerializationSamples.Batch();
        var liling = OrgUnitCode.Parse("430281");
        return EvaluationJson.Serialize(AsOf,
        [
            new OrgUnitEvaluation(ZhuzhouOrgUnits.City, Evaluator.EvaluatePlan(plan, ZhuzhouOrgUnits.Tree2017, ZhuzhouOrgUnits.City, batch.Reports, AsOf, null), "株洲市"),
            new OrgUnitEvaluation(liling, Evaluator.EvaluatePlan(plan, ZhuzhouOrgUnits.Tree2017, liling, batch.Reports, AsOf, null), "醴陵市"),
        ], Language.Chinese);
    }

    [Fact]
    public void Serialize_SmallPlanForCityAndCounty_IsTheGoldenFile()
    {
        var json = SmallEvaluation();
        if (Environment.GetEnvironmentVariable("ZEDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, json);
        }

        json.Should().Be(File.ReadAllText(GoldenPath));
    }

    [Fact]
    public void Serialize_Target_CarriesItsRuleAndFigures()
    {
        var target = JsonNode.Parse(SmallEvaluation())!["orgUnits"]![0]!["sections"]![0]!["items"]![0]!["targets"]![0]!;

        target.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Should().Be(
            """{"id":"8.1","text":"培训100名心理咨询师","rule":{"kind":"atLeast","minimum":100,"direction":"ascending"},"ruleText":"不少于100名","value":40,"achieved":40,"required":100,"completion":0.4,"expectedProgress":0.4959,"dueDate":"2017-12-31","tolerance":0.05,"status":"behind","statusText":"滞后","reportCount":2}""",
            "display words beside the machine values, and shares to 4 decimal places, not 28 digits");
    }

    [Fact]
    public void Serialize_NoEvaluation_Throws()
        => FluentActions.Invoking(() => EvaluationJson.Serialize(AsOf, [], Language.Chinese)).Should().Throw<ArgumentException>().WithParameterName("evaluations");

    [Fact]
    public void Serialize_EvaluationsOfDifferentPlans_Throws()
    {
        var a = Evaluator.EvaluatePlan(SamplePlans.Small(), [], AsOf, null);
        var b = Evaluator.EvaluatePlan(SerializationSamples.PlanWithShare(), [], AsOf, null);

        FluentActions.Invoking(() => EvaluationJson.Serialize(AsOf, [new OrgUnitEvaluation(ZhuzhouOrgUnits.City, a), new OrgUnitEvaluation(ZhuzhouOrgUnits.City, b)], Language.Chinese))
            .Should().Throw<ArgumentException>().WithMessage("Every evaluation must be of the same plan.*");
    }

    [Fact]
    public void Serialize_ManyOrgUnits_WritesEachBeforeTheNextIsMade()
    {
        var plan = SamplePlans.Small();
        var rollUp = Evaluator.EvaluatePlan(plan, [], AsOf, null);
        using var stream = new MemoryStream();
        var lengths = new List<long>();
        IEnumerable<OrgUnitEvaluation> Units()
        {
            for (var i = 0; i < 3; i++)
            {
                lengths.Add(stream.Length);
                yield return new OrgUnitEvaluation(ZhuzhouOrgUnits.City, rollUp);
            }
        }

        EvaluationJson.Serialize(AsOf, Units(), stream, Language.Chinese);

        lengths.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("each org unit is written to the stream before the next is asked for");
        var json = JsonNode.Parse(stream.ToArray())!;
        json["orgUnits"]!.AsArray().Should().HaveCount(3);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(EvaluationJson.Serialize(AsOf, Enumerable.Repeat(new OrgUnitEvaluation(ZhuzhouOrgUnits.City, rollUp), 3).ToList(), Language.Chinese));
    }
}

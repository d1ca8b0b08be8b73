using System.Text.Json.Nodes;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class PlanJsonTests
{
    [Fact]
    public void Parse_SerializedPlan_GivesAnEqualPlan()
    {
        var plan = SerializationSamples.PlanWithShare();

        var result = PlanJson.Parse(PlanJson.Serialize(plan));

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(plan);
    }

    [Fact]
    public void Serialize_SmallPlan_WritesTheDocumentExactly()
    {
        var plan = new Plan("株洲市教育局", "株洲市教育局2017年工作要点", SamplePlans.Year2017, new NodaTime.LocalDate(2017, 2, 22), "",
        [
            new Section(4, "统筹发展各类教育",
            [
                new Item(15, "特色发展普高教育",
                [
                    new Commitment("建设3-5所高考改革试点校", [SamplePlans.PilotSchools()], [new DocumentReference("株洲市普通高中发展规划(2016-2020年)", 2016, 2020)]),
                ]) { Weight = 2m },
            ]),
        ]);

        PlanJson.Serialize(plan).Should().Be(
            """
            {
              "schema": "zedu.plan/3",
              "issuer": "株洲市教育局",
              "title": "株洲市教育局2017年工作要点",
              "period": {
                "start": "2017-01-01",
                "end": "2017-12-31"
              },
              "published": "2017-02-22",
              "preamble": "",
              "sections": [
                {
                  "number": 4,
                  "title": "统筹发展各类教育",
                  "items": [
                    {
                      "number": 15,
                      "title": "特色发展普高教育",
                      "weight": 2,
                      "commitments": [
                        {
                          "text": "建设3-5所高考改革试点校",
                          "documents": [
                            {
                              "title": "株洲市普通高中发展规划(2016-2020年)",
                              "fromYear": 2016,
                              "toYear": 2020
                            }
                          ],
                          "targets": [
                            {
                              "id": "15.1",
                              "subject": "高考改革试点校",
                              "comparison": {
                                "kind": "between",
                                "minimum": 3,
                                "maximum": 5
                              },
                              "unit": "institutions",
                              "timeAggregation": "level",
                              "orgUnitAggregation": "sum",
                              "direction": "ascending",
                              "reportingFrequency": "monthly"
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Parse_TargetWithoutSettings_KeepsTheModelDefaultsOfItsComparison()
    {
        var json = Mutate(SerializationSamples.PlanWithShare(), doc =>
        {
            var target = Target(doc, 0, 1);
            foreach (var name in new[] { "timeAggregation", "orgUnitAggregation", "direction", "reportingFrequency" })
            {
                target.Remove(name);
            }
        });

        var target = PlanJson.Parse(json).Value.FindTarget("9.1")!;

        target.OrgUnitAggregation.Should().Be(OrgUnitAggregation.Ratio, "a coverage target is a share by default");
        target.Comparison.Should().Be(Comparison.Coverage(1m));
    }

    [Theory]
    [MemberData(nameof(BadPlans))]
    public void Parse_BadPlan_ReportsTheExactError(string name, string code, string path, string message)
    {
        var json = Mutate(SerializationSamples.PlanWithShare(), Mutations[name]);

        var result = PlanJson.Parse(json);

        result.ValueOrDefault.Should().BeNull();
        result.Errors.Select(d => (d.Code, d.Path, d.Message)).Should().Equal((code, path, message));
        result.Errors.Single().Line.Should().BePositive();
    }

    private static readonly Dictionary<string, Action<JsonObject>> Mutations = new()
    {
        ["unknown kind"] = doc => Target(doc, 0, 0)["comparison"]!["kind"] = "approximately",
        ["field of another kind"] = doc => Target(doc, 0, 0)["comparison"]!["maximum"] = 5,
        ["missing minimum"] = doc => ((JsonObject)Target(doc, 0, 0)["comparison"]!).Remove("minimum"),
        ["between reversed"] = doc => Target(doc, 1, 1)["comparison"] = new JsonObject { ["kind"] = "between", ["minimum"] = 5, ["maximum"] = 3 },
        ["unknown unit"] = doc => Target(doc, 0, 0)["unit"] = "名",
        ["duplicate target id"] = doc => Target(doc, 1, 1)["id"] = "14.1",
        ["target of another item"] = doc => Target(doc, 0, 0)["id"] = "9.2",
        ["duplicate item number"] = doc => doc["sections"]![1]!["items"]![1]!["number"] = 8,
        ["duplicate section number"] = doc => doc["sections"]![1]!["number"] = 2,
        ["missing title"] = doc => ((JsonObject)doc["sections"]![0]!).Remove("title"),
        ["negative baseline"] = doc => Target(doc, 0, 0)["baseline"] = -1,
        ["impossible deadline"] = doc => Target(doc, 0, 0)["deadline"] = "2017-02-30",
        ["zero weight"] = doc => doc["sections"]![0]!["weight"] = 0,
        ["fractional number"] = doc => doc["sections"]![0]!["number"] = 2.5,
        ["stages on a count"] = doc => Target(doc, 0, 0)["stages"] = new JsonArray(new JsonObject { ["name"] = "已完成", ["completion"] = 1 }),
        ["unknown property"] = doc => doc["author"] = "市教育局",
        ["wrong schema"] = doc => doc["schema"] = "zedu.plan/9",
        ["period reversed"] = doc => doc["period"]!["end"] = "2016-12-31",
        ["section target of another section"] = doc => doc["sections"]![0]!["commitments"] = new JsonArray(new JsonObject
        {
            ["text"] = "建设100个基地",
            ["targets"] = new JsonArray(new JsonObject { ["id"] = "S9.1", ["subject"] = "基地", ["comparison"] = new JsonObject { ["kind"] = "atLeast", ["minimum"] = 100 }, ["unit"] = "units" }),
        }),
        ["version 1 with section commitments"] = doc =>
        {
            doc["schema"] = "zedu.plan/1";
            doc["sections"]![0]!["commitments"] = new JsonArray(new JsonObject { ["text"] = "建设100个基地" });
        },
        ["version 1 without period"] = doc =>
        {
            doc["schema"] = "zedu.plan/1";
            doc.Remove("period");
        },
        ["version 1 with a newer measure word"] = doc =>
        {
            doc["schema"] = "zedu.plan/1";
            Target(doc, 0, 0)["unit"] = "yuan";
        },
        ["version 1 with perMember"] = doc =>
        {
            doc["schema"] = "zedu.plan/1";
            Target(doc, 0, 1)["perMember"] = new JsonObject { ["kind"] = "atLeast", ["minimum"] = 1 };
        },
        ["perMember on a count"] = doc => Target(doc, 0, 0)["perMember"] = new JsonObject { ["kind"] = "atLeast", ["minimum"] = 1 },
    };

    public static TheoryData<string, string, string, string> BadPlans() => new()
    {
        { "unknown kind", "ZJ0008", "$.sections[0].items[0].commitments[0].targets[0].comparison.kind", "\"approximately\" is not a comparison kind; use one of: atLeast, atMost, between, exactly, milestone, coverage." },
        { "field of another kind", "ZJ0015", "$.sections[0].items[0].commitments[0].targets[0].comparison.maximum", "Property \"maximum\" is not part of a comparison of kind \"atLeast\"." },
        { "missing minimum", "ZJ0006", "$.sections[0].items[0].commitments[0].targets[0].comparison", "Property \"minimum\" is required." },
        { "between reversed", "ZJ0010", "$.sections[1].items[1].commitments[0].targets[0].comparison", "Minimum must not exceed maximum." },
        { "unknown unit", "ZJ0008", "$.sections[0].items[0].commitments[0].targets[0].unit", "\"名\" is not a measure word; use one of: none, persons, people, institutions, units, items, percent, sessions, households, structures, organisations, times, kinds, cohorts, courses, lessons, personTimes, models, rooms, machines, sets, articles, batches, studyHours, credits, kilometres, metres, squareMetres, mu, yuan, megabits, gigabits, teams, minutes, hours." },
        { "duplicate target id", "ZJ0010", "$.sections[1].items[1].commitments[0].targets[0].id", "Target 14.1 is in item 15: a target's id must start with its item's number." },
        { "target of another item", "ZJ0010", "$.sections[0].items[0].commitments[0].targets[0].id", "Target 9.2 is in item 8: a target's id must start with its item's number." },
        { "duplicate item number", "ZJ0011", "$.sections[1].items[1].number", "Item number 8 is already used at $.sections[0].items[0]." },
        { "duplicate section number", "ZJ0011", "$.sections[1].number", "Section number 2 is already used at $.sections[0]." },
        { "missing title", "ZJ0006", "$.sections[0]", "Property \"title\" is required." },
        { "negative baseline", "ZJ0010", "$.sections[0].items[0].commitments[0].targets[0].baseline", "\"baseline\" must not be negative; found -1." },
        { "impossible deadline", "ZJ0009", "$.sections[0].items[0].commitments[0].targets[0].deadline", "\"deadline\" is \"2017-02-30\", which is not a date that exists; write an ISO date such as \"2017-02-22\"." },
        { "zero weight", "ZJ0010", "$.sections[0].weight", "\"weight\" must be positive; found 0." },
        { "fractional number", "ZJ0010", "$.sections[0].number", "\"number\" must be a whole number of at least 1; found 2.5." },
        { "stages on a count", "ZJ0010", "$.sections[0].items[0].commitments[0].targets[0]", "Only a milestone target can have stages." },
        { "unknown property", "ZJ0015", "$.author", "Property \"author\" is not part of the format." },
        { "wrong schema", "ZJ0007", "$.schema", "This library reads documents with \"schema\": \"zedu.plan/3\" (or \"zedu.plan/2\", \"zedu.plan/1\"); found \"zedu.plan/9\"." },
        { "period reversed", "ZJ0010", "$.period.end", "The period must not end before it starts." },
        { "section target of another section", "ZJ0010", "$.sections[0].commitments[0].targets[0].id", "Target S9.1 is stated by section 2 outside its items: its id must be S2.n." },
        { "version 1 with section commitments", "ZJ0015", "$.sections[0].commitments", "Property \"commitments\" is not part of zedu.plan/1; it came with zedu.plan/2." },
        { "version 1 without period", "ZJ0006", "$", "Property \"period\" is required." },
        { "version 1 with a newer measure word", "ZJ0010", "$.sections[0].items[0].commitments[0].targets[0].unit", "Measure word \"yuan\" is not part of zedu.plan/1." },
        { "version 1 with perMember", "ZJ0015", "$.sections[0].items[1].commitments[0].targets[0].perMember", "Property \"perMember\" is not part of zedu.plan/1; it came with zedu.plan/2." },
        { "perMember on a count", "ZJ0010", "$.sections[0].items[0].commitments[0].targets[0]", "Only a coverage target has a per-member requirement." },
    };

    [Fact]
    public void Parse_Version1Document_ReadsThePlan()
    {
        var plan = SerializationSamples.PlanWithShare();
        var version1 = PlanJson.Serialize(plan).Replace("\"zedu.plan/3\"", "\"zedu.plan/1\"", StringComparison.Ordinal);

        var result = PlanJson.Parse(version1);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(plan);
    }

    [Fact]
    public void Serialize_PlanWithoutPeriodAndWithSectionGoals_RoundTrips()
    {
        var goal = new Target(TargetId.ForSection(2, 1), "艺术社团", Comparison.Coverage(1m), MeasureWord.Items) { PerMember = Comparison.Between(1m, 2m) };
        var plan = new Plan("某局", "某局美育工作方案", null, null, string.Empty, [new Section(2, "工作目标", []) { Commitments = [new Commitment("每所学校建设1-2个艺术社团", [goal])] }]);

        var json = PlanJson.Serialize(plan);

        json.Should().NotContain("\"period\"").And.Contain("\"id\": \"S2.1\"").And.Contain("\"perMember\"");
        PlanJson.Parse(json).Value.Should().Be(plan);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsThemAll()
    {
        var json = Mutate(SerializationSamples.PlanWithShare(), doc =>
        {
            Mutations["unknown kind"](doc);
            Mutations["duplicate section number"](doc);
            Mutations["impossible deadline"](doc);
        });

        PlanJson.Parse(json).Errors.Select(d => d.Code).Should().Equal("ZJ0008", "ZJ0009", "ZJ0011");
    }

    [Fact]
    public void Parse_Duplicate_PointsAtTheLineOfTheRepeat()
    {
        var json = Mutate(SerializationSamples.PlanWithShare(), Mutations["duplicate section number"]);
        var line = json.Split('\n').Select((text, i) => (text, i)).Last(l => l.text.Contains("\"number\": 2,", StringComparison.Ordinal)).i + 1;

        var error = PlanJson.Parse(json).Errors.Single();

        (error.Line, error.Column).Should().Be((line, 17));
    }

    private static JsonObject Target(JsonObject doc, int section, int item)
        => (JsonObject)doc["sections"]![section]!["items"]![item]!["commitments"]!.AsArray().Last()!["targets"]![0]!;

    private static string Mutate(Plan plan, Action<JsonObject> change)
    {
        var doc = JsonNode.Parse(PlanJson.Serialize(plan))!.AsObject();
        change(doc);
        return doc.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Rules;

/// <summary>
/// The rule types are plain data: System.Text.Json can write and read them with a "kind" discriminator set
/// from outside (as the serialization layer will), through their public constructors and properties.
/// </summary>
public class CompletionRuleSerializationTests
{
    private sealed class TargetIdConverter : JsonConverter<TargetId>
    {
        public override TargetId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TargetId.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, TargetId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new TargetIdConverter(), new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(CompletionRule))
                    {
                        info.PolymorphismOptions = new JsonPolymorphismOptions
                        {
                            TypeDiscriminatorPropertyName = "kind",
                            DerivedTypes =
                            {
                                new JsonDerivedType(typeof(AtLeastRule), "atLeast"),
                                new JsonDerivedType(typeof(AtMostRule), "atMost"),
                                new JsonDerivedType(typeof(BetweenRule), "between"),
                                new JsonDerivedType(typeof(ExactlyRule), "exactly"),
                                new JsonDerivedType(typeof(CoverageRule), "coverage"),
                                new JsonDerivedType(typeof(MilestoneRule), "milestone"),
                                new JsonDerivedType(typeof(CompositeRule), "composite"),
                            },
                        };
                    }
                },
            },
        },
    };

    public static TheoryData<CompletionRule> Rules => new()
    {
        new AtLeastRule(20000m) { Baseline = 100000m },
        new AtLeastRule(5m) { Baseline = 20m, Direction = Direction.Descending },
        new AtMostRule(2m) { Baseline = 10m },
        new BetweenRule(3m, 5m),
        new ExactlyRule(6m),
        new CoverageRule(0.8m),
        new MilestoneRule([]),
        new MilestoneRule(FourStages),
        new CompositeRule(CompositeMode.Weighted, [new CompositePart(TargetId.Create(8, 1), 2m), new CompositePart(TargetId.Create(8, 2), 1m)]),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void SerializeThenDeserialize_IsIdentity(CompletionRule rule)
    {
        var json = JsonSerializer.Serialize(rule, Options);

        JsonSerializer.Deserialize<CompletionRule>(json, Options).Should().Be(rule);
    }

    [Fact]
    public void Serialize_AtLeast_WritesKindAndPlainProperties()
        => JsonSerializer.Serialize<CompletionRule>(new AtLeastRule(20000m) { Baseline = 100000m }, Options)
            .Should().Be("""{"kind":"atLeast","Minimum":20000,"Baseline":100000,"Direction":"Ascending"}""");

    [Fact]
    public void Deserialize_InvalidBounds_ThrowsFromTheConstructor()
    {
        var act = () => JsonSerializer.Deserialize<CompletionRule>("""{"kind":"between","Minimum":5,"Maximum":3}""", Options);

        act.Should().Throw<ArgumentException>().WithMessage("Minimum must not exceed maximum*");
    }

    [Fact]
    public void Deserialize_MilestoneStages_AreImmutableArray()
    {
        var rule = (MilestoneRule)JsonSerializer.Deserialize<CompletionRule>(JsonSerializer.Serialize<CompletionRule>(new MilestoneRule(FourStages), Options), Options)!;

        rule.Stages.Should().BeOfType<ImmutableArray<MilestoneStage>>().And.HaveCount(4);
    }
}

using System.Text;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>
/// seeds/zhuzhou-2017-work-plan.json is the canonical serialized plan: the parser's reading of the seed text,
/// written by <see cref="PlanJson"/>. Set ZEDU_UPDATE_GOLDEN=1 to rewrite it after an intended change, and review
/// the diff.
/// </summary>
public class SeedPlanJsonTests
{
    private static readonly string JsonPath = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json");

    private static Plan ParsedSeedText()
    {
        using var stream = File.OpenRead(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"));
        return PlanTextParser.Parse(stream).Value;
    }

    [Fact]
    public void CanonicalJson_IsTheSerializedParseOfTheSeedText_ByteForByte()
    {
        var expected = Encoding.UTF8.GetBytes(PlanJson.Serialize(ParsedSeedText()));
        if (Environment.GetEnvironmentVariable("ZEDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(JsonPath, expected);
        }

        var actual = File.ReadAllBytes(JsonPath);

        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(expected));
        actual.Should().Equal(expected);
    }

    [Fact]
    public void CanonicalJson_IsIndentedLfUtf8WithChineseUnescaped()
    {
        var bytes = File.ReadAllBytes(JsonPath);
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "the file has no byte-order mark");
        text.Should().NotContain("\r").And.NotContain("\\u").And.EndWith("}\n");
        text.Should().StartWith("{\n  \"schema\": \"zedu.plan/3\",\n  \"issuer\": \"株洲市教育局\",\n");
    }

    [Fact]
    public void Education2017_IsTheSamePlanAsTheParseOfTheSeedText()
        => ZhuzhouPlans.Education2017.Should().Be(ParsedSeedText());

    [Fact]
    public void CanonicalJson_LoadsWithoutDiagnostics()
    {
        using var stream = File.OpenRead(JsonPath);

        var result = PlanJson.Load(stream);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(ParsedSeedText());
    }
}

using System.Text;
using CsCheck;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Hostile input: what the fuzzing harness found (each input inline) and the properties that stand in for it.</summary>
public partial class PlanJsonTests
{
    private static readonly IReadOnlyList<byte[]> PlanSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "plan-json"));

    [Fact]
    public void LoadUtf8_AnyInputNearAPlan_GivesAPlanOrLocatedErrorsAndNeverThrows()
        => HostileInput.Near(PlanSeeds, HostileInput.JsonTokens).Sample(input =>
        {
            var result = PlanJson.LoadUtf8(input);
            return result.Success != result.Errors.Any() && result.Errors.All(d => d.Line is not null || d.Path is not null);
        }, iter: 2000);

    [Fact]
    public void LoadUtf8_AnyPlanRead_WriteThenParse_IsAFixedPoint()
        => HostileInput.Near(PlanSeeds, HostileInput.JsonTokens, maxEdits: 2).Sample(input =>
        {
            if (PlanJson.LoadUtf8(input).ValueOrDefault is { } plan)
            {
                plan.Should().RoundTripThroughJson();
            }
        }, iter: 1000);

    [Fact]
    public void LoadUtf8_PropertyNameNotUtf8_IsMalformedJsonAtItsPlace()
    {
        // Fuzzing finding (plan-json): a property name that is not UTF-8 threw InvalidOperationException ("Cannot
        // transcode invalid UTF-8 JSON text") while the problems were being placed.
        var input = "{\"schema\":\"zedu.plan/1\",\""u8.ToArray().Append((byte)0x92).Concat("\":1}"u8.ToArray()).ToArray();

        var result = PlanJson.LoadUtf8(input);

        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line, error.Column).Should().Be(("ZJ0002", 1, 26));
        error.Message.Should().Be("The text is not valid UTF-8 here: a JSON document is UTF-8 text.");
    }

    [Fact]
    public void Load_StringValueNotUtf8_IsMalformedJsonNotAWrongType()
    {
        var input = Encoding.UTF8.GetBytes("{\n  \"schema\": \"zedu.plan/1\",\n  \"title\": \"株洲").Append((byte)0xFF).Concat("\"\n}"u8.ToArray()).ToArray();

        var result = PlanJson.Load(new MemoryStream(input));

        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line, error.Column).Should().Be(("ZJ0002", 3, 15));
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\uDC00x")]
    [InlineData("a\\uD800\\u0041")]
    public void Load_StringEscapingALoneSurrogate_IsAnEncodingErrorNotAWrongType(string escaped)
    {
        var result = PlanJson.Parse("{\n  \"schema\": \"zedu.plan/1\",\n  \"title\": \"株洲" + escaped + "\"\n}");

        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line, error.Column).Should().Be(("ZJ0002", 3, 12));
        error.Message.Should().Contain("not valid Unicode");
    }
}

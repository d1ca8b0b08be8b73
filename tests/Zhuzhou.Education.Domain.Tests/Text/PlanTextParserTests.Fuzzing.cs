using CsCheck;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Hostile input: what the fuzzing harness found (each input inline) and the properties that stand in for it.</summary>
public partial class PlanTextParserTests
{
    /// <summary>Errors about the whole text, which may have no line: empty, no section or item, no year.</summary>
    private static readonly string[] WholeTextErrors = ["ZP0001", "ZP0002", "ZP0003"];

    private static readonly IReadOnlyList<byte[]> TextSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "plan-text"));

    [Fact]
    public void Parse_AnyBytesNearAPlan_GiveAPlanOrLocatedErrorsAndNeverThrow()
        => HostileInput.Near(TextSeeds, HostileInput.PlanTextTokens).Sample(input =>
        {
            var result = PlanTextParser.Parse(new MemoryStream(input));
            return result.Success != result.Errors.Any()
                && result.Errors.All(d => d.Code != "ZP0900" && (d.Line is not null || WholeTextErrors.Contains(d.Code)));
        }, iter: 1000);

    [Fact]
    public void Parse_AnyPlanRead_TextToJsonToJson_IsAFixedPoint()
        => HostileInput.Near(TextSeeds, HostileInput.PlanTextTokens, maxEdits: 3).Sample(input =>
        {
            if (PlanTextParser.Parse(new MemoryStream(input)).ValueOrDefault is { } plan)
            {
                plan.Should().RoundTripThroughJson();
            }
        }, iter: 500);

    [Fact]
    public void Parse_Gb18030SentenceOfAVerticalTab_IsNoInternalError()
    {
        // Fuzzing finding (plan-text), as minimised: "2017年\n4.讶?\v" in GB18030. The parser took the vertical tab for
        // a commitment's text, which the model refuses as blank: ZP0900 "internal parser error".
        byte[] input = [0x32, 0x30, 0x31, 0x37, 0xC4, 0xEA, 0x0A, 0x34, 0x2E, 0xD1, 0xC8, 0xD2, 0x0B];

        var result = PlanTextParser.Parse(new MemoryStream(input));

        result.Success.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Value.Items.Should().ContainSingle().Which.Title.Should().Be("讶");
    }

    [Theory]
    [InlineData("\u000b")]
    [InlineData("\u000c")]
    [InlineData("\u0085")]
    [InlineData("\u1680")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Parse_SentenceOfOnlyWhiteSpace_ReadsAsIfItWereAbsent(string white)
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.甲。" + white + "。培训100名教师。");

        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(PlanTextParser.Parse("某局2017年工作要点\n一、测试\n1.甲。。培训100名教师。").Value);
    }
}

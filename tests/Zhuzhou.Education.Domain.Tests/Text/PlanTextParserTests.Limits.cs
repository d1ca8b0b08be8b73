using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>What the parser gives, plan JSON reads back: texts within the one limit, odd characters kept as they are.</summary>
public partial class PlanTextParserTests
{
    private const int LongestText = 64 * 1024;

    [Fact]
    public void Parse_ParagraphLongerThanPlanJsonKeeps_FailsWithZP0006NamingTheItem()
    {
        var result = PlanTextParser.Parse("株洲市教育局2017年工作要点\n一、测试\n1.标题。" + new string('长', LongestText + 1) + "。");

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("The text of item 1 is ").And.EndWith("characters long; a plan keeps at most 65,536 characters in one text.");
        result.Errors.Single().Code.Should().Be("ZP0006");
    }

    [Fact]
    public void Parse_LongestParagraphPlanJsonKeeps_IsReadBackFromItsJson()
    {
        var parsed = PlanTextParser.Parse("株洲市教育局2017年工作要点\n一、测试\n1.标题。" + new string('长', LongestText - 10) + "。");

        var json = PlanJson.Serialize(parsed.Value);
        var again = PlanJson.Parse(json);

        again.Errors.Should().BeEmpty();
        again.Value.Should().Be(parsed.Value);
    }

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0x000B)]
    [InlineData(0x2028)]
    [InlineData(0x001B)]
    public void Parse_OddCharacterInAnItem_JsonRoundTripIsAFixedPoint(int code)
    {
        var odd = (char)code + "[2J";
        var parsed = PlanTextParser.Parse("株洲市教育局2017年工作要点\n一、测试\n1.标题。培训" + odd + "100名心理咨询师。");
        parsed.Errors.Should().BeEmpty();

        var first = PlanJson.Serialize(parsed.Value);
        var second = PlanJson.Serialize(PlanJson.Parse(first).Value);

        second.Should().Be(first);
    }
}

using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class NumberingTests
{
    [Theory]
    [InlineData("一、全面加强党的建设", "Dun", 1, "全面加强党的建设")]
    [InlineData("十二.其他", "Dun", 12, "其他")]
    [InlineData("（三）加强组织领导", "ChineseParen", 3, "加强组织领导")]
    [InlineData("(3)做强软件", "ArabicParen", 3, "做强软件")]
    [InlineData("１２．提高质量", "ArabicDot", 12, "提高质量")]
    [InlineData("8. 加强专业建设", "ArabicDot", 8, " 加强专业建设")]
    [InlineData("3、扩大交流", "ArabicDot", 3, "扩大交流")]
    [InlineData("16﹒加快发展", "ArabicDot", 16, "加快发展")]
    [InlineData("第二部分 重点任务", "Part", 2, " 重点任务")]
    [InlineData("第三章　聘任程序", "Part", 3, "　聘任程序")]
    [InlineData("第十一条　聘用的基本程序", "Article", 11, "　聘用的基本程序")]
    public void TryReadHeading_NumberedHeading_ReadsStyleNumberAndWhereTheTitleStarts(string line, string style, int value, string rest)
    {
        Numbering.TryReadHeading(line, 0, line.Length, out var read, out var number, out var contentStart).Should().BeTrue();

        (read, number, line[contentStart..]).Should().Be((Enum.Parse<HeadingStyle>(style), value, rest));
    }

    [Theory]
    [InlineData("1.5万名教师参加培训")]
    [InlineData("2017年全市教育工作")]
    [InlineData("第一条规定的情形")]
    [InlineData("第三批试点")]
    [InlineData("（责任单位：市教育局）")]
    [InlineData("一是加强领导")]
    public void TryReadHeading_TextThatIsNoHeading_ReturnsFalse(string line)
        => Numbering.TryReadHeading(line, 0, line.Length, out _, out _, out _).Should().BeFalse();

    [Fact]
    public void Assign_NumbersThatRestartUnderNewHeadings_RunOn()
    {
        var sequence = new NumberSequence();

        var numbers = new[] { 1, 2, 1, 2, 3 }.Select(n => (sequence.Assign(n, out var change), change)).ToList();

        numbers.Should().Equal((1, NumberChange.None), (2, NumberChange.None), (3, NumberChange.Renumbered), (4, NumberChange.None), (5, NumberChange.None));
    }

    [Fact]
    public void Assign_NumberThatSkips_IsKeptAndSaysSo()
    {
        var sequence = new NumberSequence();
        sequence.Assign(1, out _);

        sequence.Assign(3, out var change).Should().Be(3);
        change.Should().Be(NumberChange.Skipped);
        sequence.LastWritten.Should().Be(3);
    }

    [Fact]
    public void Assign_AfterAClaimedNumber_FollowsIt()
    {
        var sequence = new NumberSequence();
        sequence.Claim(1);

        sequence.Assign(1, out var change).Should().Be(2);
        change.Should().Be(NumberChange.Renumbered);
    }

    [Theory]
    [InlineData(11, "十一")]
    [InlineData(10000, "10000")]
    public void Chinese_ShowsChineseNumeralsWhereTheyReach(int value, string expected)
        => Numbering.Chinese(value).Should().Be(expected);
}

using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class BracketMapTests
{
    [Fact]
    public void Map_QuotesTitlesAndParentheses_AreProtected()
    {
        const string text = "甲“乙”丙《丁》戊（己）庚";
        var map = TextFixtures.Paragraph(text).Brackets;

        var quoted = Enumerable.Range(0, text.Length).Select(map.Quoted).ToArray();
        var protectedChars = Enumerable.Range(0, text.Length).Select(map.Protected).ToArray();

        string.Concat(text.Where((_, i) => quoted[i])).Should().Be("“乙”《丁》");
        string.Concat(text.Where((_, i) => protectedChars[i])).Should().Be("“乙”《丁》（己）");
    }

    [Fact]
    public void Map_OutermostTitles_AreListedInOrder()
    {
        const string text = "落实《方案《细则》》和《意见》";

        TextFixtures.Paragraph(text).Brackets.Titles.Should().Equal((2, 9), (11, 14));
    }

    [Fact]
    public void Map_QuoteClosedByAnAsciiQuote_IsBalanced()
    {
        var bag = new DiagnosticBag();
        var map = TextFixtures.Paragraph("推广“蒙速办\"品牌", bag: bag).Brackets;

        map.Quoted(4).Should().BeTrue();
        map.Quoted(7).Should().BeFalse();
        bag.Items.Should().BeEmpty();
    }

    [Fact]
    public void Map_UnclosedTitle_IsReportedWithItsColumnAndReadAsPlainText()
    {
        var bag = new DiagnosticBag();
        var map = TextFixtures.Paragraph("落实《方案", bag: bag).Brackets;

        map.Quoted(3).Should().BeFalse();
        var diagnostic = bag.Items.Should().ContainSingle().Subject;
        (diagnostic.Code, diagnostic.Column).Should().Be(("ZP0301", 3));
    }

    [Fact]
    public void Map_ParagraphOfTwoLines_ReportsTheLineOfTheMark()
    {
        var bag = new DiagnosticBag();
        var paragraph = new Paragraph("甲乙\n丙“丁", bag, null);

        paragraph.Begin([new LinePiece(0, 2, 1, 0), new LinePiece(3, 6, 2, 3)]);

        paragraph.Text.Should().Be("甲乙丙“丁");
        var diagnostic = bag.Items.Should().ContainSingle().Subject;
        (diagnostic.Line, diagnostic.Column).Should().Be((2, 2));
    }
}

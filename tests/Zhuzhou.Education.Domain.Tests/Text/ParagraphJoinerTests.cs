using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class ParagraphJoinerTests
{
    [Fact]
    public void Collect_SentenceBrokenByAnEmptyLine_JoinsIt()
    {
        var document = TextFixtures.Document("2.提升课堂质量。变革教学模式，加强课堂教学\n\n研究，增强吸引力。\n3.下一项。");
        var pieces = new List<LinePiece>();

        var last = new ParagraphJoiner(document).Collect(0, 2, pieces);

        last.Should().Be(2);
        string.Concat(pieces.Select(p => document.Text[p.Start..p.End])).Should().Be("提升课堂质量。变革教学模式，加强课堂教学研究，增强吸引力。");
    }

    [Theory]
    [InlineData("（一）科学构建课程体系\n所有学校开足课程。")]
    [InlineData("新建幼儿园3所。\n改扩建小学5所。")]
    [InlineData("加强组织领导（责任单位：市教育局）\n完善经费保障。")]
    public void Collect_LineThatEndsItsParagraphOrIsATitle_StandsAlone(string text)
    {
        var document = TextFixtures.Document(text);
        var pieces = new List<LinePiece>();

        new ParagraphJoiner(document).Collect(0, 0, pieces).Should().Be(0);
        pieces.Should().ContainSingle();
    }

    [Fact]
    public void Collect_TextWrappedAtAFixedWidthWithAPageNumber_JoinsTheLinesAcrossIt()
    {
        // A PDF's hard wrap: every full line has the same width; "5" is a page number between two halves of "120个".
        var lines = Enumerable.Range(0, 24).Select(i => "推进智能制造示范应用加快数字化网络化智能化转型升级提升" + (i % 2 == 0 ? "水" : "效")).ToList();
        lines.Add("建成 120 个以推进智能制造示范应用加快数字化网络化智能化");
        lines.Add("5");
        lines.Add("上具有行业影响力的平台。");
        var document = TextFixtures.Document(string.Join('\n', lines));
        var pieces = new List<LinePiece>();
        var first = lines.Count - 3;

        var last = new ParagraphJoiner(document).Collect(first, document.Lines[first].Start, pieces);

        last.Should().Be(lines.Count - 1);
        string.Concat(pieces.Select(p => document.Text[p.Start..p.End])).Should().Contain("120 个以推进").And.EndWith("上具有行业影响力的平台。");
    }
}

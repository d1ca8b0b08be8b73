using NodaTime;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class LineClassifierTests
{
    [Theory]
    [InlineData("", "Blank")]
    [InlineData("\u3000\u3000 ", "Blank")]
    [InlineData("您现在的位置: 首页 > 信息公开", "Noise")]
    [InlineData("原文链接：https://example.org/plan.html", "Noise")]
    [InlineData("12", "Noise")]
    [InlineData("- 7 -", "Noise")]
    [InlineData("第3页", "Noise")]
    [InlineData("──────────", "Noise")]
    [InlineData("目 录", "Noise")]
    [InlineData("二、主要任务..........................5", "Noise")]
    [InlineData("（一）强化统筹协调…………13", "Noise")]
    [InlineData("来源:市教育局 | 发布日期:2019-03-01", "Metadata")]
    [InlineData("2019年3月1日", "DateLine")]
    [InlineData("（2019年3月1日）", "DateLine")]
    [InlineData("2019年3月1日印发", "DateLine")]
    [InlineData("某教发〔2019〕12号", "DocumentNumber")]
    [InlineData("某政办[2019]3号", "DocumentNumber")]
    [InlineData("（某政办发〔2019〕7号）", "DocumentNumber")]
    [InlineData("一、总体要求", "Heading")]
    [InlineData("2019年工作要点", "Text")]
    [InlineData("新增学位2000个。", "Text")]
    public void Classify_Line_SaysWhatItIs(string line, string kind)
        => LineClassifier.Classify(line, 0, line.Length, 1).Kind.Should().Be(Enum.Parse<LineKind>(kind));

    [Theory]
    [InlineData("〔2019年3月1日〕")]
    [InlineData("2019-03-01")]
    public void Classify_DateLine_KeepsItsDate(string line)
        => LineClassifier.Classify(line, 0, line.Length, 1).Date.Should().Be(new LocalDate(2019, 3, 1));

    [Fact]
    public void Classify_DocumentNumber_KeepsItsYear()
    {
        const string line = "某教发〔2019〕12号";

        LineClassifier.Classify(line, 0, line.Length, 1).Value.Should().Be(2019);
    }

    [Fact]
    public void Split_MixedLineEnds_NumbersEveryLine()
        => LineClassifier.Split("甲\r\n乙\n丙\r丁").Select(l => (l.Number, l.Start, l.End)).Should().Equal((1, 0, 1), (2, 3, 4), (3, 5, 6), (4, 7, 8));
}

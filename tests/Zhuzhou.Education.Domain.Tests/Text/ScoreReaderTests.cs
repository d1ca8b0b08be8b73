using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class ScoreReaderTests
{
    [Theory]
    [InlineData("（0.5分）（6月底完成）", 0.5, 6)]
    [InlineData("(25分)", 25, 5)]
    public void TryRead_ScoreInBrackets_ReadsItAndWhereItEnds(string text, double score, int next)
    {
        ScoreReader.TryRead(text, 0, text.Length, out var read, out var after).Should().BeTrue();

        (read, after).Should().Be(((decimal)score, next));
    }

    [Theory]
    [InlineData("（0分）")]
    [InlineData("（分）")]
    [InlineData("（5项）")]
    [InlineData("（.5分）")]
    public void TryRead_NoPositiveScore_ReturnsFalse(string text)
        => ScoreReader.TryRead(text, 0, text.Length, out _, out _).Should().BeFalse();

    [Fact]
    public void TakeTrailing_ScoreEndingATitle_IsCutFromIt()
    {
        const string title = "政务服务“一网通办”（25分）";
        var end = title.Length;

        ScoreReader.TakeTrailing(title, 0, ref end).Should().Be(25m);
        title[..end].Should().Be("政务服务“一网通办”");
    }
}

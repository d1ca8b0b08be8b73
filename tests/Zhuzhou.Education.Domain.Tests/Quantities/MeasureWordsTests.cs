using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Quantities;

public class MeasureWordsTests
{
    [Theory]
    [InlineData("人次", MeasureWord.PersonTimes)]
    [InlineData("平方米", MeasureWord.SquareMetres)]
    [InlineData("学时", MeasureWord.StudyHours)]
    [InlineData("课时", MeasureWord.Lessons)]
    [InlineData("位", MeasureWord.Persons)]
    [InlineData("种", MeasureWord.Kinds)]
    [InlineData("Mbps", MeasureWord.Megabits)]
    [InlineData("百分之", MeasureWord.Percent)]
    public void TryParse_AnotherWayOfWritingAMeasureWord_ReadsIt(string text, MeasureWord expected)
    {
        MeasureWords.TryParse(text, out var word).Should().BeTrue();
        word.Should().Be(expected);
    }

    [Theory]
    [InlineData("人次培训", MeasureWord.PersonTimes, 2)]
    [InlineData("人参加", MeasureWord.People, 1)]
    [InlineData("平方米校舍", MeasureWord.SquareMetres, 3)]
    [InlineData("米跑道", MeasureWord.Metres, 1)]
    public void TryReadPrefix_TakesTheLongestMatch(string text, MeasureWord expected, int length)
    {
        MeasureWords.TryReadPrefix(text, out var word, out var read).Should().BeTrue();
        (word, read).Should().Be((expected, length));
    }

    [Fact]
    public void ToChinese_EveryMeasureWord_HasItsOwnCanonicalText()
        => Enum.GetValues<MeasureWord>().Where(w => w != MeasureWord.None).Select(MeasureWords.ToChinese)
            .Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
}

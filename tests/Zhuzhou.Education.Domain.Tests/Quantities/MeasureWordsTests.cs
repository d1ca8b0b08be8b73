using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Quantities;

public class MeasureWordsTests
{
    [Theory]
    [InlineData(MeasureWord.Persons, "名")]
    [InlineData(MeasureWord.People, "人")]
    [InlineData(MeasureWord.Institutions, "所")]
    [InlineData(MeasureWord.Units, "个")]
    [InlineData(MeasureWord.Items, "项")]
    [InlineData(MeasureWord.Percent, "%")]
    [InlineData(MeasureWord.None, "")]
    public void ToChinese_GivesTheCharacter(MeasureWord word, string expected)
        => MeasureWords.ToChinese(word).Should().Be(expected);

    [Fact]
    public void EveryDefinedWord_RoundTripsThroughChinese()
    {
        foreach (var word in Enum.GetValues<MeasureWord>().Where(w => w != MeasureWord.None))
        {
            MeasureWords.TryParse(MeasureWords.ToChinese(word), out var parsed).Should().BeTrue(word.ToString());
            parsed.Should().Be(word);
        }
    }

    [Theory]
    [InlineData("所高考改革试点校", MeasureWord.Institutions, 1)]
    [InlineData("课时以上", MeasureWord.Lessons, 2)]
    [InlineData("百分之九十", MeasureWord.Percent, 3)]
    [InlineData("％以上", MeasureWord.Percent, 1)]
    public void TryReadPrefix_ReadsLongestMatch(string text, MeasureWord expected, int length)
    {
        MeasureWords.TryReadPrefix(text, out var word, out var read).Should().BeTrue();
        word.Should().Be(expected);
        read.Should().Be(length);
    }

    [Theory]
    [InlineData("学位")]
    [InlineData("")]
    [InlineData("名名")]
    public void TryParse_NotAWord_ReturnsFalse(string text)
        => MeasureWords.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void NumericValues_AreStable()
    {
        // Stored values: changing one breaks every file that holds it.
        ((int)MeasureWord.Persons).Should().Be(1);
        ((int)MeasureWord.People).Should().Be(2);
        ((int)MeasureWord.Institutions).Should().Be(3);
        ((int)MeasureWord.Units).Should().Be(4);
        ((int)MeasureWord.Items).Should().Be(5);
        ((int)MeasureWord.Percent).Should().Be(6);
    }

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

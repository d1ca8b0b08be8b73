using CsCheck;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Quantities;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0, "〇")]
    [InlineData(1, "一")]
    [InlineData(5, "五")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(25, "二十五")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1005, "一千零五")]
    [InlineData(2017, "二千零一十七")]
    [InlineData(9999, "九千九百九十九")]
    public void Format_GivesTheStandardForm(int value, string expected)
        => ChineseNumerals.Format(value).Should().Be(expected);

    [Theory]
    [InlineData("两", 2)]
    [InlineData("零", 0)]
    [InlineData("一十", 10)]
    [InlineData("一十二", 12)]
    [InlineData("两百", 200)]
    [InlineData("两千零一十七", 2017)]
    [InlineData("三百零五", 305)]
    public void TryParse_Variants_AreAccepted(string text, int expected)
    {
        ChineseNumerals.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十十")]
    [InlineData("一二")]
    [InlineData("百")]
    [InlineData("五a")]
    [InlineData("十百")]
    [InlineData("零五")]
    [InlineData(null)]
    public void TryParse_NotANumeral_ReturnsFalse(string? text)
        => ChineseNumerals.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("十一、统筹发展", 11, 2)]
    [InlineData("一百名教师", 100, 2)]
    [InlineData("两所学校", 2, 1)]
    [InlineData("三级教育督导体系", 3, 1)]
    public void TryParsePrefix_ReadsTheLeadingNumeral(string text, int expected, int length)
    {
        ChineseNumerals.TryParsePrefix(text, out var value, out var read).Should().BeTrue();
        (value, read).Should().Be((expected, length));
    }

    [Fact]
    public void TryParsePrefix_NoNumeral_ReturnsFalseWithZeroLength()
    {
        ChineseNumerals.TryParsePrefix("全面加强", out var value, out var length).Should().BeFalse();
        (value, length).Should().Be((0, 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Format_OutOfRange_ThrowsNamingValue(int value)
    {
        var act = () => ChineseNumerals.Format(value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void FormatThenParse_IsIdentity_ForEveryValueInRange()
        => Gen.Int[0, ChineseNumerals.MaxValue].Sample(value =>
            ChineseNumerals.TryParse(ChineseNumerals.Format(value), out var parsed) && parsed == value);

    [Fact]
    public void TryParsePrefix_OnFormattedNumeralFollowedByText_ReadsExactlyTheNumeral()
        => Gen.Int[1, ChineseNumerals.MaxValue].Sample(value =>
        {
            var numeral = ChineseNumerals.Format(value);
            return ChineseNumerals.TryParsePrefix(numeral + "所学校", out var parsed, out var length)
                && parsed == value && length == numeral.Length;
        });
}

using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Quantities;

public class QuantityTests
{
    [Fact]
    public void Of_ValidValue_KeepsValueAndUnitExactly()
    {
        var quantity = Quantity.Of(20000m, MeasureWord.Units);

        quantity.Value.Should().Be(20000m);
        quantity.Unit.Should().Be(MeasureWord.Units);
        quantity.ToString().Should().Be("20000个");
    }

    [Fact]
    public void Of_NegativeValue_ThrowsNamingValue()
    {
        var act = () => Quantity.Of(-1m, MeasureWord.Persons);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("Value must not be negative.*");
    }

    [Fact]
    public void Of_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => Quantity.Of(1m, (MeasureWord)999);

        act.Should().Throw<ArgumentException>().WithParameterName("unit");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.5)]
    [InlineData(1e30)]
    public void FromDouble_ImpossibleValue_ThrowsNamingValue(double value)
    {
        var act = () => Quantity.FromDouble(value, MeasureWord.Units);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void FromDouble_FiniteValue_ConvertsToDecimal()
        => Quantity.FromDouble(7000.5, MeasureWord.Units).Value.Should().Be(7000.5m);

    [Fact]
    public void Equality_IsNumericOnValueAndExactOnUnit()
    {
        EqualityContractForStruct(Quantity.Of(100m, MeasureWord.Persons), Quantity.Of(100.0m, MeasureWord.Persons));
        Quantity.Of(100m, MeasureWord.Persons).Should().NotBe(Quantity.Of(100m, MeasureWord.People));
        Quantity.Of(100m, MeasureWord.Persons).Should().NotBe(Quantity.Of(101m, MeasureWord.Persons));
    }

    [Theory]
    [InlineData(MeasureWord.Persons, "名")]
    [InlineData(MeasureWord.People, "人")]
    [InlineData(MeasureWord.Institutions, "所")]
    [InlineData(MeasureWord.Units, "个")]
    [InlineData(MeasureWord.Items, "项")]
    [InlineData(MeasureWord.Percent, "%")]
    [InlineData(MeasureWord.None, "")]
    public void MeasureWords_ToChinese_GivesTheCharacter(MeasureWord word, string expected)
        => MeasureWords.ToChinese(word).Should().Be(expected);

    [Fact]
    public void MeasureWords_EveryDefinedWord_RoundTripsThroughChinese()
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
    public void MeasureWords_TryReadPrefix_ReadsLongestMatch(string text, MeasureWord expected, int length)
    {
        MeasureWords.TryReadPrefix(text, out var word, out var read).Should().BeTrue();
        word.Should().Be(expected);
        read.Should().Be(length);
    }

    [Theory]
    [InlineData("学位")]
    [InlineData("")]
    [InlineData("名名")]
    public void MeasureWords_TryParse_NotAWord_ReturnsFalse(string text)
        => MeasureWords.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void MeasureWord_NumericValues_AreStable()
    {
        // Stored values: changing one breaks every file that holds it.
        ((int)MeasureWord.Persons).Should().Be(1);
        ((int)MeasureWord.People).Should().Be(2);
        ((int)MeasureWord.Institutions).Should().Be(3);
        ((int)MeasureWord.Units).Should().Be(4);
        ((int)MeasureWord.Items).Should().Be(5);
        ((int)MeasureWord.Percent).Should().Be(6);
    }

    private static void EqualityContractForStruct(Quantity a, Quantity b)
    {
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Localization;

public class FiguresTests
{
    [Theory]
    [InlineData("0.5003103493035413757295806925", "50.0%")]
    [InlineData("0.55", "55.0%")]
    [InlineData("1", "100.0%")]
    [InlineData("0.00049", "0.0%")]
    [InlineData("0.00051", "0.1%")]
    public void Percent_OneDecimal(string ratio, string expected)
        => Figures.Percent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData(58, MeasureWord.Persons, "58名", "58 people")]
    [InlineData(1, MeasureWord.Persons, "1名", "1 person")]
    [InlineData(3, MeasureWord.Institutions, "3所", "3 institutions")]
    [InlineData(1, MeasureWord.Institutions, "1所", "1 institution")]
    [InlineData(20000, MeasureWord.Units, "2万个", "20,000")]
    [InlineData(11000, MeasureWord.Units, "1.1万个", "11,000")]
    [InlineData(2310, MeasureWord.Units, "2310个", "2,310")]
    [InlineData(12345, MeasureWord.People, "12345人", "12,345 people")]
    [InlineData(94, MeasureWord.Percent, "94%", "94%")]
    public void Amount_AsPeopleWriteIt(decimal value, MeasureWord unit, string chinese, string english)
    {
        Figures.Amount(value, unit, Language.Chinese).Should().Be(chinese);
        Figures.Amount(value, unit, Language.English).Should().Be(english);
    }

    [Fact]
    public void Number_NeverMoreThanTwoDecimals()
    {
        Figures.Number(11.1111m, Language.Chinese).Should().Be("11.11");
        Figures.Number(0.5556m, Language.English).Should().Be("0.56");
        Figures.Number(7m, Language.English).Should().Be("7");
    }

    [Fact]
    public void Count_PluralOnlyForOtherThanOne()
    {
        Figures.Count(1, "条报送", "report", "reports", Language.English).Should().Be("1 report");
        Figures.Count(49, "条报送", "report", "reports", Language.English).Should().Be("49 reports");
        Figures.Count(49, "条报送", "report", "reports", Language.Chinese).Should().Be("49条报送");
    }

    [Fact]
    public void Date_InASentence()
    {
        Figures.Date(new LocalDate(2017, 6, 30), Language.Chinese).Should().Be("2017年6月30日");
        Figures.Date(new LocalDate(2017, 6, 30), Language.English).Should().Be("30 June 2017");
    }

    [Theory]
    [InlineData(10850, 20000, MeasureWord.Units, "1.085万 / 2万个", "10,850 / 20,000")]
    [InlineData(11000, 20000, MeasureWord.Units, "1.1万 / 2万个", "11,000 / 20,000")]
    [InlineData(9880, 40000, MeasureWord.People, "9880 / 40000人", "9,880 / 40,000 people")]
    [InlineData(2310, 7000, MeasureWord.Units, "2310 / 7000个", "2,310 / 7,000")]
    [InlineData(0, 20000, MeasureWord.Units, "0 / 2万个", "0 / 20,000")]
    [InlineData(10850.5, 20000, MeasureWord.Units, "10850.5 / 20000个", "10,850.5 / 20,000")]
    [InlineData(12345, 12000, MeasureWord.People, "1.2345万 / 1.2万人", "12,345 / 12,000 people")]
    [InlineData(58, 100, MeasureWord.Persons, "58 / 100名", "58 / 100 people")]
    public void OfRequired_BothPartsInOneStyle(decimal achieved, decimal required, MeasureWord unit, string chinese, string english)
    {
        Figures.OfRequired(achieved, required, unit, Language.Chinese).Should().Be(chinese);
        Figures.OfRequired(achieved, required, unit, Language.English).Should().Be(english);
    }

    [Theory]
    [InlineData(3, 1, 2, MeasureWord.Institutions, "3 / 1至2所", "3 / 1-2 institutions")]
    [InlineData(1, 3, 5, MeasureWord.Institutions, "1 / 3至5所", "1 / 3-5 institutions")]
    [InlineData(0, 1, 2, MeasureWord.Units, "0 / 1至2个", "0 / 1-2")]
    [InlineData(15000, 10000, 20000, MeasureWord.Units, "1.5万 / 1万至2万个", "15,000 / 10,000-20,000")]
    [InlineData(9000, 10000, 20000, MeasureWord.Units, "9000 / 10000至20000个", "9,000 / 10,000-20,000")]
    public void OfRange_TheRangeAsPlansWriteIt_NeverItsLowerBoundAlone(decimal achieved, decimal minimum, decimal maximum, MeasureWord unit, string chinese, string english)
    {
        Figures.OfRange(achieved, minimum, maximum, unit, Language.Chinese).Should().Be(chinese);
        Figures.OfRange(achieved, minimum, maximum, unit, Language.English).Should().Be(english);
    }

    [Fact]
    public void UnitsDone_OfTheUnitsThatOweIt()
    {
        Figures.UnitsDone(6, 9, Language.Chinese).Should().Be("6 / 9个单位");
        Figures.UnitsDone(6, 9, Language.English).Should().Be("6 of 9 units");
        Figures.UnitsDone(1, 1, Language.English).Should().Be("1 of 1 unit");
    }

    [Fact]
    public void Points_OfATolerance()
        => Figures.Points(0.05m).Should().Be("5");

    [Fact]
    public void Number_UnknownLanguage_ThrowsNamingLanguage()
        => FluentActions.Invoking(() => Figures.Number(1m, (Language)7)).Should().Throw<ArgumentException>().WithParameterName("language");
}

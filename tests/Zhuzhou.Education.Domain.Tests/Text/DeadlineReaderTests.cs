using NodaTime;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class DeadlineReaderTests
{
    private static readonly DateInterval SchoolYear = new(new LocalDate(2018, 9, 1), new LocalDate(2019, 8, 31));
    private static readonly DateInterval ThreeYears = new(new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));

    [Theory]
    [InlineData("秋季开学前完成", "2019-09-01")]
    [InlineData("春季学期启动", "2019-03-01")]
    [InlineData("暑期完成改造", "2019-08-31")]
    [InlineData("上半年完成", "2019-06-30")]
    [InlineData("年底前建成", "2019-12-31")]
    [InlineData("第二季度完成", "2019-06-30")]
    [InlineData("6月底前完成", "2019-06-30")]
    [InlineData("十月十五日前完成", "2019-10-15")]
    [InlineData("“秋季行动”全年推进", null)]
    public void Find_DeadlineWordInTheCalendarYear_GivesItsDate(string sentence, string? expected)
        => Find(sentence, TextFixtures.Year2019).Should().Be(Date(expected));

    [Theory]
    [InlineData("6月底前完成", "2019-06-30")]
    [InlineData("秋季完成", "2018-09-01")]
    [InlineData("12月完成", "2018-12-31")]
    [InlineData("3月1日前完成", "2019-03-01")]
    public void Find_InASchoolYear_GivesTheFirstSuchDateInThePeriod(string sentence, string expected)
        => Find(sentence, SchoolYear).Should().Be(Date(expected));

    [Theory]
    [InlineData("2021年，完成课程普及", "2021-12-31")]
    [InlineData("2021年6月底前完成", "2021-06-30")]
    [InlineData("6月底前完成", "2020-06-30")]
    public void Find_InAMultiYearPlan_ASentenceThatNamesItsYearIsDueInIt(string sentence, string expected)
        => Find(sentence, ThreeYears).Should().Be(Date(expected));

    [Theory]
    [InlineData("6月底前完成", null)]
    [InlineData("2021年，完成课程普及", "2021-12-31")]
    public void Find_WithoutAPeriod_OnlyASentenceThatNamesItsYearHasADeadline(string sentence, string? expected)
        => Find(sentence, null).Should().Be(Date(expected));

    [Fact]
    public void DatedBody_SentenceOpeningWithAYearOfThePeriod_StartsAfterIt()
    {
        var paragraph = TextFixtures.Paragraph("2021年，启动招录", ThreeYears);

        new DeadlineReader(paragraph).DatedBody(0, paragraph.Text.Length).Should().Be(6);
    }

    private static LocalDate? Find(string sentence, DateInterval? period)
    {
        var paragraph = TextFixtures.Paragraph(sentence, period);
        return new DeadlineReader(paragraph).Find(0, sentence.Length, out _);
    }

    private static LocalDate? Date(string? text) => text is null ? null : LocalDate.FromDateTime(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
}

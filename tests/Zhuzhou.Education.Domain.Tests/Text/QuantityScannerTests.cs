using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class QuantityScannerTests
{
    private static readonly System.Buffers.SearchValues<char> NumberStarts = System.Buffers.SearchValues.Create("0123456789一二十百");

    [Theory]
    [InlineData("建设3所学校", 3, null, MeasureWord.Institutions, ComparisonKind.AtLeast)]
    [InlineData("新增2.5万个", 25000, null, MeasureWord.Units, ComparisonKind.AtLeast)]
    [InlineData("投入3亿元", 300000000, null, MeasureWord.Yuan, ComparisonKind.AtLeast)]
    [InlineData("培训1万人次", 10000, null, MeasureWord.PersonTimes, ComparisonKind.AtLeast)]
    [InlineData("建成 120 个以上", 120, null, MeasureWord.Units, ComparisonKind.AtLeast)]
    [InlineData("控制在5%以内", 5, null, MeasureWord.Percent, ComparisonKind.AtMost)]
    [InlineData("不得低于60个学时", 60, null, MeasureWord.Units, ComparisonKind.AtLeast)]
    [InlineData("不得超过45分钟", 45, null, MeasureWord.Minutes, ComparisonKind.AtMost)]
    [InlineData("3000余名", 3000, null, MeasureWord.Persons, ComparisonKind.AtLeast)]
    [InlineData("十余所", 10, null, MeasureWord.Institutions, ComparisonKind.AtLeast)]
    [InlineData("建设10所左右", 10, null, MeasureWord.Institutions, ComparisonKind.Exactly)]
    [InlineData("3—5家", 3, 5.0, MeasureWord.Organisations, ComparisonKind.AtLeast)]
    [InlineData("一两项", 1, 2.0, MeasureWord.Items, ComparisonKind.AtLeast)]
    [InlineData("0.1%-0.3%", 0.1, 0.3, MeasureWord.Percent, ComparisonKind.AtLeast)]
    [InlineData("百分之九十", 90, null, MeasureWord.Percent, ComparisonKind.AtLeast)]
    [InlineData("20兆进牧户", 20, null, MeasureWord.Megabits, ComparisonKind.AtLeast)]
    [InlineData("1000M光纤", 1000, null, MeasureWord.Megabits, ComparisonKind.AtLeast)]
    [InlineData("10G带宽", 10, null, MeasureWord.Gigabits, ComparisonKind.AtLeast)]
    [InlineData("300支以上", 300, null, MeasureWord.Teams, ComparisonKind.AtLeast)]
    public void TryScan_Quantity_ReadsValueRangeMeasureWordAndBound(string text, double value, double? maximum, MeasureWord unit, ComparisonKind bound)
    {
        var start = text.AsSpan().IndexOfAny(NumberStarts);

        QuantityScanner.TryScan(text, start, 0, text.Length, out var quantity, out _).Should().BeTrue();

        (quantity.Value, quantity.Maximum, quantity.Unit, quantity.Bound).Should().Be(((decimal)value, (decimal?)maximum, unit, bound));
    }

    [Theory]
    [InlineData("第3所")]
    [InlineData("5G基站")]
    [InlineData("WP29工作组")]
    [InlineData("统一标准")]
    [InlineData("3个月内")]
    [InlineData("2个百分点")]
    [InlineData("二期工程")]
    [InlineData("一次性奖补")]
    [InlineData("100兆瓦")]
    [InlineData("2019年")]
    public void TryScan_NumberThatIsNoAmount_ReturnsFalse(string text)
    {
        var start = text.AsSpan().IndexOfAny(NumberStarts);

        QuantityScanner.TryScan(text, start, 0, text.Length, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryScan_BoundWords_AreMarkedSoThatAnArticleIsToldFromAnAmount()
    {
        QuantityScanner.TryScan("一批学校", 0, 0, 4, out var article, out _).Should().BeTrue();
        QuantityScanner.TryScan("至少一门课程", 2, 0, 6, out var amount, out _).Should().BeTrue();

        (article.Chinese, article.Bounded, amount.Chinese, amount.Bounded).Should().Be((true, false, true, true));
        amount.PrefixStart.Should().Be(0);
    }
}

using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public class AchievementTests
{
    [Fact]
    public void FromAmount_NegativeCount_ThrowsNamingAmount()
    {
        var act = () => Achievement.FromAmount(-1m, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void FromAmount_NegativeReportCount_Throws()
    {
        var act = () => Achievement.FromAmount(1m, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportCount");
    }

    [Fact]
    public void FromAmount_AmountWithoutReport_Throws()
    {
        var act = () => Achievement.FromAmount(5m, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void FromRatio_ZeroDenominator_Throws()
    {
        var act = () => Achievement.FromRatio(1m, 0m, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void FromEngine_NotFiniteOrTooLarge_ThrowsNamingNumerator(double amount)
    {
        var act = () => Achievement.FromEngine(share: false, amount, 0d, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
    }

    [Fact]
    public void FromEngine_NaNDenominator_ThrowsNamingDenominator()
    {
        var act = () => Achievement.FromEngine(share: true, 1d, double.NaN, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    [Fact]
    public void FromEngine_Share_ConvertsOnceToDecimals()
    {
        var achievement = Achievement.FromEngine(share: true, 3d, 4d, 2);

        achievement.Amount.Should().Be(0.75m);
        achievement.Numerator.Should().Be(3m);
        achievement.Denominator.Should().Be(4m);
        achievement.ReportCount.Should().Be(2);
    }

    [Fact]
    public void FromEngine_NoReport_IsNone()
        => Achievement.FromEngine(share: true, 0d, 0d, 0).Should().Be(Achievement.None);
}

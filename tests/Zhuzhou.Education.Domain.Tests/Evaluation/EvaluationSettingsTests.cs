using NodaTime;
using NodaTime.Testing;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class EvaluationSettingsTests
{
    [Fact]
    public void Default_IsToleranceFivePointsInShanghai()
    {
        EvaluationSettings.Default.Tolerance.Should().Be(0.05m);
        EvaluationSettings.Default.TimeZone.Id.Should().Be("Asia/Shanghai");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1)]
    public void Validate_ToleranceOutOfRange_Throws(double tolerance)
    {
        var settings = new EvaluationSettings { Tolerance = (decimal)tolerance };

        settings.Invoking(s => s.Validate()).Should().Throw<ArgumentException>().WithMessage("*Tolerance must be at least 0 and less than 1*");
    }

    [Fact]
    public void Validate_TwoProblems_ListsBoth()
    {
        var settings = new EvaluationSettings { Tolerance = -1m, TimeZone = null! };

        var message = settings.Invoking(s => s.Validate()).Should().Throw<ArgumentException>().Which.Message;

        message.Should().Contain("- Tolerance").And.Contain("- TimeZone");
    }

    [Fact]
    public void Validate_Valid_DoesNotThrow()
        => new EvaluationSettings { Tolerance = 0m }.Invoking(s => s.Validate()).Should().NotThrow();

    [Fact]
    public void Today_ClockJustBeforeShanghaiMidnight_IsThatDay()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 6, 30, 15, 59));

        EvaluationSettings.Default.Today(clock).Should().Be(new LocalDate(2017, 6, 30));
    }
}

using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Quantities;

public class ComparisonTests
{
    [Fact]
    public void AtLeast_SetsMinimumOnly()
    {
        var c = Comparison.AtLeast(7000m);

        c.Kind.Should().Be(ComparisonKind.AtLeast);
        c.Minimum.Should().Be(7000m);
        c.Maximum.Should().BeNull();
        c.Required.Should().Be(7000m);
        c.ToString().Should().Be("≥7000");
    }

    [Fact]
    public void AtMost_RequiredIsTheMaximum()
    {
        var c = Comparison.AtMost(2m);

        c.Minimum.Should().BeNull();
        c.Required.Should().Be(2m);
        c.ToString().Should().Be("≤2");
    }

    [Fact]
    public void Between_RequiredIsTheLowerBound()
    {
        var c = Comparison.Between(3m, 5m);

        c.Required.Should().Be(3m);
        c.Maximum.Should().Be(5m);
        c.ToString().Should().Be("3–5");
    }

    [Fact]
    public void Exactly_BothBoundsAreTheValue()
    {
        var c = Comparison.Exactly(6m);

        (c.Minimum, c.Maximum).Should().Be((6m, 6m));
        c.ToString().Should().Be("=6");
    }

    [Fact]
    public void Milestone_RequiresOne()
    {
        Comparison.Milestone().Required.Should().Be(1m);
        Comparison.Milestone().ToString().Should().Be("milestone");
    }

    [Fact]
    public void Coverage_RequiresTheShare()
    {
        Comparison.Coverage(1m).Required.Should().Be(1m);
        Comparison.Coverage(0.9m).ToString().Should().Be("coverage 0.9");
    }

    [Fact]
    public void Between_MinimumAboveMaximum_ThrowsNamingMinimum()
    {
        var act = () => Comparison.Between(5m, 3m);

        act.Should().Throw<ArgumentException>().WithParameterName("minimum").WithMessage("Minimum must not exceed maximum.*");
    }

    public static TheoryData<Func<Comparison>, string> NegativeCases => new()
    {
        { () => Comparison.AtLeast(-1m), "minimum" },
        { () => Comparison.AtMost(-1m), "maximum" },
        { () => Comparison.Between(-1m, 2m), "minimum" },
        { () => Comparison.Between(1m, -2m), "maximum" },
        { () => Comparison.Exactly(-3m), "value" },
        { () => Comparison.Coverage(0m), "share" },
        { () => Comparison.Coverage(1.01m), "share" },
        { () => Comparison.Coverage(-0.5m), "share" },
    };

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void Factories_ImpossibleBounds_ThrowNamingTheParameter(Func<Comparison> create, string parameter)
        => create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Equality_ComparesKindAndBounds()
        => EqualityContract.AssertEqualityContract(
            Comparison.Between(3m, 5m),
            Comparison.Between(3.0m, 5m),
            Comparison.Between(3m, 6m),
            Comparison.AtLeast(3m),
            Comparison.Exactly(3m));
}

namespace Zhuzhou.Education.Domain.Tests.Support;

/// <summary>The one shared check of the equality contract (after NodaTime's TestHelper).</summary>
public static class EqualityContract
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> (a separately built copy) with equal
    /// hash codes, and differs from each of <paramref name="unequalValues"/>, through every path of equality.
    /// </summary>
    public static void AssertEqualityContract<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        ReferenceEquals(value, equalValue).Should().BeFalse("the equal value must be a separate instance to test anything");
        value.Equals(equalValue).Should().BeTrue();
        value.Equals((object)equalValue).Should().BeTrue();
        equalValue.Equals(value).Should().BeTrue();
        value.GetHashCode().Should().Be(equalValue.GetHashCode());
        value.Equals(default(T)!).Should().BeFalse();
        foreach (var other in unequalValues)
        {
            value.Equals(other).Should().BeFalse($"{value} should differ from {other}");
            other.Equals(value).Should().BeFalse($"{other} should differ from {value}");
            value.Equals((object)other!).Should().BeFalse();
        }
    }
}

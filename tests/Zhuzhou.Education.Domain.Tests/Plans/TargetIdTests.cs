using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Tests.Plans;

public class TargetIdTests
{
    [Fact]
    public void Parse_ItemDotOrdinal_ReadsBothNumbers()
    {
        var id = TargetId.Parse("14.2");

        (id.Item, id.Ordinal).Should().Be((14, 2));
        id.ToString().Should().Be("14.2");
        id.Should().Be(TargetId.Create(14, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("14.")]
    [InlineData(".2")]
    [InlineData("0.1")]
    [InlineData("1.0")]
    [InlineData("-1.2")]
    [InlineData("1.2.3")]
    [InlineData("a.b")]
    [InlineData(" 1.2")]
    [InlineData("8.1\0")]
    [InlineData("8\0.1")]
    [InlineData("S2.1\0\0")]
    public void TryParse_Malformed_ReturnsFalse(string text)
        => TargetId.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingTheText()
    {
        var act = () => TargetId.Parse("x");

        act.Should().Throw<FormatException>().WithMessage("'x' is not a target id*");
    }

    [Theory]
    [InlineData(0, 1, "item")]
    [InlineData(1, 0, "ordinal")]
    public void Create_NonPositive_ThrowsNamingTheParameter(int item, int ordinal, string parameter)
    {
        var act = () => TargetId.Create(item, ordinal);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Ordering_IsByItemThenOrdinal()
    {
        var ids = new[] { "14.2", "2.1", "14.10", "14.1" }.Select(TargetId.Parse).Order().Select(i => i.ToString());

        ids.Should().Equal("2.1", "14.1", "14.2", "14.10");
        (TargetId.Parse("2.1") < TargetId.Parse("10.1")).Should().BeTrue();
    }

    [Fact]
    public void ForSection_SectionDotOrdinal_IsWrittenWithAnS()
    {
        var id = TargetId.ForSection(2, 3);

        (id.IsSectionLevel, id.Section, id.Item, id.Ordinal).Should().Be((true, 2, 0, 3));
        id.ToString().Should().Be("S2.3");
        TargetId.Parse("S2.3").Should().Be(id);
        id.Should().NotBe(TargetId.Create(2, 3));
    }

    [Theory]
    [InlineData("S")]
    [InlineData("S2")]
    [InlineData("S0.1")]
    [InlineData("SS2.1")]
    [InlineData("s2.1")]
    public void TryParse_MalformedSectionId_ReturnsFalse(string text)
        => TargetId.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData(0, 1, "section")]
    [InlineData(1, 0, "ordinal")]
    public void ForSection_NonPositive_ThrowsNamingTheParameter(int section, int ordinal, string parameter)
    {
        var act = () => TargetId.ForSection(section, ordinal);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Ordering_PutsSectionLevelIdsBeforeItemIds()
        => new[] { TargetId.Create(1, 1), TargetId.ForSection(2, 1), TargetId.ForSection(1, 2), TargetId.ForSection(1, 1) }.Order()
            .Should().Equal(TargetId.ForSection(1, 1), TargetId.ForSection(1, 2), TargetId.ForSection(2, 1), TargetId.Create(1, 1));
}

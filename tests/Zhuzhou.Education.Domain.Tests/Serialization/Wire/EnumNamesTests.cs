using FluentAssertions;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Tests.Serialization.Wire;

public class EnumNamesTests
{
    [Fact]
    public void Name_EveryMeasureWord_ReadsBackAsItself()
    {
        foreach (var word in Enum.GetValues<MeasureWord>())
        {
            var name = WireNames.MeasureWords.Name(word);

            WireNames.MeasureWords.TryParse(name, out var read).Should().BeTrue(name);
            read.Should().Be(word);
        }
    }

    [Fact]
    public void Name_TheTable_GivesTheNameBesideTheMember()
    {
        WireNames.MeasureWords.Name(MeasureWord.PersonTimes).Should().Be("personTimes");
        WireNames.ReportingFrequencies.Name(ReportingFrequency.Quarterly).Should().Be("quarterly");
        WireNames.Statuses.Name(EvaluationStatus.NotAssigned).Should().Be("notAssigned");
    }

    [Fact]
    public void Name_ANumberNoMemberHas_Throws()
    {
        var act = () => WireNames.ReportingFrequencies.Name((ReportingFrequency)99);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*reporting frequency*");
    }

    [Theory]
    [InlineData("Monthly")]
    [InlineData("month")]
    [InlineData("")]
    public void TryParse_ANameNotInTheTable_IsFalse(string name)
    {
        WireNames.ReportingFrequencies.TryParse(name, out var value).Should().BeFalse();
        value.Should().Be(default(ReportingFrequency));
    }

    [Fact]
    public void Names_TheTable_ListsTheNamesInItsOrder()
    {
        WireNames.ReportingFrequencies.Names.Should().Be("monthly, weekly, quarterly, yearly");
    }

    [Fact]
    public void Ctor_AMemberWithoutAName_Throws()
    {
        var act = () => new EnumNames<ReportingFrequency>("reporting frequency", (ReportingFrequency.Monthly, "monthly"));

        act.Should().Throw<InvalidOperationException>().WithMessage("Every reporting frequency needs a wire name.");
    }

    [Fact]
    public void Ctor_ANameGivenTwice_Throws()
    {
        var act = () => new EnumNames<Direction>("direction", (Direction.Ascending, "up"), (Direction.Descending, "up"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*given twice*");
    }

    [Fact]
    public void Ctor_AMemberGivenTwice_Throws()
    {
        var act = () => new EnumNames<Direction>("direction", (Direction.Ascending, "ascending"), (Direction.Ascending, "descending"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*given twice*");
    }
}

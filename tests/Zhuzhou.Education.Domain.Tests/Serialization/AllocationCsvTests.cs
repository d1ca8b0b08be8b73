using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>A 任务分解表 as CSV: allocations and milestone scopes, and every problem at its line.</summary>
public class AllocationCsvTests
{
    private static readonly Plan Plan = SerializationSamples.PlanWithShare();
    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;

    private static ParseResult<Plan> Read(string csv) => AllocationCsv.Read(new StringReader(csv), Plan, Tree);

    [Fact]
    public void Read_ExplicitAmountsByCodeOrName_GivesThePlanWithTheAllocation()
    {
        var result = Read("target,orgUnit,required\n8.1,醴陵市,60\n8.1,430202,40\n");

        result.Diagnostics.Should().BeEmpty();
        var allocation = result.Value.FindTarget("8.1")!.Allocation!;
        allocation.Method.Should().Be(AllocationMethod.Explicit);
        allocation.Parts.Select(p => (p.OrgUnit.Value, p.Amount)).Should().BeEquivalentTo([("430281", 60m), ("430202", 40m)]);
        result.Value.FindTarget("14.1")!.Allocation.Should().BeNull("a target without rows keeps its own");
    }

    [Fact]
    public void Read_WeightsAndAMilestoneLevel_GivesAProportionalSplitAndAScope()
    {
        var result = Read("TARGET,OrgUnit,Required,Weight\n14.1,荷塘区,,3\n14.1,醴陵市,,7\n16.1,各县市区,,\n");

        result.Diagnostics.Should().BeEmpty();
        result.Value.FindTarget("14.1")!.Allocation!.Method.Should().Be(AllocationMethod.Proportional);
        result.Value.FindTarget("16.1")!.Scope.Should().Be(MilestoneScope.EveryUnitAt(OrgUnitLevel.County));
    }

    [Fact]
    public void Load_WithByteOrderMark_IsRead()
    {
        using var stream = new MemoryStream([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes("target,orgUnit,required\n8.1,醴陵市,60\n")]);

        AllocationCsv.Load(stream, Plan, Tree).Value.FindTarget("8.1")!.Allocation!.Parts.Should().ContainSingle();
    }

    [Theory]
    [InlineData("target,orgUnit,required\n8.1,醴陵,60\n", 2, AllocationDiagnosticCodes.UnknownOrgUnit, "Org unit \"醴陵\" is not in the org unit tree of 株洲市.")]
    [InlineData("target,orgUnit,required\n99.1,醴陵市,60\n", 2, AllocationDiagnosticCodes.UnknownTarget, "Target 99.1 is not in the plan")]
    [InlineData("target,orgUnit,required\n8.1,醴陵市,60\n9.1,醴陵市,1\n", 3, AllocationDiagnosticCodes.ShareTarget, "Target 9.1 is a share")]
    [InlineData("target,orgUnit,required\n8.1,醴陵市,60\n8.1,430281,40\n", 3, AllocationDiagnosticCodes.Repeated, "already given on line 2")]
    [InlineData("target,orgUnit,required,weight\n8.1,醴陵市,60,\n8.1,荷塘区,,3\n", 3, AllocationDiagnosticCodes.MixedMethods, "mix required amounts and weights")]
    [InlineData("target,orgUnit,required,weight\n8.1,醴陵市,,\n", 2, AllocationDiagnosticCodes.AmountOrWeight, "not neither")]
    [InlineData("target,orgUnit,required\n16.1,醴陵市,1\n", 2, AllocationDiagnosticCodes.MilestoneAmount, "Target 16.1 is a milestone")]
    [InlineData("target,orgUnit,required\n8.1,county,60\n", 2, AllocationDiagnosticCodes.UnknownOrgUnit, "names a level of units")]
    [InlineData("target,orgUnit,required\n8.1,醴陵市,-5\n", 2, CsvDiagnosticCodes.InvalidNumber, "The required amount '-5' is not a number of at least 0.")]
    [InlineData("target,orgUnit\n8.1,醴陵市\n", 1, CsvDiagnosticCodes.MissingColumns, "The header must be target,orgUnit,required")]
    public void Read_BadRow_IsRefusedWithItsLineAndNoPlan(string csv, int line, string code, string message)
    {
        var result = Read(csv);

        result.Success.Should().BeFalse();
        result.Errors.Should().Contain(d => d.Line == line && d.Code == code && d.Message.Contains(message, StringComparison.Ordinal));
        result.ValueOrDefault.Should().BeNull();
        var chinese = result.Errors.First(d => d.Line == line && d.Code == code).MessageIn(Language.Chinese);
        System.Text.RegularExpressions.Regex.Replace(chinese, @"“[^”]*”|target,orgUnit,required\[,weight\]\[,baseline\]", string.Empty)
            .Should().NotMatchRegex("[A-Za-z]", "the Chinese message is Chinese but for what the file wrote and the header's names");
    }

    [Fact]
    public void Read_SeveralBadRows_ListsEveryProblemInLineOrder()
    {
        var result = Read("target,orgUnit,required\n8.1,醴陵,60\n99.1,醴陵市,1\n9.1,醴陵市,1\n");

        result.Errors.Select(d => d.Line).Should().Equal(2, 3, 4);
    }

    [Fact]
    public void Read_TheSampleTable_AllocatesTheWholeOfEachCount()
    {
        using var file = File.OpenRead(RepositoryPaths.Combine("seeds", "zhuzhou-2017-allocations-sample.csv"));
        var result = AllocationCsv.Load(file, ZhuzhouPlans.Education2017, Tree);

        result.Diagnostics.Should().BeEmpty();
        var places = result.Value.FindTarget("14.2")!;
        places.Allocation!.Parts.Sum(p => p.Amount).Should().Be(places.Comparison.Required, "新增学位2万个 split over the nine county-level units");
        result.Value.FindTarget("13.1")!.Scope.Should().Be(MilestoneScope.EveryUnitAt(OrgUnitLevel.County));
    }

    // A note may hold line breaks (a spreadsheet cell with Alt+Enter): the rows after it start further down.
    [Theory]
    [InlineData("target,orgUnit,required,note\n8.1,醴陵市,60,\"第一行\n第二行\"\n8.1,醴陵,40,\n", 4)]
    [InlineData("target,orgUnit,required,note\r\n8.1,醴陵市,60,\"一\r\n二\r\n三\"\r\n8.1,醴陵,40,\r\n", 5)]
    public void Read_AfterAQuotedLineBreak_NamesTheLineTheRowIsOn(string csv, int line)
    {
        var result = Read(csv);

        result.Errors.Should().ContainSingle(d => d.Code == AllocationDiagnosticCodes.UnknownOrgUnit).Which.Line.Should().Be(line);
    }
}

using System.Text;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Tests.Validation;

/// <summary>The plan check: each rule on a hand-made plan, located in JSON and in text, and on generated plans.</summary>
public partial class PlanCheckTests
{
    private static readonly OrgUnitCode Liling = OrgUnitCode.Parse("430281");
    private static readonly OrgUnitCode Youxian = OrgUnitCode.Parse("430223");

    [Fact]
    public void Check_Education2017_FindsNoError()
        => ZhuzhouPlans.Education2017.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning);

    [Fact]
    public void Check_NumberedInOrder_FindsNothing()
        => Renumbered(SamplePlans.Small()).Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Info);

    [Fact]
    public void Check_SectionsAndItemsOutOfSequence_WarnsAtEachNumber()
    {
        // Sections 二 and 四, items 8, 14, 15, 16: as an excerpt of the 2017 plan is numbered.
        var diagnostics = PlanCheck.Check(SamplePlans.Small());

        diagnostics.Select(d => (d.Code, d.Severity, d.Path)).Should().Equal(
            ("ZV1001", DiagnosticSeverity.Warning, "$.sections[0].number"),
            ("ZV1002", DiagnosticSeverity.Warning, "$.sections[0].items[0].number"),
            ("ZV1001", DiagnosticSeverity.Warning, "$.sections[1].number"),
            ("ZV1002", DiagnosticSeverity.Warning, "$.sections[1].items[0].number"));
        diagnostics[0].Message.Should().Be("Section 2 is out of sequence: 1 belongs here.");
        diagnostics[0].MessageIn(Language.Chinese).Should().Be("部分编号2不连续，此处应为1。");
        diagnostics[3].Message.Should().Be("Item 14 is out of sequence: 9 belongs here.");
    }

    [Theory]
    [InlineData("2018-03-01", "ZV0001", "Target 1.1 (心理咨询师): its deadline 2018-03-01 is outside the plan period 2017-01-01 to 2017-12-31.")]
    [InlineData("2016-12-31", "ZV0001", "Target 1.1 (心理咨询师): its deadline 2016-12-31 is outside the plan period 2017-01-01 to 2017-12-31.")]
    [InlineData("2017-12-31", null, null)]
    public void Check_Deadline_IsInsideThePeriodOrAnError(string deadline, string? code, string? message)
    {
        var plan = OneTarget(Counsellors() with { Deadline = LocalDatePattern(deadline) });

        var errors = PlanCheck.Check(plan).Where(d => d.IsError).ToList();

        errors.Select(d => d.Code).Should().Equal(code is null ? [] : [code]);
        if (message is not null)
        {
            errors[0].Message.Should().Be(message);
            errors[0].Path.Should().Be("$.sections[0].items[0].commitments[0].targets[0].deadline");
        }
    }

    [Fact]
    public void Check_CheckpointAfterThePeriod_IsAnErrorAtTheCheckpoint()
    {
        var plan = OneTarget(Counsellors() with { Schedule = [new(new LocalDate(2017, 6, 30), 0.5m), new(new LocalDate(2018, 1, 31), 1m)] });

        PlanCheck.Check(plan).Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == PlanCheckCodes.CheckpointOutsidePeriod && d.Path == "$.sections[0].items[0].commitments[0].targets[0].schedule[1].date");
    }

    [Fact]
    public void Check_CountWithoutMeasureWord_IsNotMeasurable_AMilestoneIsExplicitlyNot()
    {
        var count = new Target(TargetId.Create(1, 1), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.None);
        var milestone = new Target(TargetId.Create(1, 2), "特殊教育学校秋季入学", Comparison.Milestone(), MeasureWord.None);

        var diagnostics = PlanCheck.Check(OneTarget(count, milestone));

        diagnostics.Should().ContainSingle();
        diagnostics[0].Code.Should().Be(PlanCheckCodes.NotMeasurable);
        diagnostics[0].IsError.Should().BeTrue();
        diagnostics[0].Message.Should().Contain("1.1").And.Contain("≥100").And.Contain("measure word");
    }

    [Theory]
    [InlineData("atLeast0", "ZV1006")]
    [InlineData("between0", "ZV1006")]
    [InlineData("atMostMet", "ZV1007")]
    [InlineData("atLeast0WithBaseline", null)]
    public void Check_TargetCompleteBeforeAnyReport_IsAWarning(string shape, string? code)
    {
        var target = shape switch
        {
            "atLeast0" => new Target(TargetId.Create(1, 1), "学位", Comparison.AtLeast(0m), MeasureWord.Units),
            "between0" => new Target(TargetId.Create(1, 1), "试点校", Comparison.Between(0m, 3m), MeasureWord.Institutions),
            "atMostMet" => new Target(TargetId.Create(1, 1), "辍学人数", Comparison.AtMost(5m), MeasureWord.Persons) { Baseline = 4m },
            _ => new Target(TargetId.Create(1, 1), "学位", Comparison.AtLeast(0m), MeasureWord.Units) { Baseline = 100m },
        };

        PlanCheck.Check(OneTarget(target)).Select(d => (d.Code, d.Severity)).Should().Equal(
            code is null ? [] : [(code, DiagnosticSeverity.Warning)]);
    }

    [Fact]
    public void Check_TargetOrdinalSkips_Warns()
    {
        var plan = OneTarget(Counsellors(), WithId(Counsellors(), TargetId.Create(1, 3)));

        PlanCheck.Check(plan).Should().ContainSingle().Which.Message.Should().Be("Target 1.3 is out of sequence: 1.2 belongs here.");
    }

    [Fact]
    public void Check_EmptySectionEmptyItemNoTargetPublishedLate_Warn()
    {
        var plan = new Plan("株洲市教育局", "计划", SamplePlans.Year2017, new LocalDate(2018, 1, 5), string.Empty,
            [new Section(1, "党建", [new Item(1, "理论学习", [])]), new Section(2, "空部分", [])]);

        PlanCheck.Check(plan).Select(d => d.Code).Should().Equal("ZV1004", "ZV1003", "ZV1008", "ZV1009");
    }

    [Fact]
    public void Check_NoPeriod_IsAnError()
    {
        var small = Renumbered(SamplePlans.Small());
        var plan = new Plan(small.Issuer, small.Title, null, small.Published, small.Preamble, small.Sections);

        PlanCheck.Check(plan).Should().ContainSingle().Which.Code.Should().Be(PlanCheckCodes.NoPeriod);
    }

    [Fact]
    public void Check_AllocationsAddingUp_FindsNothing()
    {
        var plan = Allocated((Liling, 12000m), (Youxian, 8000m));

        PlanCheck.Check(plan, new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 }).Should().BeEmpty();
    }

    [Fact]
    public void Check_AllocationsNotAddingUp_NameTheTargetTheUnitsAndTheArithmetic()
    {
        var plan = Allocated((Liling, 12000m), (Youxian, 5000m));

        var diagnostics = PlanCheck.Check(plan, new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 });
        PlanCheck.Check(plan, PlanCheckOptions.Default).Should().BeEmpty("without the org units the allocation is not checked");

        diagnostics.Should().ContainSingle();
        diagnostics[0].Code.Should().Be(PlanCheckCodes.AllocationsDoNotAddUp);
        diagnostics[0].Message.Should().Be(
            "Target 1.1 (学位): the allocations to the units beneath 430200 株洲市 do not add up to its amount: 430223 攸县 5000 + 430281 醴陵市 12000 = 17000, not 20000.");
        diagnostics[0].MessageIn(Language.Chinese).Should().Be(
            "指标1.1（学位）分解到430200 株洲市下属单位的任务量合计与其任务量不符：430223 攸县 5000 + 430281 醴陵市 12000 = 17000，应为20000。");
    }

    [Fact]
    public void Check_AllocationToAUnitNotInTheTree_IsAnError()
    {
        var plan = Allocated((OrgUnitCode.Parse("999999"), 20000m));

        PlanCheck.Check(plan, new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 })
            .Select(d => d.Code).Should().Equal(PlanCheckCodes.AllocationOfUnknownOrgUnit);
    }

    [Fact]
    public void CheckAllocationOrgUnits_UnknownUnitsOrOtherProblems_TheCheckOfThatRuleAlone()
    {
        var unknown = Allocated((OrgUnitCode.Parse("999999"), 1m), (Liling, 2m), (OrgUnitCode.Parse("888888"), 3m));
        var notAddingUp = Allocated((Liling, 12000m), (Youxian, 5000m));
        var options = new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 };

        var alone = PlanCheck.CheckAllocationOrgUnits(unknown, ZhuzhouOrgUnits.Tree2017);

        alone.Select(d => d.ToString() + d.MessageIn(Language.Chinese)).Should().Equal(
            PlanCheck.Check(unknown, options).Where(d => d.Code == PlanCheckCodes.AllocationOfUnknownOrgUnit).Select(d => d.ToString() + d.MessageIn(Language.Chinese)));
        alone.Should().HaveCount(2);
        alone[0].Message.Should().Contain("888888");
        PlanCheck.Check(notAddingUp, options).Should().ContainSingle();
        PlanCheck.CheckAllocationOrgUnits(notAddingUp, ZhuzhouOrgUnits.Tree2017).Should().BeEmpty();
    }

    [Fact]
    public void Check_ProportionalAllocation_AddsUpByItsRounding()
    {
        var target = Places().Targets[0] with { Allocation = Allocation.Proportional([new AllocationPart(Liling, 1m), new AllocationPart(Youxian, 2m)]) };

        PlanCheck.Check(Places().WithTargets([target]), new PlanCheckOptions { OrgUnits = ZhuzhouOrgUnits.Tree2017 }).Should().BeEmpty();
    }

    // The plan of Places() with 1.1 allocated explicitly (任务分解) to the units given.
    private static Plan Allocated(params (OrgUnitCode Unit, decimal Amount)[] parts)
        => Places().WithTargets([Places().Targets[0] with { Allocation = Allocation.Explicit(parts.Select(p => new AllocationPart(p.Unit, p.Amount))) }]);

    [Fact]
    public void File_Json_PlacesEachProblemAtItsLineAndColumn()
    {
        var json = PlanJson.Serialize(OneTarget(Counsellors() with { Deadline = new LocalDate(2018, 3, 1) }));

        var result = PlanCheck.File(Encoding.UTF8.GetBytes(json));

        result.Success.Should().BeFalse();
        var error = result.Should().HaveDiagnostic(PlanCheckCodes.DeadlineOutsidePeriod).Which;
        var line = json.Split('\n')[error.Line!.Value - 1];
        line.Should().Contain("\"deadline\": \"2018-03-01\"");
        line[(error.Column!.Value - 1)..].Should().StartWith("\"2018-03-01\"");
    }

    [Fact]
    public void File_Text_PlacesTheProblemWhereTheTargetsWordsAre()
    {
        var text = "株洲市教育局2017年工作要点\n\n一、着力提高教育质量\n\n1.提高学生心理素质。培训100名心理咨询师。\n\n三、统筹发展各类教育\n\n2.统筹发展城乡教育。新增学位2万个。\n";

        var result = PlanCheck.File(Encoding.UTF8.GetBytes(text));

        result.Success.Should().BeTrue();
        var warning = result.Should().HaveDiagnostic(PlanCheckCodes.SectionNumberSkips).Which;
        (warning.Line, warning.Column).Should().Be((7, 3), "the section's title 统筹发展各类教育 starts there");
    }

    [Fact]
    public void File_MalformedJson_GivesTheReadersErrorAndNoPlan()
    {
        var result = PlanCheck.File("{\"schema\": \"zedu.plan/2\", \"issuer\": "u8);

        result.Success.Should().BeFalse();
        result.Errors.Should().Contain(d => d.Code == JsonDiagnosticCodes.MalformedJson && d.Line != null);
    }

    [Fact]
    public void Check_PlansFor2017_PassTheCheck()
        => PlanGen.PlanFor2017.Sample(plan => plan.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning), iter: 200);

    [Fact]
    public void File_AnyPlansJson_GivesTheCheckOfThePlanEachProblemLocated()
        => PlanGen.Plan.Sample(plan =>
        {
            var json = Encoding.UTF8.GetBytes(PlanJson.Serialize(plan));
            var file = PlanCheck.File(json);
            var check = PlanCheck.Check(plan);
            return file.Diagnostics.Select(d => (d.Code, d.Path)).SequenceEqual(check.Select(d => (d.Code, d.Path)))
                && file.Diagnostics.All(d => d.Line is not null)
                && file.Success == !check.Any(d => d.IsError);
        }, iter: 200);

    private static TargetId PlacesId => TargetId.Create(1, 1);

    private static Target Counsellors() => WithId(SamplePlans.Counsellors(), TargetId.Create(1, 1));

    private static Plan Places() => OneTarget(WithId(SamplePlans.SchoolPlaces(), PlacesId));

    private static Plan OneTarget(params Target[] targets)
        => new("株洲市教育局", "株洲市教育局2017年工作要点", SamplePlans.Year2017, null, string.Empty,
            [new Section(1, "着力提高教育质量", [new Item(1, "提高学生心理素质", [new Commitment("举措", targets)])])]);

    private static Target WithId(Target t, TargetId id) => new(id, t.Subject, t.Comparison, t.Unit)
    {
        Text = t.Text,
        TimeAggregation = t.TimeAggregation,
        Baseline = t.Baseline,
        Deadline = t.Deadline,
        Schedule = t.Schedule,
        Stages = t.Stages,
    };

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    // The small plan numbered 1, 2 and 1 to 4, its targets renamed after their items.
    private static Plan Renumbered(Plan plan)
    {
        var item = 0;
        return new Plan(plan.Issuer, plan.Title, plan.Period, plan.Published, plan.Preamble, plan.Sections.Select((s, i) =>
            new Section(i + 1, s.Title, s.Items.Select(it =>
            {
                var number = ++item;
                return new Item(number, it.Title, it.Commitments.Select(c =>
                    new Commitment(c.Text, c.Targets.Select(t => WithId(t, TargetId.Create(number, t.Id.Ordinal))))));
            }))));
    }
}

using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Plans;

public class TargetTests
{
    private static readonly TargetId Id = TargetId.Create(8, 1);

    [Fact]
    public void Constructor_Defaults_AreLevelSumAscendingMonthlyWeightOne()
    {
        var target = new Target(Id, "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons);

        target.TimeAggregation.Should().Be(TimeAggregation.Level);
        target.OrgUnitAggregation.Should().Be(OrgUnitAggregation.Sum);
        target.Direction.Should().Be(Direction.Ascending);
        target.ReportingFrequency.Should().Be(ReportingFrequency.Monthly);
        target.Weight.Should().Be(1m);
        target.Baseline.Should().BeNull();
        target.Deadline.Should().BeNull();
        target.Schedule.Should().BeEmpty();
        target.Stages.Should().BeEmpty();
        target.ToString().Should().Be("8.1 心理咨询师 ≥100名");
    }

    [Fact]
    public void Constructor_CoverageOrPercent_DefaultsToRatioAggregation()
    {
        new Target(Id, "学生", Comparison.Coverage(1m), MeasureWord.None).OrgUnitAggregation.Should().Be(OrgUnitAggregation.Ratio);
        new Target(Id, "毛入园率", Comparison.AtLeast(85m), MeasureWord.Percent).OrgUnitAggregation.Should().Be(OrgUnitAggregation.Ratio);
    }

    [Fact]
    public void Constructor_AtMost_DefaultsToDescending()
        => new Target(Id, "辍学率", Comparison.AtMost(1m), MeasureWord.Percent).Direction.Should().Be(Direction.Descending);

    [Fact]
    public void Constructor_BlankSubject_ThrowsNamingSubject()
    {
        var act = () => new Target(Id, " ", Comparison.AtLeast(1m), MeasureWord.Units);

        act.Should().Throw<ArgumentException>().WithParameterName("subject");
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsNamingId()
    {
        var act = () => new Target(default, "学位", Comparison.AtLeast(1m), MeasureWord.Units);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_NullComparison_ThrowsNamingComparison()
    {
        var act = () => new Target(Id, "学位", null!, MeasureWord.Units);

        act.Should().Throw<ArgumentNullException>().WithParameterName("comparison");
    }

    public static TheoryData<Func<Target>, string> InvalidInitialisers => new()
    {
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Weight = 0m }, "Weight" },
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Baseline = -5m }, "Baseline" },
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Text = "" }, "Text" },
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { TimeAggregation = (TimeAggregation)42 }, "TimeAggregation" },
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Direction = (Direction)9 }, "Direction" },
        { () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Stages = [new MilestoneStage("已完成", 1m)] }, "Stages" },
        { () => new Target(Id, "x", Comparison.Milestone(), MeasureWord.None) { Stages = [new MilestoneStage("a", 0.5m), new MilestoneStage("a", 1m)] }, "Stages" },
        { () => new Target(Id, "x", Comparison.Milestone(), MeasureWord.None) { Stages = [new MilestoneStage("a", 0.6m), new MilestoneStage("b", 0.3m)] }, "Stages" },
        { () => new Target(Id, "x", Comparison.Milestone(), MeasureWord.None) { Stages = [new MilestoneStage("a", 0.6m)] }, "Stages" },
        {
            () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units)
            {
                Schedule = [new Checkpoint(new LocalDate(2017, 6, 30), 0.5m), new Checkpoint(new LocalDate(2017, 3, 31), 0.2m)],
            },
            "Schedule"
        },
        {
            () => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units)
            {
                Schedule = [new Checkpoint(new LocalDate(2017, 3, 31), 0.5m), new Checkpoint(new LocalDate(2017, 6, 30), 0.2m)],
            },
            "Schedule"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidInitialisers))]
    public void Initialisers_InvalidValue_ThrowNamingTheProperty(Func<Target> create, string property)
        => create.Should().Throw<ArgumentException>().WithParameterName(property);

    [Fact]
    public void Stages_ValidStages_AreKeptAndFoundByName()
    {
        var target = new Target(Id, "特殊教育学校", Comparison.Milestone(), MeasureWord.None)
        {
            Stages = [new("未启动", 0m), new("已启动", 0.3m), new("推进中", 0.6m), new("已完成", 1m)],
        };

        target.Stages.Select(s => s.Name).Should().Equal("未启动", "已启动", "推进中", "已完成");
        target.FindStage("推进中")!.Completion.Should().Be(0.6m);
        target.FindStage("不存在").Should().BeNull();
    }

    [Fact]
    public void Equality_IsStructuralIncludingCollections()
    {
        Target Build(decimal second) => new(Id, "x", Comparison.Milestone(), MeasureWord.None)
        {
            Stages = [new("开始", 0.3m), new("完成", 1m)],
            Schedule = [new Checkpoint(new LocalDate(2017, 6, 30), second)],
        };

        EqualityContract.AssertEqualityContract(
            Build(0.5m),
            Build(0.5m),
            Build(0.6m),
            Build(0.5m) with { Weight = 2m },
            Build(0.5m) with { Deadline = new LocalDate(2017, 9, 1) });
    }

    [Fact]
    public void MilestoneStage_CompletionOutsideZeroToOne_Throws()
    {
        var act = () => new MilestoneStage("x", 1.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("completion");
    }

    [Fact]
    public void Checkpoint_ExpectedOutsideZeroToOne_Throws()
    {
        var act = () => new Checkpoint(new LocalDate(2017, 6, 30), -0.1m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expected");
    }

    [Theory]
    [InlineData(2016, null)]
    [InlineData(2018, 2016)]
    public void DocumentReference_BadYears_Throw(int? from, int? to)
    {
        var act = () => new DocumentReference("《株洲市中小学心理健康教育行动计划》", from, to);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Schedule_DefaultArray_IsTreatedAsEmpty()
        => new Target(Id, "x", Comparison.AtLeast(1m), MeasureWord.Units) { Schedule = default }.Schedule.Should().BeEmpty();

    [Fact]
    public void With_ChangesOnlyWhatIsSaid()
    {
        var original = SamplePlans.Counsellors();
        var changed = original with { Deadline = new LocalDate(2017, 12, 31) };

        changed.Id.Should().Be(original.Id);
        changed.Text.Should().Be(original.Text);
        changed.Should().NotBe(original);
        original.Deadline.Should().BeNull();
        ImmutableArray<Checkpoint> empty = [];
        changed.Schedule.Should().Equal(empty);
    }

    [Fact]
    public void PerMember_OnACoverageTarget_IsKeptAndShown()
    {
        var target = new Target(TargetId.Parse("6.1"), "艺术项目", Comparison.Coverage(1m), MeasureWord.Items) { PerMember = Comparison.Between(1m, 2m) };

        target.PerMember.Should().Be(Comparison.Between(1m, 2m));
        target.ToString().Should().Be("6.1 艺术项目 coverage 1 each 1–2项");
        target.Should().NotBe(target with { PerMember = Comparison.AtLeast(1m) });
    }

    [Fact]
    public void PerMember_OnATargetThatIsNoCoverage_Throws()
    {
        var act = () => new Target(TargetId.Parse("8.1"), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons) { PerMember = Comparison.AtLeast(1m) };

        act.Should().Throw<ArgumentException>().WithParameterName("PerMember");
    }

    [Fact]
    public void PerMember_AMilestone_Throws()
    {
        var act = () => new Target(TargetId.Parse("6.1"), "艺术项目", Comparison.Coverage(1m), MeasureWord.Items) { PerMember = Comparison.Milestone() };

        act.Should().Throw<ArgumentException>().WithParameterName("PerMember");
    }
}

using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// A target (指标): a measurable commitment — what is counted, how it is compared with what the plan requires,
/// how reports combine, and by when.
/// </summary>
/// <remarks>
/// <para>Created with the required parts in the constructor and the optional ones with initialisers, each
/// validated as it is set:
/// <c>new Target(TargetId.Parse("8.1"), "心理咨询师", Comparison.AtLeast(100), MeasureWord.Persons) { Deadline = … }</c>.</para>
/// <para>Equality is structural over every property (collections element by element).
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record Target
{
    private readonly string? text;
    private readonly decimal? baseline;
    private readonly decimal weight = 1m;
    private readonly ImmutableArray<Checkpoint> schedule = [];
    private readonly ImmutableArray<MilestoneStage> stages = [];
    private readonly TimeAggregation timeAggregation;
    private readonly OrgUnitAggregation orgUnitAggregation;
    private readonly Direction direction;
    private readonly ReportingFrequency reportingFrequency;
    private readonly Allocation? allocation;
    private readonly MilestoneScope scope = MilestoneScope.Issuer;
    private readonly Comparison? perMember;

    /// <summary>Creates a target.</summary>
    /// <param name="id">The stable id, e.g. 8.1.</param>
    /// <param name="subject">What is counted, e.g. "心理咨询师".</param>
    /// <param name="comparison">What the plan requires.</param>
    /// <param name="unit">The measure word of the amounts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is blank or <paramref name="unit"/> is undefined.</exception>
    public Target(TargetId id, string subject, Comparison comparison, MeasureWord unit)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "Target id must be set.");
        Preconditions.CheckArgument(Enum.IsDefined(unit), nameof(unit), "Unknown measure word.");
        Id = id;
        Subject = Preconditions.CheckNotBlank(subject);
        Comparison = Preconditions.CheckNotNull(comparison);
        Unit = unit;
        if (comparison.Kind is ComparisonKind.Coverage || unit == MeasureWord.Percent)
        {
            orgUnitAggregation = OrgUnitAggregation.Ratio;
        }

        if (comparison.Kind is ComparisonKind.AtMost)
        {
            direction = Direction.Descending;
        }
    }

    /// <summary>The stable id, e.g. 14.2.</summary>
    public TargetId Id { get; }

    /// <summary>What is counted, e.g. "学位" or "心理咨询师".</summary>
    public string Subject { get; }

    /// <summary>What the plan requires.</summary>
    public Comparison Comparison { get; }

    /// <summary>The measure word of the amounts.</summary>
    public MeasureWord Unit { get; }

    /// <summary>The words of the plan that state the target, e.g. "培训100名心理咨询师"; null when not from text.</summary>
    /// <exception cref="ArgumentException">Set to a blank string.</exception>
    public string? Text
    {
        get => text;
        init => text = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Text));
    }

    /// <summary>
    /// What each member of the covered population must reach, for a coverage target that says so (每位学生 …):
    /// "每位学生爱好1-2项艺术项目" covers every student, each with between 1 and 2 项 (in <see cref="Unit"/>);
    /// "每个学生掌握1项以上运动技能" each with at least 1. Null for other targets. A member who reaches it counts in the
    /// covered share; the share is what is reported and evaluated.
    /// </summary>
    /// <exception cref="ArgumentException">Set on a target that is not a coverage target, or to a milestone or coverage
    /// comparison.</exception>
    public Comparison? PerMember
    {
        get => perMember;
        init
        {
            if (value is not null)
            {
                Preconditions.CheckArgument(Comparison.Kind == ComparisonKind.Coverage, nameof(PerMember), "Only a coverage target has a per-member requirement.");
                Preconditions.CheckArgument(value.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage), nameof(PerMember), "A per-member requirement is an amount: at least, at most, between or exactly.");
            }

            perMember = value;
        }
    }

    /// <summary>
    /// How one org unit's reports combine across time. Defaults to <see cref="TimeAggregation.Level"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public TimeAggregation TimeAggregation
    {
        get => timeAggregation;
        init => timeAggregation = Defined(value, nameof(TimeAggregation));
    }

    /// <summary>
    /// How org units' values combine. Defaults to <see cref="OrgUnitAggregation.Ratio"/> for coverage and
    /// percentage targets, otherwise <see cref="OrgUnitAggregation.Sum"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public OrgUnitAggregation OrgUnitAggregation
    {
        get => orgUnitAggregation;
        init
        {
            orgUnitAggregation = Defined(value, nameof(OrgUnitAggregation));
            CheckAllocation(allocation, nameof(OrgUnitAggregation));
        }
    }

    /// <summary>Which way the value improves. Defaults to descending for at-most targets, else ascending.</summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public Direction Direction
    {
        get => direction;
        init => direction = Defined(value, nameof(Direction));
    }

    /// <summary>How often org units are expected to report. Defaults to monthly.</summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public ReportingFrequency ReportingFrequency
    {
        get => reportingFrequency;
        init => reportingFrequency = Defined(value, nameof(ReportingFrequency));
    }

    /// <summary>
    /// The value at the start, where the target is measured against one: growth targets ("新增学位2万个")
    /// count what was added since the baseline, at-most targets improve from it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public decimal? Baseline
    {
        get => baseline;
        init
        {
            baseline = value is null ? null : Preconditions.CheckNonNegative(value.Value, nameof(Baseline));
            CheckAllocation(allocation, nameof(Baseline));
        }
    }

    /// <summary>
    /// Who owes what of the target (任务分解): an explicit amount per org unit, or weights to split it by; null (the
    /// default) when the issuer alone owes it, and a county owes nothing of it. Only counts are allocated.
    /// </summary>
    /// <exception cref="ArgumentException">Set on a milestone (which has a <see cref="Scope"/>) or a share (coverage,
    /// percentages: they apply to every unit alike); set to a proportional allocation on an at-most target or a target
    /// with a baseline (a baseline is never split); or set to an explicit allocation whose parts give baselines when
    /// the target has none, or lack them when it has one.</exception>
    public Allocation? Allocation
    {
        get => allocation;
        init => allocation = CheckAllocation(value, nameof(Allocation));
    }

    /// <summary>
    /// For a milestone, who owes it: the issuer (the default, <see cref="MilestoneScope.Issuer"/>) or every unit of a
    /// level. Always the issuer for other targets.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a scope other than the issuer's on a target that is not a milestone.</exception>
    public MilestoneScope Scope
    {
        get => scope;
        init
        {
            Preconditions.CheckNotNull(value, nameof(Scope));
            Preconditions.CheckArgument(value == MilestoneScope.Issuer || Comparison.Kind == ComparisonKind.Milestone, nameof(Scope), "Only a milestone is owed by a scope of units; other targets are allocated.");
            scope = value;
        }
    }

    /// <summary>The date by which the target is due, if the plan gives one (e.g. 秋季 → 2017-09-01).</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>The target's weight within its item; positive, 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public decimal Weight
    {
        get => weight;
        init => weight = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Weight), value, "Weight must be positive.");
    }

    /// <summary>
    /// The target's own schedule, as checkpoints in date order with non-decreasing expected completion;
    /// empty (the default) means progress is expected linearly over the plan period.
    /// </summary>
    /// <exception cref="ArgumentException">Set to checkpoints out of order, on the same date, or with falling expectations.</exception>
    public ImmutableArray<Checkpoint> Schedule
    {
        get => schedule;
        init => schedule = ValidateSchedule(value);
    }

    /// <summary>
    /// The stages of a staged milestone in order, e.g. 未启动 0, 已启动 0.3, 推进中 0.6, 已完成 1;
    /// empty (the default) for a done/not-done milestone and for every other kind of target.
    /// </summary>
    /// <exception cref="ArgumentException">Set on a target that is not a milestone, with repeated names, with falling completions, or without a final stage of 1.</exception>
    public ImmutableArray<MilestoneStage> Stages
    {
        get => stages;
        init => stages = ValidateStages(value);
    }

    /// <summary>Finds a stage of a staged milestone by its name.</summary>
    /// <param name="name">The stage name, e.g. "已启动".</param>
    /// <returns>The stage, or null when the target has no stage of that name.</returns>
    public MilestoneStage? FindStage(string name)
    {
        foreach (var stage in stages)
        {
            if (string.Equals(stage.Name, name, StringComparison.Ordinal))
            {
                return stage;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Target? other)
        => other is not null
            && Id == other.Id
            && Subject == other.Subject
            && Comparison == other.Comparison
            && perMember == other.perMember
            && Unit == other.Unit
            && text == other.text
            && timeAggregation == other.timeAggregation
            && orgUnitAggregation == other.orgUnitAggregation
            && direction == other.direction
            && reportingFrequency == other.reportingFrequency
            && baseline == other.baseline
            && Deadline == other.Deadline
            && weight == other.weight
            && Sequences.Equal(schedule, other.schedule)
            && Sequences.Equal(stages, other.stages)
            && allocation == other.allocation
            && scope == other.scope;

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Id, Subject, Comparison, Unit, baseline, Deadline, Sequences.Hash(schedule), Sequences.Hash(stages));

    /// <summary>"8.1 心理咨询师 ≥100名"; "6.1 艺术项目 coverage 1 each 1–2项" with a per-member requirement.</summary>
    /// <returns>The target's short form.</returns>
    public override string ToString()
        => $"{Id} {Subject} {Comparison}{(perMember is null ? string.Empty : " each " + perMember)}{MeasureWords.ToChinese(Unit)}";

    private static T Defined<T>(T value, string name)
        where T : struct, Enum
    {
        Preconditions.CheckArgument(Enum.IsDefined(value), name, $"Unknown {name} value {value}.");
        return value;
    }

    // Checked from each property it depends on, so that the order of the initialisers never matters.
    private Allocation? CheckAllocation(Allocation? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        Preconditions.CheckArgument(Comparison.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage) && orgUnitAggregation != OrgUnitAggregation.Ratio, name,
            $"Target {Id} is a {(Comparison.Kind == ComparisonKind.Milestone ? "milestone, owed by its scope" : "share, which applies to every unit alike")}: it takes no allocation.");
        if (value.Method == AllocationMethod.Proportional)
        {
            Preconditions.CheckArgument(Comparison.Kind != ComparisonKind.AtMost && baseline is null, name,
                $"Target {Id} {(baseline is null ? "is an at-most target" : "has a baseline")}: a baseline is never split, so it takes an explicit allocation with each unit's own baseline, not a proportional one.");
        }
        else
        {
            var withBaseline = value.Parts.Count(p => p.Baseline is not null);
            Preconditions.CheckArgument(baseline is null ? withBaseline == 0 : withBaseline == value.Parts.Length, name, baseline is null
                ? $"Target {Id} has no baseline, so its allocation's parts give none."
                : $"Target {Id} has a baseline, which is never split: every part of its allocation gives the unit's own baseline.");
        }

        return value;
    }

    private static ImmutableArray<Checkpoint> ValidateSchedule(ImmutableArray<Checkpoint> value)
    {
        var checkpoints = value.IsDefault ? [] : value;
        for (var i = 0; i < checkpoints.Length; i++)
        {
            Preconditions.CheckArgument(checkpoints[i] is not null, nameof(Schedule), $"Checkpoint {i} must not be null.");
            if (i > 0)
            {
                Preconditions.CheckArgument(checkpoints[i].Date > checkpoints[i - 1].Date, nameof(Schedule), "Checkpoints must be in strictly increasing date order.");
                Preconditions.CheckArgument(checkpoints[i].Expected >= checkpoints[i - 1].Expected, nameof(Schedule), "Expected completion must not fall from one checkpoint to the next.");
            }
        }

        return checkpoints;
    }

    private ImmutableArray<MilestoneStage> ValidateStages(ImmutableArray<MilestoneStage> value)
    {
        var list = value.IsDefault ? [] : value;
        if (list.IsEmpty)
        {
            return list;
        }

        Preconditions.CheckArgument(Comparison.Kind == ComparisonKind.Milestone, nameof(Stages), "Only a milestone target can have stages.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(Stages), $"Stage {i} must not be null.");
            Preconditions.CheckArgument(names.Add(list[i].Name), nameof(Stages), $"Stage name '{list[i].Name}' is repeated.");
            Preconditions.CheckArgument(i == 0 || list[i].Completion > list[i - 1].Completion, nameof(Stages), "Stage completions must rise strictly from one stage to the next.");
        }

        var dated = list.Where(s => s.Date is not null).Select(s => s.Date!.Value).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            Preconditions.CheckArgument(dated[i] > dated[i - 1], nameof(Stages), "Stage dates must rise strictly from one stage to the next.");
        }

        Preconditions.CheckArgument(list[^1].Completion == 1m, nameof(Stages), "The last stage must stand for completion 1.");
        return list;
    }
}

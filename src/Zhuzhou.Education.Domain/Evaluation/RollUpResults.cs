using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// How many targets (指标) are in each status, and the count-based rate (达标率: targets achieved or exceeded
/// / targets) that supervisors publish.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct StatusCounts
{
    private readonly int notStarted;
    private readonly int behind;
    private readonly int onTrack;
    private readonly int achieved;
    private readonly int exceeded;
    private readonly int overdue;

    /// <summary>Targets not started.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int NotStarted
    {
        get => notStarted;
        init => notStarted = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(NotStarted), value, "A count must not be negative.");
    }

    /// <summary>Targets behind schedule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int Behind
    {
        get => behind;
        init => behind = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Behind), value, "A count must not be negative.");
    }

    /// <summary>Targets on track.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int OnTrack
    {
        get => onTrack;
        init => onTrack = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(OnTrack), value, "A count must not be negative.");
    }

    /// <summary>Targets achieved.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int Achieved
    {
        get => achieved;
        init => achieved = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Achieved), value, "A count must not be negative.");
    }

    /// <summary>Targets exceeded (超额完成).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int Exceeded
    {
        get => exceeded;
        init => exceeded = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Exceeded), value, "A count must not be negative.");
    }

    /// <summary>Targets overdue.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int Overdue
    {
        get => overdue;
        init => overdue = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Overdue), value, "A count must not be negative.");
    }

    /// <summary>All targets counted.</summary>
    public int Total => NotStarted + Behind + OnTrack + Achieved + Exceeded + Overdue;

    /// <summary>Targets complete: achieved or exceeded.</summary>
    public int Complete => Achieved + Exceeded;

    /// <summary>The count-based rate: complete targets / all targets; null when there is no target.</summary>
    public decimal? AchievedRate => Total == 0 ? null : (decimal)Complete / Total;

    /// <summary>The number of targets in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public int this[EvaluationStatus status] => status switch
    {
        EvaluationStatus.NotStarted => NotStarted,
        EvaluationStatus.Behind => Behind,
        EvaluationStatus.OnTrack => OnTrack,
        EvaluationStatus.Achieved => Achieved,
        EvaluationStatus.Exceeded => Exceeded,
        EvaluationStatus.Overdue => Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Counts statuses.</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A status is undefined.</exception>
    public static StatusCounts Of(IEnumerable<EvaluationStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var counts = new int[6];
        foreach (var status in statuses)
        {
            if (!Enum.IsDefined(status))
            {
                throw new ArgumentOutOfRangeException(nameof(statuses), status, "Unknown status.");
            }

            counts[(int)status]++;
        }

        return new StatusCounts
        {
            NotStarted = counts[0],
            Behind = counts[1],
            OnTrack = counts[2],
            Achieved = counts[3],
            Exceeded = counts[4],
            Overdue = counts[5],
        };
    }

    /// <summary>Adds counts up.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static StatusCounts Sum(IEnumerable<StatusCounts> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sum = default(StatusCounts);
        foreach (var c in counts)
        {
            sum += c;
        }

        return sum;
    }

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sums.</returns>
    public static StatusCounts operator +(StatusCounts left, StatusCounts right) => new()
    {
        NotStarted = left.NotStarted + right.NotStarted,
        Behind = left.Behind + right.Behind,
        OnTrack = left.OnTrack + right.OnTrack,
        Achieved = left.Achieved + right.Achieved,
        Exceeded = left.Exceeded + right.Exceeded,
        Overdue = left.Overdue + right.Overdue,
    };

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sums.</returns>
    public static StatusCounts Add(StatusCounts left, StatusCounts right) => left + right;

    /// <summary>"3/10 complete (achieved 2, exceeded 1, on track 4, behind 1, not started 1, overdue 1)".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Complete}/{Total} complete (achieved {Achieved}, exceeded {Exceeded}, on track {OnTrack}, behind {Behind}, not started {NotStarted}, overdue {Overdue})");
}

/// <summary>The roll-up of an item (要点): its targets' evaluations and their weighted mean.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ItemRollUp
{
    internal ItemRollUp(Item item, ImmutableArray<TargetEvaluation> targets, decimal? completion, decimal? expectedProgress, StatusCounts counts, EvaluationStatus? status)
    {
        Item = item;
        Targets = targets;
        Completion = completion;
        ExpectedProgress = expectedProgress;
        Counts = counts;
        Status = status;
    }

    /// <summary>The item.</summary>
    public Item Item { get; }

    /// <summary>The evaluations of its targets, in the item's order.</summary>
    public ImmutableArray<TargetEvaluation> Targets { get; }

    /// <summary>Whether the item has a measurable target (and so a completion).</summary>
    public bool IsMeasurable => Completion.HasValue;

    /// <summary>The weighted mean of its targets' completions (完成率); null when it has no target.</summary>
    public decimal? Completion { get; }

    /// <summary>The weighted mean of its targets' expected progress (序时进度); null when it has no target.</summary>
    public decimal? ExpectedProgress { get; }

    /// <summary>Its targets counted per status.</summary>
    public StatusCounts Counts { get; }

    /// <summary>The item's status; null when it has no target.</summary>
    public EvaluationStatus? Status { get; }
}

/// <summary>The roll-up of a section (一、…): its items and the weighted mean of the measurable ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SectionRollUp
{
    internal SectionRollUp(Section section, ImmutableArray<ItemRollUp> items, decimal? completion, decimal? expectedProgress, StatusCounts counts, EvaluationStatus? status)
    {
        Section = section;
        Items = items;
        Completion = completion;
        ExpectedProgress = expectedProgress;
        Counts = counts;
        Status = status;
    }

    /// <summary>The section.</summary>
    public Section Section { get; }

    /// <summary>Every item's roll-up, in order, measurable or not.</summary>
    public ImmutableArray<ItemRollUp> Items { get; }

    /// <summary>The weighted mean of its measurable items' completions; null when none is measurable.</summary>
    public decimal? Completion { get; }

    /// <summary>The weighted mean of its measurable items' expected progress; null when none is measurable.</summary>
    public decimal? ExpectedProgress { get; }

    /// <summary>Its targets counted per status.</summary>
    public StatusCounts Counts { get; }

    /// <summary>The section's status; null when no item is measurable.</summary>
    public EvaluationStatus? Status { get; }
}

/// <summary>The roll-up of a plan (工作要点): its sections and the weighted mean of the measurable ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanRollUp
{
    internal PlanRollUp(Plan plan, ImmutableArray<SectionRollUp> sections, decimal? completion, decimal? expectedProgress, StatusCounts counts, EvaluationStatus? status)
    {
        Plan = plan;
        Sections = sections;
        Completion = completion;
        ExpectedProgress = expectedProgress;
        Counts = counts;
        Status = status;
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>Every section's roll-up, in order.</summary>
    public ImmutableArray<SectionRollUp> Sections { get; }

    /// <summary>The weighted mean of its measurable sections' completions; null when none is measurable.</summary>
    public decimal? Completion { get; }

    /// <summary>The weighted mean of its measurable sections' expected progress; null when none is measurable.</summary>
    public decimal? ExpectedProgress { get; }

    /// <summary>Every target counted per status, with the count-based rate.</summary>
    public StatusCounts Counts { get; }

    /// <summary>The plan's status; null when no section is measurable.</summary>
    public EvaluationStatus? Status { get; }

    /// <summary>Every target's evaluation, in plan order.</summary>
    public IEnumerable<TargetEvaluation> Targets => Sections.SelectMany(s => s.Items).SelectMany(i => i.Targets);

    /// <summary>Finds a target's evaluation.</summary>
    /// <param name="id">The target id.</param>
    /// <returns>The evaluation, or null when the plan has no such target.</returns>
    public TargetEvaluation? FindTarget(TargetId id) => Targets.FirstOrDefault(e => e.Target.Id == id);
}

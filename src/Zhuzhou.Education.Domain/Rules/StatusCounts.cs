using System.Globalization;

namespace Zhuzhou.Education.Domain.Rules;

/// <summary>
/// How many targets (指标) are in each status, and the count-based rate (达标率: targets achieved or exceeded
/// / targets owed) that supervisors publish.
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
    private readonly int notAssigned;

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

    /// <summary>Targets the org unit owes nothing of (未分解).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative count.</exception>
    public int NotAssigned
    {
        get => notAssigned;
        init => notAssigned = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(NotAssigned), value, "A count must not be negative.");
    }

    /// <summary>All targets counted, those not assigned included.</summary>
    public int Total => Assigned + NotAssigned;

    /// <summary>The targets the org unit owes: all but those not assigned.</summary>
    public int Assigned => NotStarted + Behind + OnTrack + Achieved + Exceeded + Overdue;

    /// <summary>Targets complete: achieved or exceeded.</summary>
    public int Complete => Achieved + Exceeded;

    /// <summary>The count-based rate: complete targets / targets owed; null when none is owed.</summary>
    public decimal? AchievedRate => Assigned == 0 ? null : (decimal)Complete / Assigned;

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
        EvaluationStatus.NotAssigned => NotAssigned,
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
        var counts = new int[7];
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
            NotAssigned = counts[6],
        };
    }

    /// <summary>One target in a status (without the allocation of <see cref="Of"/>).</summary>
    internal static StatusCounts One(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotStarted => new StatusCounts { NotStarted = 1 },
        EvaluationStatus.Behind => new StatusCounts { Behind = 1 },
        EvaluationStatus.OnTrack => new StatusCounts { OnTrack = 1 },
        EvaluationStatus.Achieved => new StatusCounts { Achieved = 1 },
        EvaluationStatus.Exceeded => new StatusCounts { Exceeded = 1 },
        EvaluationStatus.Overdue => new StatusCounts { Overdue = 1 },
        EvaluationStatus.NotAssigned => new StatusCounts { NotAssigned = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

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
        NotAssigned = left.NotAssigned + right.NotAssigned,
    };

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sums.</returns>
    public static StatusCounts Add(StatusCounts left, StatusCounts right) => left + right;

    /// <summary>"3/10 complete (achieved 2, exceeded 1, on track 4, behind 1, not started 1, overdue 1)", and ", 2 not assigned" when there are.</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Complete}/{Assigned} complete (achieved {Achieved}, exceeded {Exceeded}, on track {OnTrack}, behind {Behind}, not started {NotStarted}, overdue {Overdue}){(NotAssigned > 0 ? $", {NotAssigned} not assigned" : string.Empty)}");
}

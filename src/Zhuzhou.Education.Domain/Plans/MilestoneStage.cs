using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// One stage of a staged milestone (节点), such as 未启动 0, 已启动 0.3, 推进中 0.6, 已完成 1.
/// </summary>
/// <remarks>Stages are data, not an enum: each target may define its own. A stage may carry the date it is due,
/// which its milestone's expected progress (序时进度) follows. Immutable and thread-safe.</remarks>
public sealed record MilestoneStage
{
    private readonly LocalDate? date;

    /// <summary>Creates a stage.</summary>
    /// <param name="name">The stage's name as reported, e.g. "已启动".</param>
    /// <param name="completion">The completion the stage stands for, from 0 to 1.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completion"/> is outside [0, 1].</exception>
    public MilestoneStage(string name, decimal completion)
    {
        Name = Preconditions.CheckNotBlank(name);
        if (completion is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(completion), completion, "Completion must be between 0 and 1.");
        }

        Completion = completion;
    }

    /// <summary>The stage's name, e.g. "已启动".</summary>
    public string Name { get; }

    /// <summary>The completion this stage stands for, from 0 to 1.</summary>
    public decimal Completion { get; }

    /// <summary>The date the stage is due, if the plan gives one (e.g. 已启动 by 2017-03-31); in the ISO calendar.</summary>
    /// <exception cref="ArgumentException">Set to a date in another calendar.</exception>
    public LocalDate? Date
    {
        get => date;
        init
        {
            Preconditions.CheckArgument(value is null || value.Value.Calendar == CalendarSystem.Iso, nameof(Date), "Date must be in the ISO calendar.");
            date = value;
        }
    }

    /// <summary>"已启动 (0.3)".</summary>
    /// <returns>The stage's short form.</returns>
    public override string ToString() => $"{Name} ({Completion.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}

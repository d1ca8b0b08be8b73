using Zhuzhou.Education.Domain.Utility;
using NodaTime;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// A point of a target's own schedule: the completion expected by a date ("30% by 2017-06-30").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Checkpoint
{
    /// <summary>Creates a checkpoint.</summary>
    /// <param name="date">The date by which <paramref name="expected"/> is due.</param>
    /// <param name="expected">The expected completion, from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is outside [0, 1].</exception>
    public Checkpoint(LocalDate date, decimal expected)
    {
        if (expected is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "Expected completion must be between 0 and 1.");
        }

        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Date must be in the ISO calendar.");
        Date = date;
        Expected = expected;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The completion expected by <see cref="Date"/>, from 0 to 1.</summary>
    public decimal Expected { get; }
}

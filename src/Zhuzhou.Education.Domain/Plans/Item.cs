using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// An item (要点 1. 2. …): a numbered work point with a short title ("强化理论学习") and its commitments.
/// </summary>
/// <remarks>Equality is structural (collections element by element). Immutable and thread-safe.</remarks>
public sealed record Item
{
    private readonly decimal weight = 1m;

    /// <summary>Creates an item.</summary>
    /// <param name="number">The item's number, at least 1; numbers run on across sections.</param>
    /// <param name="title">The short title, the text up to the first 。.</param>
    /// <param name="commitments">The commitments, in order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The title is blank, or a target's id names another item or repeats.</exception>
    public Item(int number, string title, IEnumerable<Commitment> commitments)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Item number must be at least 1.");
        }

        Number = number;
        Title = Preconditions.CheckNotBlank(title);
        Commitments = Sequences.ToImmutable(commitments, nameof(commitments));
        Targets = [.. Commitments.SelectMany(c => c.Targets)];
        var seen = new HashSet<TargetId>();
        foreach (var target in Targets)
        {
            Preconditions.CheckArgument(target.Id.Item == number, nameof(commitments), $"Target {target.Id} belongs to item {target.Id.Item}, not item {number}.");
            Preconditions.CheckArgument(seen.Add(target.Id), nameof(commitments), $"Target id {target.Id} is repeated in item {number}.");
        }
    }

    /// <summary>The item's number.</summary>
    public int Number { get; }

    /// <summary>The short title.</summary>
    public string Title { get; }

    /// <summary>The commitments, in order.</summary>
    public ImmutableArray<Commitment> Commitments { get; }

    /// <summary>Every target of every commitment, in order.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>The item's weight within its section; positive, 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public decimal Weight
    {
        get => weight;
        init => weight = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Weight), value, "Weight must be positive.");
    }

    /// <inheritdoc />
    public bool Equals(Item? other)
        => other is not null && Number == other.Number && Title == other.Title && weight == other.weight
            && Sequences.Equal(Commitments, other.Commitments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Title, Sequences.Hash(Commitments));

    /// <summary>"8. 提高学生心理素质".</summary>
    /// <returns>The number and title.</returns>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + ". " + Title;
}

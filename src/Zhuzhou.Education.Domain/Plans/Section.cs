using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>A section (一、…): a numbered heading grouping items.</summary>
/// <remarks>Equality is structural (collections element by element). Immutable and thread-safe.</remarks>
public sealed record Section
{
    private readonly decimal weight = 1m;

    /// <summary>Creates a section.</summary>
    /// <param name="number">The section's number, from 1 (shown as 一).</param>
    /// <param name="title">The heading, e.g. "全面加强党的建设".</param>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The title is blank, or an item number repeats.</exception>
    public Section(int number, string title, IEnumerable<Item> items)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Section number must be at least 1.");
        }

        Number = number;
        Title = Preconditions.CheckNotBlank(title);
        Items = Sequences.ToImmutable(items, nameof(items));
        var seen = new HashSet<int>();
        foreach (var item in Items)
        {
            Preconditions.CheckArgument(seen.Add(item.Number), nameof(items), $"Item number {item.Number} is repeated in section {number}.");
        }
    }

    /// <summary>The section's number, from 1.</summary>
    public int Number { get; }

    /// <summary>
    /// The number in Chinese numerals as the plan writes it: 一, 二, … 十一; numbers beyond
    /// <see cref="ChineseNumerals.MaxValue"/> (only hostile input has them) stay in Arabic digits.
    /// </summary>
    public string Numeral => Number <= ChineseNumerals.MaxValue
        ? ChineseNumerals.Format(Number)
        : Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The heading.</summary>
    public string Title { get; }

    /// <summary>The items, in order.</summary>
    public ImmutableArray<Item> Items { get; }

    /// <summary>Every target of every item, in order.</summary>
    public IEnumerable<Target> Targets => Items.SelectMany(i => i.Targets);

    /// <summary>The section's weight within the plan; positive, 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public decimal Weight
    {
        get => weight;
        init => weight = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Weight), value, "Weight must be positive.");
    }

    /// <inheritdoc />
    public bool Equals(Section? other)
        => other is not null && Number == other.Number && Title == other.Title && weight == other.weight
            && Sequences.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Title, Sequences.Hash(Items));

    /// <summary>"一、全面加强党的建设".</summary>
    /// <returns>The numeral and title.</returns>
    public override string ToString() => Numeral + "、" + Title;
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>A section (一、…): a numbered heading grouping items.</summary>
/// <remarks>
/// <para>A section may also state commitments of its own, outside its items: a goals paragraph (主要目标) in a section
/// without items, or text between its heading and its first item. They are kept in <see cref="Commitments"/>, and
/// their targets have section-level ids (<see cref="TargetId.ForSection"/>, "S2.1").</para>
/// <para>Equality is structural (collections element by element). Immutable and thread-safe.</para>
/// </remarks>
public sealed record Section
{
    private readonly decimal weight = 1m;
    private readonly ImmutableArray<Commitment> commitments = [];

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

    /// <summary>Every target of every item, in order (the section's own targets are in <see cref="Commitments"/>).</summary>
    public IEnumerable<Target> Targets => Items.SelectMany(i => i.Targets);

    /// <summary>
    /// The commitments the section states outside its items, in order; empty (the default) for most sections.
    /// Their targets are the section's own (ids "S2.1", …): kept with the plan and its JSON, and not part of
    /// <see cref="Plan.Targets"/>, which are the targets reported on and evaluated.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a collection holding null, or a target whose id is not a
    /// section-level id of this section, or an id that repeats.</exception>
    public ImmutableArray<Commitment> Commitments
    {
        get => commitments;
        init => commitments = CheckCommitments(value);
    }

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
            && Sequences.Equal(Items, other.Items) && Sequences.Equal(commitments, other.commitments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Title, Sequences.Hash(Items));

    /// <summary>"一、全面加强党的建设".</summary>
    /// <returns>The numeral and title.</returns>
    public override string ToString() => Numeral + "、" + Title;

    private ImmutableArray<Commitment> CheckCommitments(ImmutableArray<Commitment> value)
    {
        var list = value.IsDefault ? [] : value;
        var seen = new HashSet<TargetId>();
        foreach (var commitment in list)
        {
            Preconditions.CheckArgument(commitment is not null, nameof(Commitments), "A commitment must not be null.");
            foreach (var target in commitment!.Targets)
            {
                Preconditions.CheckArgument(target.Id.Section == Number, nameof(Commitments), $"Target {target.Id} is not a target of section {Number}: its id must be S{Number}.n.");
                Preconditions.CheckArgument(seen.Add(target.Id), nameof(Commitments), $"Target id {target.Id} is repeated in section {Number}.");
            }
        }

        return list;
    }
}

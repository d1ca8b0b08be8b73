using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// The stable id of a target (指标): its item's number and its ordinal within the item, written "14.2"
/// (item 14, second target); or, for a target a section states outside its items (a 主要目标 paragraph), its
/// section's number and its ordinal within the section, written "S2.1" (section 二, first target).
/// </summary>
/// <remarks>Ordered by item (section-level ids first), then section, then ordinal. Immutable and thread-safe.</remarks>
public readonly record struct TargetId : IComparable<TargetId>
{
    private TargetId(int item, int ordinal, int section)
    {
        Item = item;
        Ordinal = ordinal;
        Section = section;
    }

    /// <summary>The number of the item the target belongs to (1-based); 0 for a section-level target.</summary>
    public int Item { get; }

    /// <summary>The target's position within its item, or within its section for a section-level target (1-based).</summary>
    public int Ordinal { get; }

    /// <summary>The number of the section of a section-level target (1-based); 0 for an item's target.</summary>
    public int Section { get; }

    /// <summary>Whether the target is stated by a section outside its items (see <see cref="Plans.Section.Commitments"/>).</summary>
    public bool IsSectionLevel => Section > 0;

    /// <summary>Creates an id.</summary>
    /// <param name="item">The item number, at least 1.</param>
    /// <param name="ordinal">The target's ordinal within the item, at least 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is less than 1.</exception>
    public static TargetId Create(int item, int ordinal)
    {
        if (item < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(item), item, "Item number must be at least 1.");
        }

        if (ordinal < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Ordinal must be at least 1.");
        }

        return new TargetId(item, ordinal, 0);
    }

    /// <summary>Creates the id of a section-level target.</summary>
    /// <param name="section">The section number, at least 1.</param>
    /// <param name="ordinal">The target's ordinal within the section's own commitments, at least 1.</param>
    /// <returns>The id, written "S2.1".</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is less than 1.</exception>
    public static TargetId ForSection(int section, int ordinal)
    {
        if (section < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(section), section, "Section number must be at least 1.");
        }

        if (ordinal < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Ordinal must be at least 1.");
        }

        return new TargetId(0, ordinal, section);
    }

    /// <summary>Parses "14.2", or "S2.1" for a section-level target.</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form item.ordinal with positive numbers.</exception>
    public static TargetId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a target id of the form item.ordinal, such as 14.2, or Ssection.ordinal, such as S2.1.");
    }

    /// <summary>Tries to parse "14.2", or "S2.1" for a section-level target.</summary>
    /// <param name="text">The id text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TargetId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan();
        var sectionLevel = span.Length > 0 && span[0] == 'S';
        if (sectionLevel)
        {
            span = span[1..];
        }

        // Digits and one dot only: int.TryParse alone would also take trailing NULs ("8.1\0").
        var dot = span.IndexOf('.');
        if (dot <= 0 || dot == span.Length - 1
            || span[..dot].ContainsAnyExceptInRange('0', '9') || span[(dot + 1)..].ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(span[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            || !int.TryParse(span[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || item < 1 || ordinal < 1)
        {
            return false;
        }

        id = sectionLevel ? new TargetId(0, ordinal, item) : new TargetId(item, ordinal, 0);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(TargetId other)
    {
        var byItem = Item.CompareTo(other.Item);
        if (byItem != 0)
        {
            return byItem;
        }

        var bySection = Section.CompareTo(other.Section);
        return bySection != 0 ? bySection : Ordinal.CompareTo(other.Ordinal);
    }

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(TargetId left, TargetId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(TargetId left, TargetId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(TargetId left, TargetId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(TargetId left, TargetId right) => left.CompareTo(right) >= 0;

    /// <summary>The invariant form "14.2", or "S2.1" for a section-level target.</summary>
    /// <returns>The id text.</returns>
    public override string ToString()
        => IsSectionLevel
            ? "S" + Section.ToString(CultureInfo.InvariantCulture) + "." + Ordinal.ToString(CultureInfo.InvariantCulture)
            : Item.ToString(CultureInfo.InvariantCulture) + "." + Ordinal.ToString(CultureInfo.InvariantCulture);
}

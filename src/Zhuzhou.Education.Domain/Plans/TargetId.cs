using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// The stable id of a target (指标): its item's number and its ordinal within the item, written "14.2"
/// (item 14, second target).
/// </summary>
/// <remarks>Ordered by item, then ordinal. Immutable and thread-safe.</remarks>
public readonly record struct TargetId : IComparable<TargetId>
{
    private TargetId(int item, int ordinal)
    {
        Item = item;
        Ordinal = ordinal;
    }

    /// <summary>The number of the item the target belongs to (1-based).</summary>
    public int Item { get; }

    /// <summary>The target's position within its item (1-based).</summary>
    public int Ordinal { get; }

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

        return new TargetId(item, ordinal);
    }

    /// <summary>Parses "14.2".</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form item.ordinal with positive numbers.</exception>
    public static TargetId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a target id of the form item.ordinal, such as 14.2.");
    }

    /// <summary>Tries to parse "14.2".</summary>
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
        var dot = span.IndexOf('.');
        if (dot <= 0 || dot == span.Length - 1
            || !int.TryParse(span[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            || !int.TryParse(span[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || item < 1 || ordinal < 1)
        {
            return false;
        }

        id = new TargetId(item, ordinal);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(TargetId other)
    {
        var byItem = Item.CompareTo(other.Item);
        return byItem != 0 ? byItem : Ordinal.CompareTo(other.Ordinal);
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

    /// <summary>The invariant form "14.2".</summary>
    /// <returns>The id text.</returns>
    public override string ToString()
        => Item.ToString(CultureInfo.InvariantCulture) + "." + Ordinal.ToString(CultureInfo.InvariantCulture);
}

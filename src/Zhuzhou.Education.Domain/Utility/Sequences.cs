using System.Collections.Immutable;

namespace Zhuzhou.Education.Domain.Utility;

/// <summary>Structural equality helpers for the immutable collections the model holds.</summary>
internal static class Sequences
{
    internal static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        => left.AsSpan().SequenceEqual(right.AsSpan());

    internal static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    internal static ImmutableArray<T> ToImmutable<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var array = items.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} must not be null.", paramName);
            }
        }

        return array;
    }
}

using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// A commitment (举措): one sentence of an item, an undertaking that may carry targets.
/// </summary>
/// <remarks>Equality is structural (collections element by element). Immutable and thread-safe.</remarks>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="text">The sentence as written.</param>
    /// <param name="targets">The targets it states, possibly none.</param>
    /// <param name="documents">The documents it refers to in 《》, possibly none.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or an element is null.</exception>
    public Commitment(string text, IEnumerable<Target>? targets = null, IEnumerable<DocumentReference>? documents = null)
    {
        Text = Preconditions.CheckNotBlank(text);
        Targets = Sequences.ToImmutable(targets ?? [], nameof(targets));
        Documents = Sequences.ToImmutable(documents ?? [], nameof(documents));
    }

    /// <summary>The sentence as written.</summary>
    public string Text { get; }

    /// <summary>The targets the sentence states, in order.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>The documents the sentence refers to in 《》.</summary>
    public ImmutableArray<DocumentReference> Documents { get; }

    /// <inheritdoc />
    public bool Equals(Commitment? other)
        => other is not null && Text == other.Text
            && Sequences.Equal(Targets, other.Targets) && Sequences.Equal(Documents, other.Documents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Sequences.Hash(Targets));

    /// <summary>The sentence.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}

using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// What holds the commitments being read: an item, or a section outside its items (its goals paragraph). Gives the
/// targets their ids — item.n, or S section.n — in reading order.
/// </summary>
internal sealed class CommitmentOwner
{
    private const string Unnamed = "（未注明）";
    private readonly bool section;

    private CommitmentOwner(int number, bool section, string title)
    {
        Number = number;
        this.section = section;
        Title = title;
    }

    internal int Number { get; }

    internal string Title { get; set; }

    /// <summary>What a target is about when its sentence does not say: the item's or section's title.</summary>
    internal string FallbackSubject => string.IsNullOrWhiteSpace(Title) ? Unnamed : Title;

    internal int NextOrdinal { get; private set; } = 1;

    /// <summary>The deadline a note gave ("（6月底完成，…）"), for the targets that have none.</summary>
    internal LocalDate? NoteDeadline { get; set; }

    /// <summary>The weight a score note gave ("（0.5分）").</summary>
    internal decimal? Weight { get; set; }

    internal List<CommitmentBuilder> Commitments { get; } = [];

    internal static CommitmentOwner ForItem(int number) => new(number, section: false, string.Empty);

    internal static CommitmentOwner ForSection(int number, string title) => new(number, section: true, title);

    /// <summary>The id of the next target.</summary>
    internal TargetId NextId() => section ? TargetId.ForSection(Number, NextOrdinal++) : TargetId.Create(Number, NextOrdinal++);

    /// <summary>The item read.</summary>
    internal Item BuildItem() => new(Number, Title, BuildCommitments()) { Weight = Weight ?? 1m };

    /// <summary>The commitments read, each target dated by the note's deadline where it has none.</summary>
    internal ImmutableArray<Commitment> BuildCommitments()
    {
        var commitments = ImmutableArray.CreateBuilder<Commitment>(Commitments.Count);
        foreach (var c in Commitments)
        {
            var targets = NoteDeadline is { } due
                ? c.Targets.Select(t => t.Deadline is null ? t with { Deadline = due } : t)
                : c.Targets;
            commitments.Add(new Commitment(c.Text, targets, c.Documents));
        }

        return commitments.MoveToImmutable();
    }
}

/// <summary>A commitment being read.</summary>
internal sealed class CommitmentBuilder(string text)
{
    internal string Text { get; } = text;

    internal List<Target> Targets { get; } = [];

    internal List<DocumentReference> Documents { get; } = [];
}

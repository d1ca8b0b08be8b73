using NodaTime;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>An item being read.</summary>
internal sealed class ItemBuilder(int number, int line)
{
    private const string Unnamed = "（未注明）";

    internal int Number { get; } = number;

    internal int Line { get; } = line;

    internal string Title { get; set; } = string.Empty;

    /// <summary>What a target is about when its sentence does not say: the item's title.</summary>
    internal string FallbackSubject => string.IsNullOrWhiteSpace(Title) ? Unnamed : Title;

    internal int NextOrdinal { get; private set; } = 1;

    internal LocalDate? NoteDeadline { get; set; }

    internal decimal? Weight { get; set; }

    internal List<CommitmentBuilder> Commitments { get; } = [];

    /// <summary>The id of the item's next target.</summary>
    internal TargetId NextId() => TargetId.Create(Number, NextOrdinal++);

    internal Item Build()
    {
        var commitments = new List<Commitment>(Commitments.Count);
        foreach (var c in Commitments)
        {
            var targets = NoteDeadline is { } due
                ? c.Targets.Select(t => t.Deadline is null ? t with { Deadline = due } : t)
                : c.Targets;
            commitments.Add(new Commitment(c.Text, targets, c.Documents));
        }

        return new Item(Number, Title, commitments) { Weight = Weight ?? 1m };
    }
}

/// <summary>A commitment being read.</summary>
internal sealed class CommitmentBuilder(string text)
{
    internal string Text { get; } = text;

    internal List<Target> Targets { get; } = [];

    internal List<DocumentReference> Documents { get; } = [];
}

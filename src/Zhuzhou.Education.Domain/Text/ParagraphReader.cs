using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads one paragraph of an item: its title (the text up to the first 。) and its sentences, each a commitment with the
/// documents it cites, its deadline, its targets or else its milestone. The parts are read by
/// <see cref="BracketMap"/>, <see cref="DocumentReferenceReader"/>, <see cref="DeadlineReader"/>,
/// <see cref="TargetRecognizer"/> and <see cref="MilestoneReader"/>. One instance reads every paragraph of a document.
/// </summary>
/// <remarks>
/// A deadline outside the plan period is reported (ZP0401) and ignored. A note in parentheses holding a deadline
/// ("（6月底完成，牵头考核单位：…）") dates every target of its item that has none, and makes an item that states no
/// target a milestone due then; a note "（0.5分）" weighs its item.
/// </remarks>
internal sealed class ParagraphReader
{
    /// <summary>A title longer than this is a task, and also the item's first commitment.</summary>
    private const int MaxShortTitleLength = 25;

    private readonly Paragraph paragraph;
    private readonly DocumentReferenceReader documents;
    private readonly DeadlineReader deadlines;
    private readonly TargetRecognizer targets;
    private readonly MilestoneReader milestones;

    internal ParagraphReader(string text, DiagnosticBag bag, DateInterval? period)
    {
        paragraph = new Paragraph(text, bag, period);
        documents = new DocumentReferenceReader(paragraph);
        deadlines = new DeadlineReader(paragraph);
        targets = new TargetRecognizer(paragraph);
        milestones = new MilestoneReader(paragraph, deadlines);
    }

    /// <summary>
    /// Reads a paragraph made of <paramref name="pieces"/> (one line, or the lines a hard wrap broke it into): its
    /// title (when <paramref name="withTitle"/>) and its commitments, which go to <paramref name="owner"/>.
    /// </summary>
    /// <returns>The title, when <paramref name="withTitle"/> and the paragraph has one.</returns>
    internal string? Read(IReadOnlyList<LinePiece> pieces, bool withTitle, CommitmentOwner owner)
    {
        paragraph.Begin(pieces);
        documents.Reset();
        string? title = null;
        var first = true;
        foreach (var (s, e) in Sentences(paragraph.Start, paragraph.End))
        {
            if (first && withTitle)
            {
                first = false;
                title = paragraph.Slice(s, e);
                owner.Title = title;

                // A title that is itself a task ("贯彻落实《…》，加快…") is also the item's first commitment.
                if (!LooksLikeShortTitle(s, e))
                {
                    ReadCommitment(s, e, owner);
                }

                continue;
            }

            first = false;
            ReadCommitment(s, e, owner);
        }

        return title;
    }

    /// <summary>The sentences of [start, end): split on 。；;！？ outside brackets and quotes, trimmed, non-empty.</summary>
    private List<(int Start, int End)> Sentences(int start, int end)
    {
        var text = paragraph.Text;
        var result = new List<(int, int)>();
        var s = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (IsSentenceEnd(Normalize(text[i])) && !paragraph.Protected(i)))
            {
                var a = SkipWhite(text, s, i);
                var b = TrimEndWhite(text, a, i);
                if (b > a && !AllPunctuation(a, b))
                {
                    result.Add((a, b));
                }

                s = i + 1;
            }
        }

        return result;
    }

    private bool AllPunctuation(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = Normalize(paragraph.Text[i]);
            if (!IsClauseEnd(c) && c != '、' && !IsWhite(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikeShortTitle(int start, int end)
    {
        if (end - start > MaxShortTitleLength)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (IsClauseEnd(Normalize(paragraph.Text[i])) && !paragraph.Protected(i))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadCommitment(int start, int end, CommitmentOwner owner)
    {
        var text = paragraph.Text;
        var commitment = new CommitmentBuilder(paragraph.Slice(start, end));
        owner.Commitments.Add(commitment);
        documents.Read(start, end, commitment);
        documents.ReadDefects(start, end);

        var isNote = Normalize(text[start]) == '(' && Normalize(text[end - 1]) == ')';
        if (isNote && ScoreReader.TryRead(text, start, end, out var score, out _))
        {
            // "（0.5分）": the item's score in an assessment list is its weight.
            owner.Weight ??= score;
        }

        var deadline = deadlines.Find(start, end, out var deadlinePosition);
        if (deadline is { } due && paragraph.Period is { } period && !period.Contains(due))
        {
            paragraph.Report(PlanTextCodes.DeadlineOutsidePeriod, DiagnosticSeverity.Warning, PlanTextCodes.DeadlineOutsidePeriod, [$"{due:uuuu-MM-dd}", $"{period.Start:uuuu-MM-dd}", $"{period.End:uuuu-MM-dd}"], deadlinePosition);
            deadline = null;
        }

        var hadTargets = owner.NextOrdinal > 1;
        targets.Read(start, end, owner, commitment, deadline);

        // A note "（6月底完成，牵头考核单位：…）" dates the item's targets; it is a milestone only for an item without any.
        if (commitment.Targets.Count == 0 && !(isNote && hadTargets))
        {
            milestones.ReadCompletion(isNote ? start + 1 : start, isNote ? end - 1 : end, owner, commitment, deadline);
            if (commitment.Targets.Count == 0 && isNote && !hadTargets && deadline is not null)
            {
                // "（5月底取得明显成效并持续推进，牵头考核单位：…）" dates an item that states no target: the item is the milestone.
                commitment.Targets.Add(new Target(owner.NextId(), owner.FallbackSubject, Comparison.Milestone(), MeasureWord.None)
                {
                    Text = paragraph.Slice(start, end),
                    Deadline = deadline,
                });
            }

            if (commitment.Targets.Count == 0)
            {
                milestones.ReadDatedStage(start, end, owner, commitment, deadline);
            }
        }

        if (isNote && deadline is not null)
        {
            owner.NoteDeadline ??= deadline;
        }
    }
}

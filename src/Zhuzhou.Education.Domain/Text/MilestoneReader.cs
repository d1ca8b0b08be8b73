using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads milestones (节点): a sentence without a numeric target whose clause has a completion verb (完成, 全面完成, 实现,
/// 建成; not 完成率, nor 已建成, what is done already) is a milestone of what follows the verb ("实现市特殊教育学校秋季入学"
/// → 市特殊教育学校秋季入学); so is a
/// stage of a multi-year plan ("2021年，启动…"), due at that year's end.
/// </summary>
internal sealed class MilestoneReader(Paragraph paragraph, DeadlineReader deadlines)
{
    /// <summary>Adds the milestone of the first completion verb in [start, end) outside quotation marks, if any.</summary>
    internal void ReadCompletion(int start, int end, CommitmentOwner owner, CommitmentBuilder commitment, LocalDate? deadline)
    {
        var text = paragraph.Text;
        for (var i = start; i < end; i++)
        {
            if (paragraph.Quoted(i) || Normalize(text[i]) is not ('全' or '完' or '实' or '建'))
            {
                continue;
            }

            var verb = paragraph.StartsWithAny(i, end, PlanLexicon.CompletionVerbs);
            if (verb < 0)
            {
                continue;
            }

            var afterVerb = i + PlanLexicon.CompletionVerbs[verb].Length;
            if (paragraph.StartsWithAny(afterVerb, end, PlanLexicon.CompletionNounEndings) >= 0 || (i > start && Normalize(text[i - 1]) == '已'))
            {
                i = afterVerb - 1;
                continue;
            }

            var (clauseStart, clauseEnd) = Clause(start, end, i, afterVerb);
            var subject = paragraph.Clean(At(text, afterVerb, clauseEnd, "了") ? afterVerb + 1 : afterVerb, clauseEnd);
            if (subject.Length == 0)
            {
                var before = paragraph.Clean(clauseStart, i);
                subject = before.Length > 0 && deadlines.Find(clauseStart, i, out _) is null ? before : owner.FallbackSubject;
            }

            var spanText = paragraph.Clean(clauseStart, clauseEnd);
            commitment.Targets.Add(new Target(owner.NextId(), subject, Comparison.Milestone(), MeasureWord.None)
            {
                Text = spanText.Length > 0 ? spanText : null,
                Deadline = deadline,
            });
            return;
        }
    }

    /// <summary>
    /// "2021年，启动人工智能专任教师招录与聘任": a sentence that opens with a year of a multi-year plan is a stage due at
    /// the end of its year; adds it and says whether it did.
    /// </summary>
    internal bool ReadDatedStage(int start, int end, CommitmentOwner owner, CommitmentBuilder commitment, LocalDate? deadline)
    {
        if (deadlines.DatedBody(start, end) is not (var body and >= 0))
        {
            return false;
        }

        var subject = paragraph.Clean(body, end);
        commitment.Targets.Add(new Target(owner.NextId(), subject.Length > 0 ? subject : owner.FallbackSubject, Comparison.Milestone(), MeasureWord.None)
        {
            Text = paragraph.Slice(start, end),
            Deadline = deadline,
        });
        return true;
    }

    /// <summary>The clause around a verb: between commas, colons and sentence ends outside quotes, bounded by brackets
    /// ("（0.5分）（6月底完成，…）").</summary>
    private (int Start, int End) Clause(int start, int end, int verb, int afterVerb)
    {
        var text = paragraph.Text;
        var clauseStart = verb;
        while (clauseStart > start && !(IsClauseEnd(Normalize(text[clauseStart - 1])) && !paragraph.Quoted(clauseStart - 1))
            && Normalize(text[clauseStart - 1]) is not '(' and not ')')
        {
            clauseStart--;
        }

        var clauseEnd = afterVerb;
        var opened = 0;
        while (clauseEnd < end && !(IsClauseEnd(Normalize(text[clauseEnd])) && !paragraph.Quoted(clauseEnd)))
        {
            var c = Normalize(text[clauseEnd]);
            opened += c == '(' ? 1 : 0;
            if (c == ')' && opened-- == 0)
            {
                break;
            }

            clauseEnd++;
        }

        return (clauseStart, clauseEnd);
    }
}

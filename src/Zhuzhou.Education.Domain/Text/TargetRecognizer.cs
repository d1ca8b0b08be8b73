using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Recognises the numeric targets of a sentence: each quantity (<see cref="QuantityScanner"/>) outside 《》,
/// quotation marks and parentheses becomes a target with its comparison, measure word, subject (what is counted), the
/// words that state it, its time aggregation and the sentence's deadline.
/// </summary>
/// <remarks>
/// Bounds come with the quantity (以上, 不少于 → at least; 以下, 不超过, 控制在 → at most; 左右 → exactly; a range →
/// between; a bare number → at least). A sentence about 每位/每名/每个/每所 … is a coverage target with a required share
/// of 1, and its amount is what each member must reach (<see cref="Target.PerMember"/>). Quantities that are no targets
/// (<see cref="NonTargets"/>) are skipped. Counts of what is added, trained or funded
/// (<see cref="PlanLexicon.IncrementVerbs"/>) are increments; everything else, and every percentage, is a level.
/// </remarks>
internal sealed class TargetRecognizer(Paragraph paragraph)
{
    private const int MaxSubjectLength = 40;
    private readonly List<ScannedQuantity> quantities = [];
    private readonly NonTargets nonTargets = new(paragraph);

    /// <summary>Adds the targets of the sentence [start, end) to <paramref name="commitment"/>.</summary>
    internal void Read(int start, int end, CommitmentOwner owner, CommitmentBuilder commitment, LocalDate? deadline)
    {
        var text = paragraph.Text;
        quantities.Clear();
        var i = start;
        while (i < end)
        {
            if (paragraph.Protected(i) || !QuantityScanner.MayStartNumber(Normalize(text[i])))
            {
                i++;
                continue;
            }

            if (QuantityScanner.TryScan(text, i, start, end, out var quantity, out var next))
            {
                quantities.Add(quantity);
            }

            i = Math.Max(i + 1, next);
        }

        if (quantities.Count == 0)
        {
            return;
        }

        var coverageMarker = paragraph.FirstOf(start, end, PlanLexicon.CoverageMarkers);
        var previousEnd = start;
        string? previousSubject = null;
        for (var k = 0; k < quantities.Count; k++)
        {
            var q = quantities[k];
            var phraseStart = q.PrefixStart;
            while (phraseStart > previousEnd && !(IsPhraseEnd(Normalize(text[phraseStart - 1])) && !paragraph.Protected(phraseStart - 1)))
            {
                phraseStart--;
            }

            var nextStart = k + 1 < quantities.Count ? quantities[k + 1].PrefixStart : end;
            var coverage = coverageMarker >= 0 && coverageMarker < q.PrefixStart;
            var (subject, subjectEnd) = k > 0 && previousSubject is not null && JoinedByConjunction(quantities[k - 1].End, q.PrefixStart)
                ? (previousSubject, q.End)
                : Subject(q, phraseStart, nextStart, owner);
            previousSubject = subject;
            var spanEnd = subjectEnd;
            if (k + 1 == quantities.Count || !paragraph.SameClause(subjectEnd, nextStart))
            {
                while (spanEnd < end && !(IsPhraseEnd(Normalize(text[spanEnd])) && !paragraph.Protected(spanEnd)) && spanEnd < nextStart)
                {
                    spanEnd++;
                }
            }

            var spanStart = SkipWhite(text, phraseStart, spanEnd);
            spanEnd = TrimEndWhite(text, spanStart, spanEnd);
            if (nonTargets.Excludes(quantities, k, start, end, coverage))
            {
                // What is no target does not end the phrase of the target after it ("56人以上大班额比例降至5%以下").
                previousSubject = null;
                continue;
            }

            previousEnd = Math.Max(spanEnd, q.End);
            if (Amount(q) is not { } amount)
            {
                continue;
            }

            // "每位学生爱好1-2项": every student covered, each with 1 to 2 项.
            var perMember = coverage && q.Unit != MeasureWord.Percent;
            var comparison = perMember ? Quantities.Comparison.Coverage(1m) : amount;
            var increment = !perMember && q.Unit != MeasureWord.Percent && paragraph.ContainsAny(phraseStart, q.Start, PlanLexicon.IncrementVerbs);
            commitment.Targets.Add(new Target(owner.NextId(), subject, comparison, q.Unit)
            {
                PerMember = perMember ? amount : null,
                Text = paragraph.Slice(spanStart, spanEnd),
                TimeAggregation = increment ? TimeAggregation.Increment : TimeAggregation.Level,
                Deadline = deadline,
            });
        }
    }

    /// <summary>The amount a quantity requires: a range, at most, exactly or at least.</summary>
    private Comparison? Amount(ScannedQuantity q)
    {
        if (q.Maximum is { } maximum)
        {
            if (maximum < q.Value)
            {
                paragraph.Report(PlanTextCodes.BadNumber, DiagnosticSeverity.Warning, PlanTextCodes.BadNumber, [$"{q.Value}", $"{maximum}"], q.Start);
                return null;
            }

            return Quantities.Comparison.Between(q.Value, maximum);
        }

        return q.Bound switch
        {
            ComparisonKind.AtMost => Quantities.Comparison.AtMost(q.Value),
            ComparisonKind.Exactly => Quantities.Comparison.Exactly(q.Value),
            _ => Quantities.Comparison.AtLeast(q.Value),
        };
    }

    /// <summary>
    /// The subject counted: the phrase after the measure word ("培训100名心理咨询师") or, when the quantity ends its
    /// phrase, the words before the number without their verb ("新增学位2万个" → 学位). Returns where the subject ends.
    /// </summary>
    private (string Subject, int End) Subject(ScannedQuantity q, int phraseStart, int nextStart, CommitmentOwner owner)
    {
        var text = paragraph.Text;
        var a = JoinedByConjunction(q.End, nextStart) ? nextStart : q.End;
        if (a < nextStart && Normalize(text[a]) == '(')
        {
            // "新增2400户（累计约3600户）大中型餐饮单位": skip a parenthesised note after the quantity.
            while (a < nextStart && paragraph.Protected(a))
            {
                a++;
            }
        }

        if (At(text, a, nextStart, "的"))
        {
            a++;
        }

        var b = a;
        while (b < nextStart && b - a < MaxSubjectLength && !(IsPhraseEnd(Normalize(text[b])) && !paragraph.Protected(b)) && !IsWhite(Normalize(text[b])))
        {
            b++;
        }

        if (b > a)
        {
            var (s, e) = CutAtDe(a, b);
            var subject = paragraph.Clean(s, e);
            if (subject.Length > 0)
            {
                return (subject, b);
            }
        }

        // The number comes after its subject.
        var from = phraseStart;
        var to = q.PrefixStart;
        var changed = true;
        while (changed && from < to)
        {
            changed = false;
            from = SkipWhite(text, from, to);
            var verb = paragraph.StartsWithAny(from, to, PlanLexicon.LeadingVerbs);
            if (verb >= 0)
            {
                from += PlanLexicon.LeadingVerbs[verb].Length;
                changed = true;
            }
        }

        from = Math.Max(from, to - MaxSubjectLength);
        var before = paragraph.Clean(from, to);

        // "每月至少两课时": a frequency is not what is counted; the item says what is.
        var frequency = before.Length <= 3 && before.StartsWith('每');
        return (before.Length > 0 && !frequency ? before : owner.FallbackSubject, q.End);
    }

    /// <summary>Whether only a conjunction (和, 与, 、) stands between two quantities: "超过70%和50%".</summary>
    private bool JoinedByConjunction(int from, int to)
    {
        var text = paragraph.Text;
        var a = SkipWhite(text, from, to);
        var b = TrimEndWhite(text, a, to);
        return b > a && paragraph.StartsWithAny(a, b, PlanLexicon.Conjunctions) is var k and >= 0 && a + PlanLexicon.Conjunctions[k].Length == b;
    }

    /// <summary>
    /// Of "区域整体推进城乡教育一体化的样板县" keeps 样板县 (a long description, then the noun); of "平台的建设" and
    /// "部门的政务数据" keeps 平台 and 部门 (a short noun, then what is done to it).
    /// </summary>
    private (int Start, int End) CutAtDe(int start, int end)
    {
        var text = paragraph.Text;
        var last = -1;
        var first = -1;
        for (var i = start; i < end; i++)
        {
            if (Normalize(text[i]) == '的' && !paragraph.Quoted(i))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (last < 0)
        {
            return (start, end);
        }

        var tail = last + 1;
        var tailIsAction = tail >= end
            || (paragraph.StartsWithAny(tail, end, PlanLexicon.ActionNouns) is var noun and >= 0 && tail + PlanLexicon.ActionNouns[noun].Length == end);
        return tailIsAction || first - start <= 4 ? (start, first) : (tail, end);
    }
}

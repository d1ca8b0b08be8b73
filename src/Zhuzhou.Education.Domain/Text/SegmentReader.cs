using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads one paragraph of an item (a segment of one line): brackets and quotes, sentences (commitments),
/// document references, targets, milestones and deadlines. One instance is reused for every segment of a
/// document so that its buffers are allocated once; work is linear in the segment's length.
/// </summary>
/// <remarks>
/// <para>Semantics chosen here, and pinned by the tests:</para>
/// <list type="bullet">
/// <item>A number is a target only when a measure word (名, 人, 所, 个, 项, %, 百分之, …) follows it; numbers inside
/// 《》, quotation marks or parentheses, ordinals (第…), codes (5G, WP29), years, months and other time words are not
/// targets. Vague amounts (一批, 若干) are not numbers.</item>
/// <item>Bounds: 以上, 不少于, 不低于, 至少, 达到, 达, 超过 → at least; 以下, 以内, 不超过, 不高于, 控制在, 低于 → at most
/// (a descending target); 左右 → exactly; a range (3-5, 3—5, 3~5, 三至五, 3到5) → between; a bare number → at least.
/// A commitment about 每位/每名/每个/每所 … is a coverage target with a required share of 1.</item>
/// <item>Time aggregation: counts of what is added, trained or funded (新增, 增加, 新建, 培训, 培养, 资助, 招收) are
/// increments (reports add up); everything else, and every percentage, is a level (the latest report counts).</item>
/// <item>A commitment without a numeric target that has a completion verb (完成, 全面完成, 实现, 建成) is a milestone; so is
/// one that starts with a year of a multi-year plan's period ("2021年，启动…"), due at that year's end.</item>
/// <item>Deadlines: 春季 → 3-1 and 秋季 → 9-1 (the start of the spring and autumn terms), 暑期 → 8-31, 上半年 → 6-30,
/// 下半年, 年底, 年末, 年内 → 12-31, 第N季度 → the quarter's last day, N月 / N月底 / N月前 → the month's last day,
/// N月D日 → that day; in the plan's first year unless the sentence starts with a year of the period (2021年，…),
/// and a sentence that only starts with such a year is due at that year's end. A deadline outside the plan period is
/// reported and ignored. A note in parentheses holding a deadline applies it to every target of its item that has none,
/// and makes an item without targets a milestone due then.</item>
/// </list>
/// </remarks>
internal sealed class SegmentReader
{
    private const int MaxSubjectLength = 40;

    /// <summary>Words before a number, longest first so that 不低于 is not read as 低于. Milestone = no bound.</summary>
    private static readonly (string Word, ComparisonKind Kind)[] BoundPrefixes =
    [
        ("不少于", ComparisonKind.AtLeast), ("不低于", ComparisonKind.AtLeast), ("不小于", ComparisonKind.AtLeast),
        ("不超过", ComparisonKind.AtMost), ("不高于", ComparisonKind.AtMost), ("不多于", ComparisonKind.AtMost), ("不大于", ComparisonKind.AtMost),
        ("控制在", ComparisonKind.AtMost), ("累计约", ComparisonKind.Milestone),
        ("至少", ComparisonKind.AtLeast), ("达到", ComparisonKind.AtLeast), ("超过", ComparisonKind.AtLeast), ("多于", ComparisonKind.AtLeast),
        ("低于", ComparisonKind.AtMost), ("少于", ComparisonKind.AtMost),
        ("共计", ComparisonKind.Milestone), ("合计", ComparisonKind.Milestone), ("累计", ComparisonKind.Milestone),
        ("达", ComparisonKind.AtLeast), ("约", ComparisonKind.Milestone), ("近", ComparisonKind.Milestone), ("共", ComparisonKind.Milestone),
    ];
    private static readonly string[] LeadingVerbs =
    [
        "新增", "增加", "资助", "创建", "新建", "建设", "培训", "培养", "完成", "实现", "建成", "累计", "力争", "确保", "争取",
        "组建", "引进", "评选", "举办", "开展", "发布", "组织", "启动", "推动", "全面", "打造", "扶持", "支持", "建立", "认定",
    ];
    private static readonly string[] IncrementVerbs = ["新增", "增加", "新建", "培训", "培养", "资助", "招收"];
    private static readonly string[] CoverageMarkers = ["每一位", "每一名", "每位", "每名", "每个", "每所"];
    private static readonly string[] CompletionVerbs = ["全面完成", "完成", "实现", "建成"];
    private static readonly string[] ActionNouns = ["建设", "工作", "管理", "实施", "使用", "运行", "开发", "改造", "任务", "基础上"];
    private static readonly string[] ChildWords = ["儿童", "幼儿", "婴幼儿", "婴儿", "少年", "学生"];

    private readonly string text;
    private readonly DiagnosticBag bag;
    private readonly DateInterval period;
    private readonly List<(int Kind, int Position)> stack = [];
    private readonly int[] openCounts = new int[7];
    private readonly List<(int Open, int Close)> titles = [];
    private readonly List<Candidate> candidates = [];
    private int[] quoteDepth = new int[256];
    private int[] parenDepth = new int[256];
    private int segmentStart;
    private int nextTitle;
    private int lineNumber;
    private int lineStart;

    internal SegmentReader(string text, DiagnosticBag bag, DateInterval period)
    {
        this.text = text;
        this.bag = bag;
        this.period = period;
    }

    /// <summary>Reads an item's paragraph: its title (when <paramref name="withTitle"/>) and its commitments.</summary>
    internal string? Read(int start, int end, int line, int lineStartPosition, bool withTitle, ItemBuilder item)
    {
        Analyze(start, end, line, lineStartPosition);
        string? title = null;
        var first = true;
        foreach (var (s, e) in Sentences(start, end))
        {
            if (first && withTitle)
            {
                first = false;
                title = Slice(s, e);
                item.Title = title;

                // A title that is itself a task ("贯彻落实《…》，加快…") is also the item's first commitment.
                if (!LooksLikeShortTitle(s, e))
                {
                    ReadCommitment(s, e, item);
                }

                continue;
            }

            first = false;
            ReadCommitment(s, e, item);
        }

        return title;
    }

    /// <summary>Finds the brackets of [start, end) and fills the depth buffers.</summary>
    private void Analyze(int start, int end, int line, int lineStartPosition)
    {
        segmentStart = start;
        lineNumber = line;
        lineStart = lineStartPosition;
        var length = end - start;
        if (quoteDepth.Length < length + 1)
        {
            var size = Math.Max(length + 1, quoteDepth.Length * 2);
            quoteDepth = new int[size];
            parenDepth = new int[size];
        }

        Array.Clear(quoteDepth, 0, length + 1);
        Array.Clear(parenDepth, 0, length + 1);
        stack.Clear();
        titles.Clear();
        nextTitle = 0;
        Array.Clear(openCounts);
        for (var i = start; i < end; i++)
        {
            var c = Normalize(text[i]);
            switch (c)
            {
                case '《': Open(0, i); break;
                case '》': Close(0, i); break;
                case '“': Open(1, i); break;
                case '”': Close(1, i); break;
                case '‘': Open(2, i); break;
                case '’': Close(2, i); break;
                case '"':
                    // Broken quotes are common: “蒙速办" opens with “ and closes with an ASCII ".
                    if (openCounts[1] > 0)
                    {
                        Close(1, i);
                    }
                    else if (openCounts[3] > 0)
                    {
                        Close(3, i);
                    }
                    else
                    {
                        Open(3, i);
                    }

                    break;
                case '(': Open(4, i); break;
                case ')': Close(4, i); break;
                case '「': Open(5, i); break;
                case '」': Close(5, i); break;
                case '『': Open(6, i); break;
                case '』': Close(6, i); break;
                default: break;
            }
        }

        foreach (var (kind, position) in stack)
        {
            ReportUnbalanced(kind, position, opening: true);
        }

        var quote = 0;
        var paren = 0;
        for (var k = 0; k <= length; k++)
        {
            quote += quoteDepth[k];
            paren += parenDepth[k];
            quoteDepth[k] = quote;
            parenDepth[k] = paren;
        }
    }

    private void Open(int kind, int position)
    {
        stack.Add((kind, position));
        openCounts[kind]++;
    }

    private void Close(int kind, int position)
    {
        if (openCounts[kind] == 0)
        {
            ReportUnbalanced(kind, position, opening: false);
            return;
        }

        while (stack.Count > 0)
        {
            var (k, open) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            openCounts[k]--;
            if (k != kind)
            {
                ReportUnbalanced(k, open, opening: true);
                continue;
            }

            var depth = kind == 4 ? parenDepth : quoteDepth;
            depth[open - segmentStart]++;
            depth[position - segmentStart + 1]--;
            if (kind == 0 && openCounts[0] == 0)
            {
                titles.Add((open, position));
            }

            return;
        }
    }

    private void ReportUnbalanced(int kind, int position, bool opening)
    {
        var mark = kind switch
        {
            0 => opening ? "《" : "》",
            1 => opening ? "“" : "”",
            2 => opening ? "‘" : "’",
            3 => "\"",
            4 => opening ? "(" : ")",
            5 => opening ? "「" : "」",
            _ => opening ? "『" : "』",
        };
        var what = opening ? "is never closed" : "closes nothing";
        bag.Add(PlanTextCodes.Unbalanced, kind == 4 ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, $"{mark} {what}; read as plain text.", lineNumber, Column(position));
    }

    private bool Quoted(int position) => quoteDepth[position - segmentStart] > 0;

    private bool Protected(int position) => quoteDepth[position - segmentStart] > 0 || parenDepth[position - segmentStart] > 0;

    private int Column(int position) => position - lineStart + 1;

    /// <summary>The sentences of [start, end): split on 。；;！？ outside brackets and quotes, trimmed, non-empty.</summary>
    private List<(int Start, int End)> Sentences(int start, int end)
    {
        var result = new List<(int, int)>();
        var s = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (IsSentenceEnd(Normalize(text[i])) && !Protected(i)))
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
            var c = Normalize(text[i]);
            if (!IsClauseEnd(c) && c != '、' && !IsWhite(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikeShortTitle(int start, int end)
    {
        if (end - start > 25)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (IsClauseEnd(Normalize(text[i])) && !Protected(i))
            {
                return false;
            }
        }

        return true;
    }

    private string Slice(int start, int end) => text[start..end];

    private void ReadCommitment(int start, int end, ItemBuilder item)
    {
        var commitment = new CommitmentBuilder(Slice(start, end));
        item.Commitments.Add(commitment);
        ReadDocuments(start, end, commitment);
        ReadDefects(start, end);

        var isNote = Normalize(text[start]) == '(' && Normalize(text[end - 1]) == ')';
        if (isNote && ReadScore(start, end) is { } score)
        {
            // "（0.5分）": the item's score in an assessment list is its weight.
            item.Weight ??= score;
        }

        var deadline = FindDeadline(start, end, out var deadlinePosition);
        if (deadline is { } due && !period.Contains(due))
        {
            bag.Add(PlanTextCodes.DeadlineOutsidePeriod, DiagnosticSeverity.Warning, $"Deadline {due:uuuu-MM-dd} is outside the plan period {period.Start:uuuu-MM-dd}…{period.End:uuuu-MM-dd}; ignored.", lineNumber, Column(deadlinePosition));
            deadline = null;
        }

        var hadTargets = item.NextOrdinal > 1;
        ReadTargets(start, end, item, commitment, deadline);

        // A note "（6月底完成，牵头考核单位：…）" dates the item's targets; it is a milestone only for an item without any.
        if (commitment.Targets.Count == 0 && !(isNote && hadTargets))
        {
            ReadMilestone(isNote ? start + 1 : start, isNote ? end - 1 : end, item, commitment, deadline);
            if (commitment.Targets.Count == 0 && isNote && !hadTargets && deadline is not null)
            {
                // "（5月底取得明显成效并持续推进，牵头考核单位：…）" dates an item that states no target: the item is the milestone.
                commitment.Targets.Add(new Target(TargetId.Create(item.Number, item.NextOrdinal++), item.FallbackSubject, Quantities.Comparison.Milestone(), MeasureWord.None)
                {
                    Text = Slice(start, end),
                    Deadline = deadline,
                });
            }

            if (commitment.Targets.Count == 0 && DatedBody(start, end) is var body and >= 0)
            {
                // "2021年，启动人工智能专任教师招录与聘任": a stage of a multi-year plan, due at the end of its year.
                var subject = Clean(body, end);
                commitment.Targets.Add(new Target(TargetId.Create(item.Number, item.NextOrdinal++), subject.Length > 0 ? subject : item.FallbackSubject, Quantities.Comparison.Milestone(), MeasureWord.None)
                {
                    Text = Slice(start, end),
                    Deadline = deadline,
                });
            }
        }

        if (isNote && deadline is not null)
        {
            item.NoteDeadline ??= deadline;
        }
    }

    private void ReadDocuments(int start, int end, CommitmentBuilder commitment)
    {
        // Top-level titles are found in order and sentences are read in order: one pointer walks both.
        for (; nextTitle < titles.Count && titles[nextTitle].Open < end; nextTitle++)
        {
            var (open, close) = titles[nextTitle];
            if (open < start || close >= end)
            {
                continue;
            }

            var a = SkipWhite(text, open + 1, close);
            var b = TrimEndWhite(text, a, close);
            if (b <= a)
            {
                continue;
            }

            var (from, to) = YearRange(a, b);
            commitment.Documents.Add(new DocumentReference(Slice(a, b), from, to));
        }
    }

    /// <summary>The first year range in a document title: 2016-2018, 2021—2023, 2016至2020, or the defect 20162020.</summary>
    private (int? From, int? To) YearRange(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsDigit(Normalize(text[i])) || (i > start && IsDigit(Normalize(text[i - 1]))))
            {
                continue;
            }

            if (!TryReadInt(text, i, end, 8, out var value, out var next))
            {
                continue;
            }

            var digits = next - i;
            if (digits == 8 && IsYear(value / 10000) && IsYear(value % 10000) && value / 10000 < value % 10000)
            {
                return (value / 10000, value % 10000);
            }

            if (digits != 4 || !IsYear(value))
            {
                continue;
            }

            var j = SkipWhite(text, next, end);
            if (j < end && IsRangeSeparator(Normalize(text[j])))
            {
                j++;
                while (j < end && Normalize(text[j]) is '\u2014' or '-')
                {
                    j++;
                }

                j = SkipWhite(text, j, end);
                if (TryReadInt(text, j, end, 4, out var to, out var after) && after - j == 4 && IsYear(to) && to >= value
                    && (after >= end || !IsDigit(Normalize(text[after]))))
                {
                    return (value, to);
                }
            }
        }

        return (null, null);
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2100;

    /// <summary>Warns about the seed's two kinds of defect: (20162020) and 《36岁儿童…》.</summary>
    private void ReadDefects(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsDigit(Normalize(text[i])) || (i > start && IsDigit(Normalize(text[i - 1]))))
            {
                continue;
            }

            TryReadInt(text, i, end, 9, out var value, out var next);
            var digits = next - i;
            if (digits == 8 && IsYear(value / 10000) && IsYear(value % 10000) && value / 10000 < value % 10000)
            {
                bag.Add(PlanTextCodes.YearRangeWithoutSeparator, DiagnosticSeverity.Warning, $"Year range without separator, read as {value / 10000}-{value % 10000}: \"{Slice(i, next)}\".", lineNumber, Column(i));
            }
            else if (digits == 2 && next < end && Normalize(text[next]) == '岁' && value / 10 < value % 10 && value > 18
                && (i == start || !IsRangeSeparator(Normalize(text[i - 1]))) && StartsWithAny(next + 1, end, ChildWords) >= 0)
            {
                bag.Add(PlanTextCodes.AgeRangeWithoutSeparator, DiagnosticSeverity.Warning, $"Age range without separator? \"{Slice(i, next + 1)}\" may mean {value / 10}-{value % 10}岁.", lineNumber, Column(i));
            }

            i = Math.Max(i, next - 1);
        }
    }

    private int StartsWithAny(int position, int end, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (At(text, position, end, words[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private int EndsWithAny(int start, int position, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (EndsAt(text, start, position, words[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private void ReadTargets(int start, int end, ItemBuilder item, CommitmentBuilder commitment, LocalDate? deadline)
    {
        candidates.Clear();
        var i = start;
        while (i < end)
        {
            if (Protected(i) || !MayStartNumber(Normalize(text[i])))
            {
                i++;
                continue;
            }

            var candidate = ReadQuantity(i, start, end, out var next);
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }

            i = Math.Max(i + 1, next);
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var coverageMarker = FirstOf(start, end, CoverageMarkers);
        var previousEnd = start;
        for (var k = 0; k < candidates.Count; k++)
        {
            var q = candidates[k];
            var phraseStart = q.PrefixStart;
            while (phraseStart > previousEnd && !(IsPhraseEnd(Normalize(text[phraseStart - 1])) && !Protected(phraseStart - 1)))
            {
                phraseStart--;
            }

            var nextStart = k + 1 < candidates.Count ? candidates[k + 1].PrefixStart : end;
            var coverage = coverageMarker >= 0 && coverageMarker < q.PrefixStart;
            var (subject, subjectEnd) = Subject(q, phraseStart, nextStart, item);
            var spanEnd = subjectEnd;
            if (k + 1 == candidates.Count || !SameClause(subjectEnd, nextStart))
            {
                while (spanEnd < end && !(IsPhraseEnd(Normalize(text[spanEnd])) && !Protected(spanEnd)) && spanEnd < nextStart)
                {
                    spanEnd++;
                }
            }

            var spanStart = SkipWhite(text, phraseStart, spanEnd);
            spanEnd = TrimEndWhite(text, spanStart, spanEnd);
            previousEnd = Math.Max(spanEnd, q.End);

            var comparison = Comparison(q, coverage);
            if (comparison is null)
            {
                continue;
            }

            var increment = comparison.Kind is not ComparisonKind.Coverage && q.Unit != MeasureWord.Percent
                && ContainsAny(phraseStart, q.Start, IncrementVerbs);
            commitment.Targets.Add(new Target(TargetId.Create(item.Number, item.NextOrdinal++), subject, comparison, q.Unit)
            {
                Text = Slice(spanStart, spanEnd),
                TimeAggregation = increment ? TimeAggregation.Increment : TimeAggregation.Level,
                Deadline = deadline,
            });
        }
    }

    private static bool MayStartNumber(char c) => IsDigit(c) || c is '百' or '〇' or '零' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    private bool SameClause(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsPhraseEnd(Normalize(text[i])) && !Protected(i))
            {
                return false;
            }
        }

        return true;
    }

    private Comparison? Comparison(Candidate q, bool coverage)
    {
        if (q.Maximum is { } maximum)
        {
            if (maximum < q.Value)
            {
                bag.Add(PlanTextCodes.BadNumber, DiagnosticSeverity.Warning, $"Range {q.Value}-{maximum} runs backwards; not read as a target.", lineNumber, Column(q.Start));
                return null;
            }

            return coverage && q.Unit != MeasureWord.Percent ? Quantities.Comparison.Coverage(1m) : Quantities.Comparison.Between(q.Value, maximum);
        }

        if (coverage && q.Unit != MeasureWord.Percent)
        {
            return Quantities.Comparison.Coverage(1m);
        }

        return q.Bound switch
        {
            ComparisonKind.AtMost => Quantities.Comparison.AtMost(q.Value),
            ComparisonKind.Exactly => Quantities.Comparison.Exactly(q.Value),
            _ => Quantities.Comparison.AtLeast(q.Value),
        };
    }

    private int FirstOf(int start, int end, string[] words)
    {
        for (var i = start; i < end; i++)
        {
            if (!Quoted(i) && StartsWithAny(i, end, words) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    private bool ContainsAny(int start, int end, string[] words) => FirstOf(start, end, words) >= 0;

    /// <summary>
    /// Reads a quantity starting at <paramref name="position"/>: a number (Arabic or Chinese, with 万/千/百/亿), an
    /// optional range, a measure word and bound words around it. Returns null when there is no target there;
    /// <paramref name="next"/> is where scanning resumes (past the whole number either way).
    /// </summary>
    private Candidate? ReadQuantity(int position, int start, int end, out int next)
    {
        next = position + 1;
        var p = position;
        var percent = false;
        if (At(text, p, end, "百分之"))
        {
            percent = true;
            p += 3;
        }

        if (!TryReadNumber(p, start, end, out var value, out var factor, out var afterNumber, out var chinese))
        {
            next = percent ? p : Math.Max(next, afterNumber);
            return null;
        }

        next = afterNumber;
        var before = position > start ? Normalize(text[position - 1]) : ' ';
        if (before == '第' || IsAsciiLetter(before) || before == '.' || (afterNumber < end && IsAsciiLetter(Normalize(text[afterNumber]))))
        {
            return null;
        }

        if (chinese && "统唯同之进逐万某任".Contains(before, StringComparison.Ordinal))
        {
            return null;
        }

        var j = afterNumber;
        decimal? maximum = null;
        if (j < end && IsRangeSeparator(Normalize(text[j])) && !percent)
        {
            var k = j + 1;
            while (k < end && Normalize(text[k]) is '\u2014' or '-')
            {
                k++;
            }

            if (TryReadNumber(k, start, end, out var second, out var secondFactor, out var afterSecond, out _))
            {
                maximum = second;
                if (factor == 1 && secondFactor != 1)
                {
                    // "1-2万": the multiplier written once applies to both bounds.
                    value *= secondFactor;
                }

                j = afterSecond;
                next = afterSecond;
            }
        }

        var bound = ComparisonKind.AtLeast;
        if (j < end && Normalize(text[j]) is '余' or '多')
        {
            j++;
        }

        MeasureWord unit;
        if (percent)
        {
            unit = MeasureWord.Percent;
        }
        else
        {
            if (!MeasureWords.TryReadPrefix(text.AsSpan(j, Math.Min(end - j, 4)), out unit, out var unitLength) || IsFalseMeasure(j, unitLength, end, chinese))
            {
                return null;
            }

            j += unitLength;
        }

        if (At(text, j, end, "以上") || At(text, j, end, "及以上"))
        {
            j += At(text, j, end, "以上") ? 2 : 3;
        }
        else if (At(text, j, end, "以下") || At(text, j, end, "以内"))
        {
            bound = ComparisonKind.AtMost;
            j += 2;
        }
        else if (At(text, j, end, "左右"))
        {
            bound = ComparisonKind.Exactly;
            j += 2;
        }

        var prefixStart = position;
        foreach (var (word, kind) in BoundPrefixes)
        {
            if (EndsAt(text, start, prefixStart, word))
            {
                prefixStart -= word.Length;
                if (kind == ComparisonKind.AtMost && bound == ComparisonKind.AtLeast)
                {
                    bound = ComparisonKind.AtMost;
                }

                break;
            }
        }

        next = Math.Max(next, j);
        return new Candidate(position, prefixStart, j, value, maximum, unit, bound);
    }

    private bool IsFalseMeasure(int position, int length, int end, bool chinese)
    {
        var after = position + length;
        var unit = Normalize(text[position]);
        return unit switch
        {
            '个' => At(text, after, end, "月") || At(text, after, end, "百分点") || At(text, after, end, "小时") || At(text, after, end, "工作日")
                || At(text, after, end, "季度") || At(text, after, end, "学期"),
            '期' => At(text, after, end, "工程") || At(text, after, end, "项目") || At(text, after, end, "建设"),
            '次' => chinese, // 一次性, 二次开发, 考评一次: with Chinese numerals 次 is an adverb, not a count
            '人' => At(text, after, end, "民"),
            '节' => At(text, after, end, "日") || At(text, after, end, "假"),
            '名' => At(text, after, end, "称") || At(text, after, end, "义"),
            _ => false,
        };
    }

    /// <summary>Reads an Arabic or Chinese number with its multipliers (万 亿, and 千 百 after Arabic digits).</summary>
    private bool TryReadNumber(int position, int start, int end, out decimal value, out decimal factor, out int next, out bool chinese)
    {
        value = 0;
        factor = 1;
        next = position;
        chinese = false;
        if (position >= end)
        {
            return false;
        }

        var c = Normalize(text[position]);
        if (IsDigit(c))
        {
            if (position > start && IsDigit(Normalize(text[position - 1])))
            {
                return false;
            }

            var i = position;
            while (i < end && IsDigit(Normalize(text[i])))
            {
                i++;
            }

            next = i;
            if (i - position > 18)
            {
                return false;
            }

            value = ParseDigits(position, i);
            if (i + 1 < end && Normalize(text[i]) == '.' && IsDigit(Normalize(text[i + 1])))
            {
                var f = i + 1;
                var scale = 0.1m;
                while (f < end && IsDigit(Normalize(text[f])))
                {
                    if (f - i <= 10)
                    {
                        value += (Normalize(text[f]) - '0') * scale;
                        scale /= 10;
                    }

                    f++;
                }

                next = f;
            }
        }
        else if ("〇零一二两三四五六七八九十".Contains(c, StringComparison.Ordinal))
        {
            if (!ChineseNumerals.TryParsePrefix(text.AsSpan(position, Math.Min(end - position, 12)), out var number, out var length))
            {
                next = position + 1;
                return false;
            }

            chinese = true;
            value = number;
            next = position + length;
        }
        else
        {
            return false;
        }

        for (var m = 0; m < 2 && next < end; m++)
        {
            var multiplier = Normalize(text[next]) switch
            {
                '万' => 10_000m,
                '亿' => 100_000_000m,
                '千' when !chinese => 1_000m,
                '百' when !chinese && !At(text, next, end, "百分") => 100m,
                _ => 0m,
            };
            if (multiplier == 0)
            {
                break;
            }

            value *= multiplier;
            factor *= multiplier;
            next++;
        }

        return true;
    }

    private decimal ParseDigits(int start, int end)
    {
        var value = 0m;
        for (var i = start; i < end; i++)
        {
            value = (value * 10) + (Normalize(text[i]) - '0');
        }

        return value;
    }

    /// <summary>
    /// The subject counted: the phrase after the measure word ("培训100名心理咨询师") or, when the quantity ends its
    /// phrase, the words before the number without their verb ("新增学位2万个" → 学位). Returns where the subject ends.
    /// </summary>
    private (string Subject, int End) Subject(Candidate q, int phraseStart, int nextStart, ItemBuilder item)
    {
        var a = q.End;
        if (a < nextStart && Normalize(text[a]) == '(' )
        {
            // "新增2400户（累计约3600户）大中型餐饮单位": skip a parenthesised note after the quantity.
            while (a < nextStart && Protected(a))
            {
                a++;
            }
        }

        if (At(text, a, nextStart, "的"))
        {
            a++;
        }

        var b = a;
        while (b < nextStart && b - a < MaxSubjectLength && !(IsPhraseEnd(Normalize(text[b])) && !Protected(b)) && !IsWhite(Normalize(text[b])))
        {
            b++;
        }

        if (b > a)
        {
            var (s, e) = CutAtDe(a, b);
            var subject = Clean(s, e);
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
            var verb = StartsWithAny(from, to, LeadingVerbs);
            if (verb >= 0)
            {
                from += LeadingVerbs[verb].Length;
                changed = true;
            }
        }

        from = Math.Max(from, to - MaxSubjectLength);
        var before = Clean(from, to);

        // "每月至少两课时": a frequency is not what is counted; the item says what is.
        var frequency = before.Length <= 3 && before.StartsWith('每');
        return (before.Length > 0 && !frequency ? before : item.FallbackSubject, q.End);
    }

    /// <summary>
    /// Of "区域整体推进城乡教育一体化的样板县" keeps 样板县 (a long description, then the noun); of "平台的建设" and
    /// "部门的政务数据" keeps 平台 and 部门 (a short noun, then what is done to it).
    /// </summary>
    private (int Start, int End) CutAtDe(int start, int end)
    {
        var last = -1;
        var first = -1;
        for (var i = start; i < end; i++)
        {
            if (Normalize(text[i]) == '的' && !Quoted(i))
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
        var tailIsAction = tail >= end || (StartsWithAny(tail, end, ActionNouns) is var noun and >= 0 && tail + ActionNouns[noun].Length == end);
        return tailIsAction || first - start <= 4 ? (start, first) : (tail, end);
    }

    /// <summary>Trims white space and stray brackets; a subject that is one quoted name loses its quotes.</summary>
    private string Clean(int start, int end)
    {
        start = SkipWhite(text, start, end);
        end = TrimEndWhite(text, start, end);
        while (end > start && Normalize(text[start]) is '(' or ',' or '、' or ':')
        {
            start = SkipWhite(text, start + 1, end);
        }

        while (end > start && Normalize(text[end - 1]) is ')' or ',' or '、' or ':' && !Balanced(start, end))
        {
            end = TrimEndWhite(text, start, end - 1);
        }

        if (end - start >= 2 && Normalize(text[start]) is '“' or '"' && Normalize(text[end - 1]) is '”' or '"')
        {
            var inner = true;
            for (var i = start + 1; i < end - 1; i++)
            {
                if (Normalize(text[i]) is '“' or '”' or '"')
                {
                    inner = false;
                    break;
                }
            }

            if (inner && end - start > 2)
            {
                return Slice(start + 1, end - 1);
            }
        }

        return end > start ? Slice(start, end) : string.Empty;
    }

    private bool Balanced(int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = Normalize(text[i]);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        return depth == 0;
    }

    private void ReadMilestone(int start, int end, ItemBuilder item, CommitmentBuilder commitment, LocalDate? deadline)
    {
        for (var i = start; i < end; i++)
        {
            if (Quoted(i) || Normalize(text[i]) is not ('全' or '完' or '实' or '建'))
            {
                continue;
            }

            var verb = StartsWithAny(i, end, CompletionVerbs);
            if (verb < 0)
            {
                continue;
            }

            var afterVerb = i + CompletionVerbs[verb].Length;
            if (At(text, afterVerb, end, "率") || At(text, afterVerb, end, "情况") || At(text, afterVerb, end, "度"))
            {
                i = afterVerb - 1;
                continue;
            }

            // A clause runs between commas; brackets bound it too ("（0.5分）（6月底完成，…）").
            var clauseStart = i;
            while (clauseStart > start && !(IsClauseEnd(Normalize(text[clauseStart - 1])) && !Quoted(clauseStart - 1))
                && Normalize(text[clauseStart - 1]) is not '(' and not ')')
            {
                clauseStart--;
            }

            var clauseEnd = afterVerb;
            var opened = 0;
            while (clauseEnd < end && !(IsClauseEnd(Normalize(text[clauseEnd])) && !Quoted(clauseEnd)))
            {
                var c = Normalize(text[clauseEnd]);
                opened += c == '(' ? 1 : 0;
                if (c == ')' && opened-- == 0)
                {
                    break;
                }

                clauseEnd++;
            }

            var subject = Clean(At(text, afterVerb, clauseEnd, "了") ? afterVerb + 1 : afterVerb, clauseEnd);
            if (subject.Length == 0)
            {
                var before = Clean(clauseStart, i);
                subject = before.Length > 0 && FindDeadline(clauseStart, i, out _) is null ? before : item.FallbackSubject;
            }

            var spanText = Clean(clauseStart, clauseEnd);
            commitment.Targets.Add(new Target(TargetId.Create(item.Number, item.NextOrdinal++), subject, Quantities.Comparison.Milestone(), MeasureWord.None)
            {
                Text = spanText.Length > 0 ? spanText : null,
                Deadline = deadline,
            });
            return;
        }
    }

    /// <summary>A score note at <paramref name="start"/>: "(0.5分)" gives 0.5.</summary>
    private decimal? ReadScore(int start, int end)
    {
        var i = start + 1;
        var value = 0m;
        var scale = 0m;
        var digits = 0;
        for (; i < end && i - start < 12; i++)
        {
            var c = Normalize(text[i]);
            if (IsDigit(c))
            {
                digits++;
                if (scale == 0)
                {
                    value = (value * 10) + (c - '0');
                }
                else
                {
                    value += (c - '0') * scale;
                    scale /= 10;
                }
            }
            else if (c == '.' && scale == 0 && digits > 0)
            {
                scale = 0.1m;
            }
            else
            {
                break;
            }
        }

        return digits > 0 && value > 0 && At(text, i, end, "分)") ? value : null;
    }

    /// <summary>Where the words after "2021年，" start, when the sentence starts with a year of the period; else -1.</summary>
    private int DatedBody(int start, int end)
    {
        if (TryReadInt(text, start, end, 4, out var year, out var next) && next - start == 4 && At(text, next, end, "年")
            && next + 1 < end && Normalize(text[next + 1]) is ',' or ':' && year >= period.Start.Year && year <= period.End.Year)
        {
            return next + 2;
        }

        return -1;
    }

    /// <summary>Finds the first season, month or year-end word of [start, end) outside quotes.</summary>
    private LocalDate? FindDeadline(int start, int end, out int position)
    {
        position = start;
        var year = period.Start.Year;
        var s = SkipWhite(text, start, end);
        if (s < end && Normalize(text[s]) == '(')
        {
            s++;
        }

        var sentenceYear = false;
        if (TryReadInt(text, s, end, 4, out var named, out var afterYear) && afterYear - s == 4 && At(text, afterYear, end, "年")
            && named >= period.Start.Year && named <= period.End.Year)
        {
            year = named;
            sentenceYear = true;
        }

        for (var i = start; i < end; i++)
        {
            if (Quoted(i))
            {
                continue;
            }

            position = i;
            var c = Normalize(text[i]);
            switch (c)
            {
                case '秋' when At(text, i, end, "秋季"): return Date(year, 9, 1);
                case '春' when At(text, i, end, "春季"): return Date(year, 3, 1);
                case '暑' when At(text, i, end, "暑期") || At(text, i, end, "暑假"): return Date(year, 8, 31);
                case '上' when At(text, i, end, "上半年"): return Date(year, 6, 30);
                case '下' when At(text, i, end, "下半年"): return Date(year, 12, 31);
                case '年' when At(text, i, end, "年底") || At(text, i, end, "年末") || At(text, i, end, "年内"): return Date(year, 12, 31);
                case '季' when At(text, i, end, "季度") && i > start:
                    var quarter = Normalize(text[i - 1]) switch { '一' or '1' => 1, '二' or '2' => 2, '三' or '3' => 3, '四' or '4' => 4, _ => 0 };
                    if (quarter > 0)
                    {
                        return Date(year, quarter * 3, quarter is 1 or 4 ? 31 : 30);
                    }

                    break;
                case '月' when i > start && MonthBefore(start, i) is var month and > 0:
                    if (TryReadDay(i + 1, end, out var day) && day is >= 1 and <= 31)
                    {
                        return day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? Date(year, month, day) : null;
                    }

                    return Date(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
                default:
                    break;
            }
        }

        position = s;
        return sentenceYear ? Date(year, 12, 31) : null;
    }

    /// <summary>A day of the month written after 月: 15日 or 十五日.</summary>
    private bool TryReadDay(int position, int end, out int day)
    {
        if (TryReadInt(text, position, end, 2, out day, out var after) && At(text, after, end, "日"))
        {
            return true;
        }

        return ChineseNumerals.TryParsePrefix(text.AsSpan(position, Math.Min(end - position, 4)), out day, out var length) && At(text, position + length, end, "日");
    }

    /// <summary>The month number written just before 月 at <paramref name="position"/> (6月, 十二月), or 0.</summary>
    private int MonthBefore(int start, int position)
    {
        var i = position;
        while (i > start && IsDigit(Normalize(text[i - 1])) && position - i < 2)
        {
            i--;
        }

        if (i < position)
        {
            if (i > start && (IsDigit(Normalize(text[i - 1])) || Normalize(text[i - 1]) == '-'))
            {
                return 0;
            }

            TryReadInt(text, i, position, 2, out var month, out _);
            return month is >= 1 and <= 12 ? month : 0;
        }

        for (var length = Math.Min(3, position - start); length >= 1; length--)
        {
            if (ChineseNumerals.TryParse(text.AsSpan(position - length, length), out var value) && value is >= 1 and <= 12
                && (position - length == start || !"〇零一二两三四五六七八九十每个".Contains(Normalize(text[position - length - 1]), StringComparison.Ordinal)))
            {
                return value;
            }
        }

        return 0;
    }

    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    private sealed record Candidate(int Start, int PrefixStart, int End, decimal Value, decimal? Maximum, MeasureWord Unit, ComparisonKind Bound);
}

/// <summary>An item being read.</summary>
internal sealed class ItemBuilder(int number, int line)
{
    internal int Number { get; } = number;

    internal int Line { get; } = line;

    internal string Title { get; set; } = string.Empty;

    /// <summary>What a target is about when its sentence does not say: the item's title.</summary>
    internal string FallbackSubject => string.IsNullOrWhiteSpace(Title) ? "（未注明）" : Title;

    internal int NextOrdinal { get; set; } = 1;

    internal LocalDate? NoteDeadline { get; set; }

    internal decimal? Weight { get; set; }

    internal List<CommitmentBuilder> Commitments { get; } = [];

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

using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Quantities a bureau does not read as targets, though they have a number and a measure word: 一 as an article
/// (一批, 一支队伍), denominators and ratio norms (每6个教学班, 每8个班至少配备1名), the present state (已建成的40个),
/// qualifiers and thresholds (30户以上的自然村, 56人以上大班额比例, 首次突破100亿元的企业, 收入过200亿元), caps and
/// subsidies (最高3000万元, 按投资额的10%给予奖补), what is removed (消除66人以上超大班额), the scope of the work
/// (围绕37条产业链), and durations without a bound (45分钟).
/// </summary>
internal sealed class NonTargets(Paragraph paragraph)
{
    /// <summary>How far before a number a baseline word such as 已 is looked for.</summary>
    private const int NearBefore = 6;

    /// <summary>Nouns of places and organisations: "N户以上的自然村" qualifies them; it does not count them.</summary>
    private static readonly string[] QualifiedNouns = ["村", "镇", "乡", "社区", "企业", "公司", "单位", "机构", "园区", "医院"];

    /// <summary>Whether a quantity of a sentence is no target.</summary>
    /// <param name="quantities">The quantities of the sentence, in order.</param>
    /// <param name="k">Which of them.</param>
    /// <param name="start">Where the sentence starts.</param>
    /// <param name="end">Where the sentence ends.</param>
    /// <param name="coverage">Whether the sentence is about every member of a population (每位学生…).</param>
    internal bool Excludes(IReadOnlyList<ScannedQuantity> quantities, int k, int start, int end, bool coverage)
    {
        var text = paragraph.Text;
        var q = quantities[k];
        var (clauseStart, clauseEnd) = Clause(start, end, q);
        if (q.Chinese && q.Value == 1 && q.Maximum is null && !q.Bounded && !coverage && !AfterFrequency(clauseStart, q.PrefixStart))
        {
            return true; // 一批, 一支师德高尚的队伍, 一项重要任务 (but 每月一课时)
        }

        if (q.Unit is MeasureWord.Minutes or MeasureWord.Hours && !q.Bounded)
        {
            return true; // 每节课45分钟
        }

        var before = TrimEndWhite(text, clauseStart, q.PrefixStart);
        if ((before > clauseStart && Normalize(text[before - 1]) == '每') || DenominatorBefore(clauseStart, q.PrefixStart))
        {
            return true; // 每6个教学班; 每8个班至少配备1名
        }

        if (NearAny(clauseStart, q.PrefixStart, PlanLexicon.CapWords) || paragraph.FirstOf(clauseStart, q.PrefixStart, PlanLexicon.ScopeWords) >= 0
            || paragraph.FirstOf(clauseStart, q.PrefixStart, PlanLexicon.RemovalWords) >= 0)
        {
            return true; // 最高3000万元; 围绕37条产业链和40个产业集群; 消除66人以上超大班额
        }

        if (q.Unit is MeasureWord.Yuan or MeasureWord.Percent
            && (paragraph.FirstOf(start, end, PlanLexicon.SubsidyWords) >= 0 || paragraph.FirstOf(clauseStart, clauseEnd, PlanLexicon.GrantWords) >= 0))
        {
            return true; // 按项目设备购置额的10%给予奖补
        }

        if (q.Unit == MeasureWord.Yuan && before > clauseStart && Normalize(text[before - 1]) == '过' && (before - 1 == clauseStart || Normalize(text[before - 2]) != '超'))
        {
            return true; // 收入过200亿元
        }

        return IsBaseline(clauseStart, clauseEnd, q) || IsQualifier(quantities, k, clauseStart, clauseEnd);
    }

    /// <summary>已建成的40个, 现有62项 …的基础上: the present state.</summary>
    private bool IsBaseline(int clauseStart, int clauseEnd, ScannedQuantity q)
    {
        for (var i = clauseStart; i < q.PrefixStart; i++)
        {
            if (!paragraph.Quoted(i) && paragraph.StartsWithAny(i, q.PrefixStart, PlanLexicon.BaselineWords) is var k and >= 0
                && (PlanLexicon.BaselineWords[k].Length > 1 || q.PrefixStart - i <= NearBefore))
            {
                return true;
            }
        }

        return paragraph.FirstOf(q.End, clauseEnd, ["基础上"]) >= 0;
    }

    /// <summary>
    /// A quantity followed by 的 that describes what another counts: "首次突破100亿元的企业15家" (another quantity in the
    /// clause), "收入过100亿元的企业" (money), "30户以上的自然村" (a place or organisation qualified with 以上的).
    /// </summary>
    private bool IsQualifier(IReadOnlyList<ScannedQuantity> quantities, int k, int clauseStart, int clauseEnd)
    {
        var text = paragraph.Text;
        var q = quantities[k];
        if ((EndsAt(text, q.Start, q.End, "以上") || EndsAt(text, q.Start, q.End, "以下")) && k + 1 < quantities.Count
            && quantities[k + 1].Unit == MeasureWord.Percent && quantities[k + 1].Start < clauseEnd && paragraph.SameClause(q.End, quantities[k + 1].PrefixStart))
        {
            return true; // 56人以上大班额比例降至5%以下: the first describes the group whose share the second measures
        }

        var after = SkipWhite(text, q.End, clauseEnd);
        if (!At(text, after, clauseEnd, "的"))
        {
            return false;
        }

        if ((k > 0 && quantities[k - 1].End > clauseStart) || (k + 1 < quantities.Count && quantities[k + 1].Start < clauseEnd) || q.Unit == MeasureWord.Yuan)
        {
            return true; // 突破100亿元的企业: an amount of money describes what follows it
        }

        if (q.Unit == MeasureWord.Percent || !(EndsAt(text, q.Start, q.End, "以上") || EndsAt(text, q.Start, q.End, "以下")))
        {
            return false;
        }

        var nounEnd = after + 1;
        while (nounEnd < clauseEnd && !IsPhraseEnd(Normalize(text[nounEnd])) && nounEnd - after <= 12)
        {
            nounEnd++;
        }

        foreach (var noun in QualifiedNouns)
        {
            if (IndexOf(text, after + 1, nounEnd, noun) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>每 followed by a number earlier in the clause: what comes after it is a ratio.</summary>
    private bool DenominatorBefore(int clauseStart, int position)
    {
        var text = paragraph.Text;
        for (var i = clauseStart; i + 1 < position; i++)
        {
            if (Normalize(text[i]) == '每' && !paragraph.Quoted(i) && paragraph.StartsWithAny(i, position, PlanLexicon.CoverageMarkers) < 0
                && QuantityScanner.MayStartNumber(Normalize(text[SkipWhite(text, i + 1, position)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>每月, 每周, 每天, 每年 … just before: "每月一课时" counts one.</summary>
    private bool AfterFrequency(int clauseStart, int position)
    {
        var text = paragraph.Text;
        var before = TrimEndWhite(text, clauseStart, position);
        return before - 2 >= clauseStart && Normalize(text[before - 2]) == '每' && !QuantityScanner.MayStartNumber(Normalize(text[before - 1]));
    }

    private bool NearAny(int clauseStart, int position, string[] words)
    {
        var from = Math.Max(clauseStart, position - NearBefore);
        return paragraph.FirstOf(from, position, words) >= 0;
    }

    /// <summary>The clause around a quantity: between commas, colons and sentence ends outside brackets.</summary>
    private (int Start, int End) Clause(int start, int end, ScannedQuantity q)
    {
        var text = paragraph.Text;
        var s = q.PrefixStart;
        while (s > start && !(IsClauseEnd(Normalize(text[s - 1])) && !paragraph.Protected(s - 1)))
        {
            s--;
        }

        var e = q.End;
        while (e < end && !(IsClauseEnd(Normalize(text[e])) && !paragraph.Protected(e)))
        {
            e++;
        }

        return (s, e);
    }
}

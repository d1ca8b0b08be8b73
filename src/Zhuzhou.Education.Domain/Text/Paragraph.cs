using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// The paragraph being read, and what every reader of its parts needs: the text, the bracket map, the line and column
/// for messages, the plan period and the diagnostics. One instance serves every paragraph of a document.
/// </summary>
internal sealed class Paragraph
{
    internal Paragraph(string text, DiagnosticBag bag, DateInterval period)
    {
        Text = text;
        Bag = bag;
        Period = period;
        Brackets = new BracketMap(text, bag);
    }

    internal string Text { get; }

    internal DiagnosticBag Bag { get; }

    internal DateInterval Period { get; }

    internal BracketMap Brackets { get; }

    /// <summary>The 1-based line the paragraph is on.</summary>
    internal int Line { get; private set; }

    private int LineStart { get; set; }

    /// <summary>Starts reading the paragraph [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal void Begin(int start, int end, int line, int lineStart)
    {
        Line = line;
        LineStart = lineStart;
        Brackets.Map(start, end, line, lineStart);
    }

    /// <summary>The 1-based column of <paramref name="position"/> on the paragraph's line.</summary>
    internal int Column(int position) => position - LineStart + 1;

    internal bool Quoted(int position) => Brackets.Quoted(position);

    internal bool Protected(int position) => Brackets.Protected(position);

    internal string Slice(int start, int end) => Text[start..end];

    /// <summary>The index in <paramref name="words"/> of the word the text starts with at <paramref name="position"/>, or -1.</summary>
    internal int StartsWithAny(int position, int end, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (At(Text, position, end, words[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where the first of <paramref name="words"/> outside quotation marks starts in [start, end), or -1.</summary>
    internal int FirstOf(int start, int end, string[] words)
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

    internal bool ContainsAny(int start, int end, string[] words) => FirstOf(start, end, words) >= 0;

    /// <summary>Whether no phrase ends (，。；、) outside brackets in [from, to).</summary>
    internal bool SameClause(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsPhraseEnd(Normalize(Text[i])) && !Protected(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Trims white space and stray brackets; a phrase that is one quoted name loses its quotes.</summary>
    internal string Clean(int start, int end)
    {
        start = SkipWhite(Text, start, end);
        end = TrimEndWhite(Text, start, end);
        while (end > start && Normalize(Text[start]) is '(' or ',' or '、' or ':')
        {
            start = SkipWhite(Text, start + 1, end);
        }

        while (end > start && Normalize(Text[end - 1]) is ')' or ',' or '、' or ':' && !Balanced(start, end))
        {
            end = TrimEndWhite(Text, start, end - 1);
        }

        if (end - start >= 2 && Normalize(Text[start]) is '“' or '"' && Normalize(Text[end - 1]) is '”' or '"')
        {
            var inner = true;
            for (var i = start + 1; i < end - 1; i++)
            {
                if (Normalize(Text[i]) is '“' or '”' or '"')
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
            var c = Normalize(Text[i]);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        return depth == 0;
    }
}

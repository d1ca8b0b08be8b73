using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>A piece of a paragraph: the part [Start, End) of the document's line <see cref="Line"/>, which starts at <see cref="LineStart"/>.</summary>
internal readonly record struct LinePiece(int Start, int End, int Line, int LineStart);

/// <summary>
/// The paragraph being read, and what every reader of its parts needs: the paragraph's text (its lines joined where a
/// hard wrap broke it), the bracket map, where each position is in the document (line and column, for messages), the
/// plan period and the diagnostics. One instance serves every paragraph of a document.
/// </summary>
internal sealed class Paragraph
{
    private readonly string document;
    private readonly List<(int At, LinePiece Piece)> pieces = [];

    internal Paragraph(string document, DiagnosticBag bag, DateInterval? period)
    {
        this.document = document;
        Bag = bag;
        Period = period;
        Brackets = new BracketMap(this);
    }

    /// <summary>
    /// The text the paragraph is in; positions of every reader are positions in it. For a paragraph of one line it is
    /// the document's text itself (no copy); for the lines a wrap cut, their text joined.
    /// </summary>
    internal string Text { get; private set; } = string.Empty;

    /// <summary>Where the paragraph starts in <see cref="Text"/>.</summary>
    internal int Start { get; private set; }

    /// <summary>Where the paragraph ends in <see cref="Text"/>.</summary>
    internal int End { get; private set; }

    internal DiagnosticBag Bag { get; }

    /// <summary>The plan period, when known; deadlines need it.</summary>
    internal DateInterval? Period { get; }

    internal BracketMap Brackets { get; }

    /// <summary>Starts reading the paragraph made of <paramref name="parts"/>, in order.</summary>
    internal void Begin(IReadOnlyList<LinePiece> parts)
    {
        pieces.Clear();
        if (parts.Count == 1)
        {
            (Text, Start, End) = (document, parts[0].Start, parts[0].End);
            pieces.Add((parts[0].Start, parts[0]));
        }
        else
        {
            var builder = new System.Text.StringBuilder();
            foreach (var part in parts)
            {
                pieces.Add((builder.Length, part));
                builder.Append(document, part.Start, part.End - part.Start);
            }

            (Text, Start, End) = (builder.ToString(), 0, builder.Length);
        }

        Brackets.Map();
    }

    /// <summary>Reports a diagnostic at <paramref name="position"/> of the paragraph, with its line and column in the document.</summary>
    internal void Report(string code, DiagnosticSeverity severity, string key, ImmutableArray<string> arguments, int position)
    {
        // The piece holding the position, by binary search: a paragraph a wrap cut into many lines costs log(lines)
        // a diagnostic, never a walk over its pieces.
        var (low, high) = (0, pieces.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = pieces[middle].At > position ? (low, middle - 1) : (middle, high);
        }

        var k = low;
        var (at, piece) = pieces[k];
        Bag.Add(code, severity, key, arguments, piece.Line, piece.Start + (position - at) - piece.LineStart + 1);
    }

    internal bool Quoted(int position) => Brackets.Quoted(position);

    internal bool Protected(int position) => Brackets.Protected(position);

    internal string Slice(int start, int end) => Text[start..end];

    /// <summary>The index in <paramref name="words"/> of the word the text starts with at <paramref name="position"/>, or -1.</summary>
    internal int StartsWithAny(int position, int end, string[] words)
    {
        if (position >= end)
        {
            return -1;
        }

        // The first character rules most words out; only those that start with it are compared in full.
        var first = Normalize(Text[position]);
        for (var k = 0; k < words.Length; k++)
        {
            if (words[k][0] == first && At(Text, position, end, words[k]))
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

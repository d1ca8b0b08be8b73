using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Joins the lines of a paragraph that a line break cut: text from a PDF is wrapped at a fixed width, mid-sentence and
/// mid-number ("建成 120 个以" / page number / "上具有…"), and text from web pages sometimes breaks a sentence with an
/// empty line between. A line continues onto the next text line when it does not end a paragraph (。；：！？ or a
/// closing bracket) and either reaches the document's wrap width or is prose — it already holds a sentence end — cut
/// before its end. Page furniture and empty lines between are skipped. Lines that are paragraphs of their own
/// (the common case, and the seed's) are never joined.
/// </summary>
internal sealed class ParagraphJoiner
{
    /// <summary>A document is wrapped when at least this share of its lines has the most common width.</summary>
    private const double WrappedShare = 0.25;

    /// <summary>A wrapped line is at most this much narrower than the wrap width (in half-width columns).</summary>
    private const int WrapSlack = 6;

    private readonly TextDocument document;
    private int? wrapWidth;

    internal ParagraphJoiner(TextDocument document) => this.document = document;

    /// <summary>The document's wrap width, found the first time a line might continue (never, in most documents).</summary>
    private int Wrap => wrapWidth ??= WrapWidth(document);

    /// <summary>
    /// Collects the paragraph that starts at <paramref name="from"/> on line index <paramref name="index"/>: its
    /// pieces go to <paramref name="pieces"/> (cleared first).
    /// </summary>
    /// <returns>The index of the last line the paragraph takes.</returns>
    internal int Collect(int index, int from, List<LinePiece> pieces)
    {
        var lines = document.Lines;
        pieces.Clear();
        var line = lines[index];
        pieces.Add(new LinePiece(from, line.End, line.Number, line.LineStart));
        var last = index;
        for (var next = NextLine(last); next >= 0; next = NextLine(last))
        {
            for (var k = last + 1; k < next; k++)
            {
                document.TakeNonContentLine(lines[k]);
            }

            line = lines[next];
            pieces.Add(new LinePiece(line.Start, line.End, line.Number, line.LineStart));
            last = next;
        }

        return last;
    }

    /// <summary>Whether the paragraph on line index <paramref name="index"/> goes on to the next text line.</summary>
    internal bool Continues(int index) => NextLine(index) >= 0;

    /// <summary>The index of the text line that continues line index <paramref name="last"/>'s paragraph, or -1.</summary>
    private int NextLine(int last)
    {
        var lines = document.Lines;
        if (!Continues(lines[last], out var acrossBlank))
        {
            return -1;
        }

        var next = last + 1;
        var blank = false;
        while (next < lines.Count && lines[next].Kind is LineKind.Blank or LineKind.Noise)
        {
            blank |= lines[next].Kind == LineKind.Blank;
            next++;
        }

        return next < lines.Count && lines[next].Kind == LineKind.Text && (!blank || acrossBlank) ? next : -1;
    }

    /// <summary>Whether a line's paragraph goes on after it; <paramref name="acrossBlank"/> whether an empty line may come between.</summary>
    private bool Continues(TextLine line, out bool acrossBlank)
    {
        var text = document.Text;
        acrossBlank = false;
        var last = Normalize(text[line.End - 1]);
        if (IsParagraphEnd(last) || (last is '”' or '"' or '》' or '’' && line.End - 2 >= line.Start && IsSentenceEnd(Normalize(text[line.End - 2]))))
        {
            return false;
        }

        if (Wrap > 0 && Width(text, line.Start, line.End) >= Wrap - WrapSlack)
        {
            return true;
        }

        // Prose cut before its end: the line has ended a sentence already, so it is no title.
        for (var i = line.Start; i < line.End - 1; i++)
        {
            if (IsSentenceEnd(Normalize(text[i])))
            {
                acrossBlank = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>The most common width of the document's lines, when enough lines have it to show a hard wrap; else 0.</summary>
    private static int WrapWidth(TextDocument document)
    {
        const int MinLines = 20;
        const int MinWidth = 30;
        const int MaxWidth = 400;
        var total = 0;
        foreach (var line in document.Lines)
        {
            total += line.Kind is LineKind.Text or LineKind.Heading ? 1 : 0;
        }

        if (total < MinLines)
        {
            return 0;
        }

        var counts = new int[MaxWidth + 1];
        foreach (var line in document.Lines)
        {
            if (line.Kind is LineKind.Text or LineKind.Heading && line.End - line.Start <= MaxWidth)
            {
                var width = Width(document.Text, line.Start, line.End);
                counts[Math.Min(width, MaxWidth)]++;
            }
        }

        var mode = 0;
        for (var width = MinWidth; width < MaxWidth; width++)
        {
            mode = counts[width] > counts[mode] ? width : mode;
        }

        var near = 0;
        for (var width = Math.Max(0, mode - 2); width <= Math.Min(MaxWidth - 1, mode + 2); width++)
        {
            near += counts[width];
        }

        return mode > 0 && near >= total * WrappedShare ? mode : 0;
    }

    private static int Width(string text, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++)
        {
            width += DisplayWidth(text[i]);
        }

        return width;
    }
}

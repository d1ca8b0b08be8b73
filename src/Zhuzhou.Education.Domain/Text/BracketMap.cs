using Zhuzhou.Education.Domain.Diagnostics;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// The brackets and quotation marks of one paragraph: for each position, whether it is inside quotation marks
/// (“” ‘’ "" 「」 『』 《》) or parentheses, and where each outermost 《》 title opens and closes. Marks that do not
/// balance are reported (ZP0301) and read as plain text. One instance is reused for every paragraph of a document,
/// so that its buffers are allocated once; work is linear in the paragraph's length.
/// </summary>
internal sealed class BracketMap(Paragraph paragraph)
{
    private const int Title = 0;
    private const int Paren = 4;
    private readonly List<(int Kind, int Position)> stack = [];
    private readonly int[] openCounts = new int[7];
    private readonly List<(int Open, int Close)> titles = [];
    private int[] quoteDepth = new int[256];
    private int[] parenDepth = new int[256];
    private int start;

    /// <summary>The outermost 《》 of the paragraph, in order: the positions of 《 and 》.</summary>
    internal IReadOnlyList<(int Open, int Close)> Titles => titles;

    /// <summary>Maps the paragraph's text.</summary>
    internal void Map()
    {
        var text = paragraph.Text;
        start = paragraph.Start;
        var length = paragraph.End - start;
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
        Array.Clear(openCounts);
        for (var i = start; i < paragraph.End; i++)
        {
            var c = Normalize(text[i]);
            switch (c)
            {
                case '《': Open(Title, i); break;
                case '》': Close(Title, i); break;
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
                case '(': Open(Paren, i); break;
                case ')': Close(Paren, i); break;
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

    /// <summary>Whether <paramref name="position"/> is inside quotation marks or a 《》 title.</summary>
    internal bool Quoted(int position) => quoteDepth[position - start] > 0;

    /// <summary>Whether <paramref name="position"/> is inside quotation marks, a title or parentheses.</summary>
    internal bool Protected(int position) => quoteDepth[position - start] > 0 || parenDepth[position - start] > 0;

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

            var depth = kind == Paren ? parenDepth : quoteDepth;
            depth[open - start]++;
            depth[position - start + 1]--;
            if (kind == Title && openCounts[Title] == 0)
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
            Title => opening ? "《" : "》",
            1 => opening ? "“" : "”",
            2 => opening ? "‘" : "’",
            3 => "\"",
            Paren => opening ? "(" : ")",
            5 => opening ? "「" : "」",
            _ => opening ? "『" : "』",
        };
        var key = PlanTextCodes.Unbalanced + (opening ? ".open" : ".close");
        paragraph.Report(PlanTextCodes.Unbalanced, kind == Paren ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, key, [mark], position);
    }
}

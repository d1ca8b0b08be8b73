using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>Splits plan text into lines (LF, CRLF or CR) and says what each line is (see <see cref="LineKind"/>).</summary>
internal static class LineClassifier
{
    /// <summary>Lines longer than this are never page noise, metadata or dates: they are text.</summary>
    private const int MaxHeaderLineLength = 300;

    /// <summary>The lines of <paramref name="text"/>, classified, in order.</summary>
    internal static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not '\r' and not '\n')
            {
                continue;
            }

            lines.Add(Classify(text, start, i, number));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            number++;
            start = i + 1;
        }

        return lines;
    }

    /// <summary>Classifies the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>).</summary>
    internal static TextLine Classify(string text, int lineStart, int lineEnd, int number)
    {
        var s = SkipWhite(text, lineStart, lineEnd);
        var e = TrimEndWhite(text, s, lineEnd);
        var line = new TextLine { LineStart = lineStart, Start = s, End = e, Number = number, Kind = LineKind.Text };
        if (s == e)
        {
            line.Kind = LineKind.Blank;
            return line;
        }

        if (e - s <= MaxHeaderLineLength && ClassifyFurniture(text, ref line))
        {
            return line;
        }

        if (Numbering.TryReadHeading(text, s, e, out var style, out var value, out var contentStart))
        {
            line.Kind = LineKind.Heading;
            line.Style = style;
            line.Value = value;
            line.ContentStart = SkipWhite(text, contentStart, e);
        }

        return line;
    }

    /// <summary>Metadata, page noise, a date alone or a document number.</summary>
    private static bool ClassifyFurniture(string text, ref TextLine line)
    {
        var s = line.Start;
        var e = line.End;
        foreach (var word in PlanLexicon.MetadataWords)
        {
            if (IndexOf(text, s, e, word) is var meta and >= 0)
            {
                line.Kind = LineKind.Metadata;
                for (var i = meta + word.Length; i < e; i++)
                {
                    if (DateReader.TryRead(text, i, e, out var date, out _))
                    {
                        line.Date = date;
                        break;
                    }
                }

                return true;
            }
        }

        foreach (var word in PlanLexicon.NoiseWords)
        {
            // A first character outside ASCII is not changed by normalisation: a fast search rules most lines out.
            if ((word[0] < 0x80 || text.AsSpan(s, e - s).Contains(word[0])) && IndexOf(text, s, e, word) >= 0)
            {
                line.Kind = LineKind.Noise;
                return true;
            }
        }

        if (DateReader.TryRead(text, s, e, out var only, out var after) && after == e)
        {
            line.Kind = LineKind.DateLine;
            line.Date = only;
            return true;
        }

        if (e - s <= 40 && Normalize(text[e - 1]) == '号' && IndexOf(text, s, e, "〔") >= 0)
        {
            line.Kind = LineKind.DocumentNumber;
            return true;
        }

        return false;
    }
}

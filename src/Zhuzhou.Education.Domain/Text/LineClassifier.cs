using NodaTime;
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
        // Sized once (one line per LF, plus the last): a list that doubles as it grows holds up to twice the lines.
        var lines = new List<TextLine>(text.AsSpan().Count('\n') + 1);
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
        var span = text.AsSpan(s, e - s);
        foreach (var word in PlanLexicon.MetadataWords)
        {
            // A first character outside ASCII is not changed by normalisation: a fast search rules most lines out.
            if (span.Contains(word[0]) && IndexOf(text, s, e, word) is var meta and >= 0)
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
            // An ASCII first character may be written full-width (ｈｔｔｐ): both are looked for.
            if ((span.Contains(word[0]) || (word[0] < 0x80 && span.Contains((char)(word[0] + 0xFEE0)))) && IndexOf(text, s, e, word) >= 0)
            {
                line.Kind = LineKind.Noise;
                return true;
            }
        }

        if (IsDateLine(text, s, e, out var only))
        {
            line.Kind = LineKind.DateLine;
            line.Date = only;
            return true;
        }

        if (DocumentNumberYear(text, s, e) is var year and > 0)
        {
            line.Kind = LineKind.DocumentNumber;
            line.Value = year;
            return true;
        }

        if (IsPageFurniture(text, s, e))
        {
            line.Kind = LineKind.Noise;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A date alone on its line, as a signature or a line under the title writes it: 2018年3月22日, （2018年3月22日）,
    /// [2018-03-22], 2019年2月20日印发.
    /// </summary>
    private static bool IsDateLine(string text, int s, int e, out LocalDate date)
    {
        var open = Normalize(text[s]) is '(' or '[' or '【' or '〔';
        var from = open ? SkipWhite(text, s + 1, e) : s;
        if (!DateReader.TryRead(text, from, e, out date, out var after))
        {
            return false;
        }

        after = SkipWhite(text, after, e);
        if (At(text, after, e, "印发") || At(text, after, e, "发布"))
        {
            after = SkipWhite(text, after + 2, e);
        }

        if (open && after < e && Normalize(text[after]) is ')' or ']' or '】' or '〕')
        {
            after++;
        }

        return after == e;
    }

    /// <summary>
    /// The year of a document number alone on its line — 通政办发〔2018〕25号, 象政办[2017]123号, （国办发〔2015〕71号）
    /// — or 0.
    /// </summary>
    private static int DocumentNumberYear(string text, int s, int e)
    {
        var end = Normalize(text[e - 1]) == ')' ? e - 1 : e;
        if (e - s > 40 || end <= s || Normalize(text[end - 1]) != '号')
        {
            return 0;
        }

        for (var i = s; i + 6 <= end; i++)
        {
            if (Normalize(text[i]) is '〔' or '[' or '【' or '(' && TryReadInt(text, i + 1, end, 4, out var year, out var next)
                && next == i + 5 && DateReader.IsYear(year) && Normalize(text[next]) is '〕' or ']' or '】' or ')')
            {
                return year;
            }
        }

        return 0;
    }

    /// <summary>
    /// What a PDF leaves on lines of their own: a page number (5, - 5 -, 第5页), a rule (─────), a table of contents
    /// (目录, and entries whose dot leaders end in a page number: 一、现状与形势......1).
    /// </summary>
    private static bool IsPageFurniture(string text, int s, int e)
    {
        // Each kind ends its line with a digit (a page number), 页, 录, or a rule's character: most lines end otherwise.
        if (Normalize(text[e - 1]) is not ((>= '0' and <= '9') or '页' or '录' or '-' or '—' or '─' or '━' or '=' or '_' or '*' or '·' or '…' or '.' or '\u2015'))
        {
            return false;
        }

        var digits = 0;
        var rules = 0;
        var other = 0;
        for (var i = s; i < e; i++)
        {
            var c = Normalize(text[i]);
            if (IsDigit(c))
            {
                digits++;
            }
            else if (c is '-' or '—' or '─' or '━' or '=' or '_' or '*' or '·' or '…' or '.' or '\u2015')
            {
                rules++;
            }
            else if (!IsWhite(c))
            {
                other++;
            }
        }

        if (other == 0 && (digits is > 0 and <= 4 || (digits == 0 && rules >= 3)))
        {
            return true; // 5, - 5 -, ─────, ......
        }

        if (other <= 2 && digits is > 0 and <= 4 && Normalize(text[s]) == '第' && Normalize(text[e - 1]) == '页')
        {
            return true; // 第5页
        }

        var squeezed = 0;
        for (var i = s; i < e; i++)
        {
            squeezed += IsWhite(Normalize(text[i])) ? 0 : 1;
        }

        if (squeezed == 2 && IndexOf(text, s, e, "目") == s && Normalize(text[e - 1]) == '录')
        {
            return true; // 目录, 目 录
        }

        // A table of contents entry: at least three dot leaders, then the page number ends the line.
        var j = e;
        while (j > s && IsDigit(Normalize(text[j - 1])))
        {
            j--;
        }

        j = TrimEndWhite(text, s, j);
        var leaders = 0;
        while (j > s && Normalize(text[j - 1]) is '.' or '…' or '·')
        {
            leaders += Normalize(text[j - 1]) == '…' ? 3 : 1;
            j--;
        }

        return j < e && leaders >= 3 && IsDigit(Normalize(text[e - 1]));
    }
}

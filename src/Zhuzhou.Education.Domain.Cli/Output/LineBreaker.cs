using System.Text;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// Breaks text into lines of a given width in terminal cells, as Chinese is set: between any two Chinese characters,
/// but never inside a run of digits or Latin letters, never before closing punctuation (、，。）” — no line starts with
/// 、) and never after opening punctuation (（“《); a list of names breaks only between names.
/// </summary>
internal static class LineBreaker
{
    private const string NoStart = "、，。；：！？）》」』”’%,.;:!?)]";
    private const string NoEnd = "（《「『“‘([";

    /// <summary>The lines of <paramref name="text"/>, each at most <paramref name="width"/> cells where a break allows.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width) => Fill(Tokens(text), width);

    /// <summary>Names joined by <paramref name="separator"/>, each kept whole on its line, the separator ending the line.</summary>
    public static IReadOnlyList<string> WrapList(IReadOnlyList<string> names, string separator, int width)
        => Fill(names.Select((n, i) => i < names.Count - 1 ? n + separator : n).ToList(), width);

    /// <summary>The width of text in terminal cells: two for wide (East Asian) characters, one for the rest.</summary>
    public static int Cells(string text)
    {
        var cells = 0;
        foreach (var c in text)
        {
            cells += IsWide(c) ? 2 : 1;
        }

        return cells;
    }

    private static bool IsWide(char c)
        => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uA000' and <= '\uA4CF')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    /// <summary>Units that stay together: a run of digits and Latin letters (with the punctuation inside a number), or one character.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '.' or '-' or ',' or '/' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static List<string> Fill(IReadOnlyList<string> tokens, int width)
    {
        var lines = new List<List<string>> { new() };
        var cells = 0;
        foreach (var token in tokens)
        {
            var line = lines[^1];
            var size = Cells(token);
            if (cells + size > width && line.Count > 0)
            {
                // Closing punctuation goes with what it closes: the token before it moves down too.
                var carried = new List<string>();
                if (NoStart.Contains(token[0], StringComparison.Ordinal) && line.Count > 1)
                {
                    carried.Add(line[^1]);
                    line.RemoveAt(line.Count - 1);
                }

                // Opening punctuation never ends a line.
                while (line.Count > 1 && NoEnd.Contains(line[^1][^1], StringComparison.Ordinal))
                {
                    carried.Insert(0, line[^1]);
                    line.RemoveAt(line.Count - 1);
                }

                lines.Add(carried);
                cells = carried.Sum(Cells);
            }

            lines[^1].Add(token);
            cells += size;
        }

        return lines.Select(l => Join(l).TrimEnd()).Where(l => l.Length > 0).DefaultIfEmpty(string.Empty).ToList();
    }

    private static string Join(List<string> tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            text.Append(token);
        }

        return text.ToString();
    }
}

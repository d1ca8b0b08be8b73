namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The lines of a CSV text, to say in which column a field of a record starts — found only for a record that has a
/// problem, by reading its line again (quotes respected).
/// </summary>
internal sealed class CsvLines(string text)
{
    private List<int>? starts;

    /// <summary>The 1-based column where field <paramref name="field"/> (0-based) of line <paramref name="line"/> starts; null when not found.</summary>
    public int? Column(int line, int field)
    {
        if (field < 0)
        {
            return null;
        }

        starts ??= Starts(text);
        if (line < 1 || line > starts.Count)
        {
            return null;
        }

        var start = starts[line - 1];
        var quoted = false;
        var current = 0;
        for (var i = start; i < text.Length && (quoted || (text[i] != '\n' && text[i] != '\r')); i++)
        {
            if (current == field)
            {
                return i - start + 1;
            }

            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ',' && !quoted)
            {
                current++;
                if (current == field)
                {
                    return i - start + 2;
                }
            }
        }

        return null;
    }

    private static List<int> Starts(string text)
    {
        var list = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                list.Add(i + 1);
            }
        }

        return list;
    }
}

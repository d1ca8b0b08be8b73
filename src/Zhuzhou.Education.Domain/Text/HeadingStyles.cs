using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Which numbering style makes sections, which makes items, and what the other styles are: sub-headings above items
/// (（一） over 1.), or parts of an item below it (（一） lists inside 第五条).
/// </summary>
/// <remarks>
/// <para>Sections: the first Chinese-numbered style met (第一部分/第一章, 一、 or （一）).</para>
/// <para>Items: the first Arabic style (1. 1、 （1） or 第一条) whose headings carry their text, on the same line or the
/// lines below; or,
/// when no Arabic style does, the first Chinese style below the sections that does (一、 sections with （一） items);
/// or else the first Arabic style. So group headings such as "6.打造整体、高效的数字政府。" over items "（19）…" are
/// not items, and sub-headings standing alone ("（一）指导思想") are not either.</para>
/// <para>A style is a sub-heading style when, in some section with items, one of its headings comes before the
/// section's first item. In a section without items of the plan's style, the headings of another style that is no
/// sub-heading style and that carry their text are that section's items (1． in one section, （一） in the next).</para>
/// </remarks>
internal sealed class HeadingStyles
{
    private const double CarriesShare = 0.5;
    private static readonly int StyleCount = Enum.GetValues<HeadingStyle>().Length;
    private readonly HashSet<HeadingStyle> subheadings = [];
    private readonly Dictionary<int, HeadingStyle> sectionItems = [];

    private HeadingStyles(HeadingStyle section, HeadingStyle item)
    {
        Section = section;
        Item = item;
    }

    /// <summary>The style of section headings.</summary>
    internal HeadingStyle Section { get; }

    /// <summary>The style of item headings in most sections.</summary>
    internal HeadingStyle Item { get; }

    /// <summary>Chooses the styles of a document's headings.</summary>
    internal static HeadingStyles Choose(TextDocument document)
    {
        var headings = new List<(int Index, HeadingStyle Style, bool Body)>();
        var order = new List<HeadingStyle>();
        var count = new int[StyleCount];
        var bodies = new int[StyleCount];
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.Kind != LineKind.Heading)
            {
                continue;
            }

            // An Arabic-numbered heading may have its text on the lines below it ("1.加强党的建设" / "…。").
            var body = CarriesText(document.Text, line) || (IsArabic(line.Style) && TextFollows(document, i));
            headings.Add((i, line.Style, body));
            if (count[(int)line.Style]++ == 0)
            {
                order.Add(line.Style);
            }

            bodies[(int)line.Style] += body ? 1 : 0;
        }

        var section = order.Find(s => s is HeadingStyle.Part or HeadingStyle.Dun or HeadingStyle.ChineseParen);
        bool Carries(HeadingStyle style) => bodies[(int)style] >= count[(int)style] * CarriesShare;
        var item = order.Find(s => s != section && IsArabic(s) && Carries(s));
        if (item == HeadingStyle.None)
        {
            item = order.Find(s => s != section && !IsArabic(s) && Carries(s));
        }

        if (item == HeadingStyle.None)
        {
            item = order.Find(s => s != section && IsArabic(s));
        }

        var styles = new HeadingStyles(section, item);
        styles.Classify(headings);
        return styles;
    }

    /// <summary>Whether a line is a heading of a section or an item.</summary>
    internal bool IsSectionOrItem(TextLine line)
        => line.Kind == LineKind.Heading && (line.Style == Section || line.Style == Item || sectionItems.ContainsValue(line.Style));

    /// <summary>The item style of the section whose heading is line index <paramref name="sectionLine"/> (-1 before any section).</summary>
    internal HeadingStyle ItemStyleOf(int sectionLine) => sectionItems.GetValueOrDefault(sectionLine, Item);

    /// <summary>Whether headings of <paramref name="style"/> stand above items (and so close the item before them).</summary>
    internal bool IsSubheading(HeadingStyle style) => subheadings.Contains(style);

    /// <summary>Whether the next line with content after line index <paramref name="index"/> is unnumbered text.</summary>
    private static bool TextFollows(TextDocument document, int index)
    {
        for (var next = index + 1; next < document.Lines.Count; next++)
        {
            var kind = document.Lines[next].Kind;
            if (kind is not (LineKind.Blank or LineKind.Noise))
            {
                return kind == LineKind.Text;
            }
        }

        return false;
    }

    private static bool IsArabic(HeadingStyle style) => style is HeadingStyle.ArabicDot or HeadingStyle.ArabicParen or HeadingStyle.Article;

    /// <summary>Whether a heading carries its text: something after the title's 。, or a title that is a whole task.</summary>
    private static bool CarriesText(string text, TextLine line)
    {
        var full = line.ContentStart;
        while (full < line.End && Normalize(text[full]) != '。')
        {
            full++;
        }

        return SkipWhite(text, Math.Min(full + 1, line.End), line.End) < line.End || full - line.ContentStart > 25;
    }

    private void Classify(List<(int Index, HeadingStyle Style, bool Body)> headings)
    {
        // The headings of each section in turn; those before the first section heading open the walk (line -1).
        var sections = new List<(int Line, int From, int To)>();
        var from = 0;
        var line = -1;
        for (var k = 0; k <= headings.Count; k++)
        {
            if (k == headings.Count || headings[k].Style == Section)
            {
                sections.Add((line, from, k));
                if (k < headings.Count)
                {
                    (line, from) = (headings[k].Index, k + 1);
                }
            }
        }

        foreach (var (_, start, end) in sections)
        {
            var firstItem = start;
            while (firstItem < end && headings[firstItem].Style != Item)
            {
                firstItem++;
            }

            for (var k = start; firstItem < end && k < firstItem; k++)
            {
                subheadings.Add(headings[k].Style);
            }
        }

        subheadings.Remove(Item);

        // Only a plan with items numbers them differently in some sections.
        foreach (var (sectionLine, start, end) in sections)
        {
            if (Item == HeadingStyle.None || sectionLine < 0 || HasStyle(headings, start, end, Item))
            {
                continue;
            }

            for (var k = start; k < end; k++)
            {
                var style = headings[k].Style;
                if (!subheadings.Contains(style) && CarriesIn(headings, start, end, style))
                {
                    sectionItems[sectionLine] = style;
                    break;
                }
            }
        }
    }

    private static bool HasStyle(List<(int Index, HeadingStyle Style, bool Body)> headings, int start, int end, HeadingStyle style)
    {
        for (var k = start; k < end; k++)
        {
            if (headings[k].Style == style)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CarriesIn(List<(int Index, HeadingStyle Style, bool Body)> headings, int start, int end, HeadingStyle style)
    {
        int count = 0, bodies = 0;
        for (var k = start; k < end; k++)
        {
            if (headings[k].Style == style)
            {
                count++;
                bodies += headings[k].Body ? 1 : 0;
            }
        }

        return bodies >= count * CarriesShare;
    }
}

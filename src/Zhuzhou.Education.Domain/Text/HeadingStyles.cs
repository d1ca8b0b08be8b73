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
        var headings = new List<(int Index, TextLine Line, bool Body)>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.Kind == LineKind.Heading)
            {
                // An Arabic-numbered heading may have its text on the lines below it ("1.加强党的建设" / "…。").
                headings.Add((i, line, CarriesText(document.Text, line) || (IsArabic(line.Style) && TextFollows(document, i))));
            }
        }

        var order = headings.Select(h => h.Line.Style).Distinct().ToList();
        var section = order.FirstOrDefault(s => s is HeadingStyle.Part or HeadingStyle.Dun or HeadingStyle.ChineseParen);
        var below = order.Where(s => s != section).ToList();
        bool Carries(HeadingStyle style) => headings.Where(h => h.Line.Style == style).Average(h => h.Body ? 1d : 0d) >= CarriesShare;
        var item = below.FirstOrDefault(s => IsArabic(s) && Carries(s));
        if (item == HeadingStyle.None)
        {
            item = below.FirstOrDefault(s => !IsArabic(s) && Carries(s));
        }

        if (item == HeadingStyle.None)
        {
            item = below.FirstOrDefault(IsArabic);
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

    private void Classify(List<(int Index, TextLine Line, bool Body)> headings)
    {
        // Split the headings by section; -1 holds those before the first section heading.
        var bySection = new List<(int Line, List<(int Index, TextLine Line, bool Body)> Headings)> { (-1, []) };
        foreach (var heading in headings)
        {
            if (heading.Line.Style == Section)
            {
                bySection.Add((heading.Index, []));
            }
            else
            {
                bySection[^1].Headings.Add(heading);
            }
        }

        foreach (var (_, list) in bySection)
        {
            var firstItem = list.FindIndex(h => h.Line.Style == Item);
            for (var k = 0; k < firstItem; k++)
            {
                subheadings.Add(list[k].Line.Style);
            }
        }

        subheadings.Remove(Item);
        foreach (var (line, list) in bySection)
        {
            // Only a plan with items numbers them differently in some sections.
            if (Item == HeadingStyle.None || line < 0 || list.Exists(h => h.Line.Style == Item))
            {
                continue;
            }

            var own = list.Select(h => h.Line.Style).Distinct()
                .FirstOrDefault(s => !subheadings.Contains(s) && list.Where(h => h.Line.Style == s).Average(h => h.Body ? 1d : 0d) >= CarriesShare);
            if (own != HeadingStyle.None)
            {
                sectionItems[line] = own;
            }
        }
    }
}

namespace Zhuzhou.Education.Domain.Text;

/// <summary>The numbering styles of a plan's two levels: its sections and its items.</summary>
internal sealed record HeadingStyles(HeadingStyle Section, HeadingStyle Item)
{
    /// <summary>
    /// The section style is the first Chinese-numbered style met (第一部分, 一、 or （一）); items are numbered 1. or （1）,
    /// or, in a plan without them, by the Chinese style below the sections (一、 sections with （一） items).
    /// </summary>
    internal static HeadingStyles Choose(IReadOnlyList<TextLine> lines)
    {
        var chineseStyles = new List<HeadingStyle>();
        var itemStyle = HeadingStyle.None;
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Heading)
            {
                continue;
            }

            if (line.Style is HeadingStyle.ArabicDot or HeadingStyle.ArabicParen)
            {
                if (itemStyle == HeadingStyle.None)
                {
                    itemStyle = line.Style;
                }
            }
            else if (!chineseStyles.Contains(line.Style))
            {
                chineseStyles.Add(line.Style);
            }
        }

        var sectionStyle = chineseStyles.Count > 0 ? chineseStyles[0] : HeadingStyle.None;
        if (itemStyle == HeadingStyle.None && chineseStyles.Count > 1)
        {
            itemStyle = chineseStyles[1];
        }

        return new HeadingStyles(sectionStyle, itemStyle);
    }

    /// <summary>Whether a line is a heading of a section or an item.</summary>
    internal bool IsSectionOrItem(TextLine line) => line.Kind == LineKind.Heading && (line.Style == Section || line.Style == Item);
}

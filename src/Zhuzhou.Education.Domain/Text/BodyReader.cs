using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the body of a plan, from its first heading: sections and their items, in the numbering styles chosen for
/// them (<see cref="HeadingStyles"/>); each item's paragraphs go to the <see cref="ParagraphReader"/>. Headings of
/// other styles are sub-headings, not a level of the model; unnumbered paragraphs are more commitments of the open
/// item when they read like sentences.
/// </summary>
internal sealed class BodyReader
{
    private readonly TextDocument document;
    private readonly HeadingStyles styles;
    private readonly ParagraphReader paragraphs;
    private readonly NumberSequence sectionNumbers = new();
    private readonly NumberSequence itemNumbers = new();
    private readonly List<Section> sections = [];
    private List<Item> items = [];
    private string? sectionTitle;
    private decimal? sectionWeight;
    private int sectionNumber;
    private int sectionLine;
    private ItemBuilder? item;
    private bool headingSinceItem = true;
    private bool sawSection;

    internal BodyReader(TextDocument document, HeadingStyles styles, DateInterval period)
    {
        this.document = document;
        this.styles = styles;
        paragraphs = new ParagraphReader(document.Text, document.Bag, period);
    }

    private DiagnosticBag Bag => document.Bag;

    private string Text => document.Text;

    /// <summary>Reads the sections from line index <paramref name="first"/> to the end.</summary>
    internal List<Section> Read(int first)
    {
        for (var i = first; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (document.TakeNonContentLine(line))
            {
                continue;
            }

            if (line.Kind == LineKind.Heading && line.Style == styles.Section)
            {
                OpenSection(line);
            }
            else if (line.Kind == LineKind.Heading && line.Style == styles.Item)
            {
                OpenItem(line);
            }
            else if (line.Kind == LineKind.Heading && line.Style is HeadingStyle.Part or HeadingStyle.Dun or HeadingStyle.ChineseParen)
            {
                CloseItem();
                headingSinceItem = true;
                var (titleStart, titleEnd) = HeadingTitle(line);
                Bag.Add(PlanTextCodes.Subheading, DiagnosticSeverity.Info, "A heading below the section level is not kept as a level: " + document.Excerpt(line), line.Number, TextDocument.Column(line, line.Start));
                ReportRest(line, titleEnd == titleStart ? line.ContentStart : titleEnd);
            }
            else if (item is not null && HasSentencePunctuation(line))
            {
                // Unnumbered text (or a sub-item such as （1） under 1.): more commitments of the open item.
                Bag.Add(PlanTextCodes.Continuation, DiagnosticSeverity.Info, $"An unnumbered paragraph was read as more commitments of item {item.Number}.", line.Number, TextDocument.Column(line, line.Start));
                paragraphs.Read(line.Start, line.End, line.Number, line.LineStart, withTitle: false, item);
            }
            else
            {
                Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, "A paragraph outside any item was not placed: " + document.Excerpt(line), line.Number, TextDocument.Column(line, line.Start));
            }
        }

        CloseSection();
        return sections;
    }

    private void OpenSection(TextLine line)
    {
        CloseSection();
        var written = line.Value;
        var previousWritten = sectionNumbers.LastWritten;
        sectionNumber = sectionNumbers.Assign(written, out var change);
        if (change == NumberChange.Renumbered)
        {
            Bag.Add(PlanTextCodes.SectionRenumbered, DiagnosticSeverity.Warning, $"Section number {Numbering.Chinese(written)} repeats or goes back; numbered {Numbering.Chinese(sectionNumber)}.", line.Number, TextDocument.Column(line, line.Start));
        }
        else if (change == NumberChange.Skipped)
        {
            Bag.Add(PlanTextCodes.SectionNumberSkips, DiagnosticSeverity.Warning, $"Section number {Numbering.Chinese(written)} skips from {Numbering.Chinese(previousWritten)}.", line.Number, TextDocument.Column(line, line.Start));
        }

        sectionLine = line.Number;
        sawSection = true;
        var (titleStart, titleEnd) = HeadingTitle(line);
        var restStart = titleEnd;
        sectionWeight = ScoreReader.TakeTrailing(Text, titleStart, ref titleEnd);
        sectionTitle = titleEnd > titleStart ? Text[titleStart..titleEnd] : HeaderReader.Untitled;
        if (titleEnd <= titleStart)
        {
            Bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, "The section heading has no title.", line.Number, TextDocument.Column(line, line.Start));
        }

        headingSinceItem = true;
        ReportRest(line, restStart);
    }

    private void OpenItem(TextLine line)
    {
        CloseItem();
        if (!sawSection && sectionTitle is null)
        {
            sectionLine = line.Number;
        }

        var written = line.Value;
        var previousWritten = itemNumbers.LastWritten;
        var number = itemNumbers.Assign(written, out var change);
        if (change == NumberChange.Renumbered)
        {
            var restart = written == 1 && headingSinceItem;
            Bag.Add(PlanTextCodes.ItemRenumbered, restart ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning,
                restart ? $"Item numbering restarts at 1 under a new heading; item numbered {number} in the plan." : $"Item number {written} repeats or goes back; numbered {number}.",
                line.Number, TextDocument.Column(line, line.Start));
        }
        else if (change == NumberChange.Skipped)
        {
            Bag.Add(PlanTextCodes.ItemNumberSkips, DiagnosticSeverity.Warning, $"Item number {written} skips from {previousWritten}.", line.Number, TextDocument.Column(line, line.Start));
        }

        headingSinceItem = false;
        item = new ItemBuilder(number, line.Number);
        var title = line.ContentStart < line.End ? paragraphs.Read(line.ContentStart, line.End, line.Number, line.LineStart, withTitle: true, item) : null;
        if (string.IsNullOrWhiteSpace(title))
        {
            Bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, $"Item {written} has no title.", line.Number, TextDocument.Column(line, line.Start));
            title = HeaderReader.Untitled;
        }

        item.Title = title;
    }

    private void CloseItem()
    {
        if (item is not null)
        {
            items.Add(item.Build());
            item = null;
        }
    }

    private void CloseSection()
    {
        CloseItem();
        if (sectionTitle is null && items.Count == 0)
        {
            return;
        }

        if (sectionTitle is null)
        {
            sectionTitle = HeaderReader.Untitled;
            sectionNumber = 1;
            sectionNumbers.Claim(1);
            Bag.Add(PlanTextCodes.ItemsBeforeSection, DiagnosticSeverity.Warning, "Items come before any section heading; they were put in an untitled section.", sectionLine);
        }
        else if (items.Count == 0)
        {
            Bag.Add(PlanTextCodes.EmptySection, DiagnosticSeverity.Warning, $"Section {Numbering.Chinese(sectionNumber)} ({sectionTitle}) has no items.", sectionLine);
        }

        sections.Add(new Section(sectionNumber, sectionTitle, items) { Weight = sectionWeight ?? 1m });
        items = [];
        sectionTitle = null;
    }

    /// <summary>A heading's title: its text up to the first 。 (without a trailing colon).</summary>
    private (int Start, int End) HeadingTitle(TextLine line)
    {
        var end = line.ContentStart;
        while (end < line.End && Normalize(Text[end]) != '。')
        {
            end++;
        }

        var trimmed = TrimEndWhite(Text, line.ContentStart, end);
        while (trimmed > line.ContentStart && Normalize(Text[trimmed - 1]) == ':')
        {
            trimmed--;
        }

        return (line.ContentStart, trimmed);
    }

    private void ReportRest(TextLine line, int titleEnd)
    {
        var rest = SkipWhite(Text, titleEnd, line.End);
        while (rest < line.End && Normalize(Text[rest]) is '。' or ':')
        {
            rest = SkipWhite(Text, rest + 1, line.End);
        }

        if (rest < line.End)
        {
            Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, "Text after a heading's title was not placed.", line.Number, TextDocument.Column(line, rest));
        }
    }

    private bool HasSentencePunctuation(TextLine line)
    {
        if (line.End - line.Start > 30)
        {
            return true;
        }

        for (var i = line.Start; i < line.End; i++)
        {
            if (IsClauseEnd(Normalize(Text[i])))
            {
                return true;
            }
        }

        return false;
    }
}

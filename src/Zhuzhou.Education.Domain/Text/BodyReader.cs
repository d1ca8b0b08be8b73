using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the body of a plan, from its first heading: sections and their items, in the numbering styles chosen for
/// them (<see cref="HeadingStyles"/>); each paragraph — its lines joined where a wrap cut it
/// (<see cref="ParagraphJoiner"/>) — goes to the <see cref="ParagraphReader"/>. Sub-headings close the open item;
/// headings below the items and unnumbered paragraphs that read like sentences are more commitments of the open item.
/// Paragraphs outside any item are the section's own commitments (its goals), except under a heading about the
/// background (现状与形势, 指导思想), whose figures are no targets.
/// </summary>
internal sealed class BodyReader
{
    private readonly TextDocument document;
    private readonly HeadingStyles styles;
    private readonly ParagraphReader paragraphs;
    private readonly ParagraphJoiner joiner;
    private readonly NumberSequence sectionNumbers = new();
    private readonly NumberSequence itemNumbers = new();
    private readonly List<Section> sections = [];
    private readonly List<LinePiece> pieces = [];
    private List<Item> items = [];
    private string? sectionTitle;
    private decimal? sectionWeight;
    private int sectionNumber;
    private int sectionLine;
    private HeadingStyle itemStyle;
    private CommitmentOwner? sectionOwner;
    private CommitmentOwner? item;
    private bool headingSinceItem = true;
    private bool sawSection;
    private bool background;

    internal BodyReader(TextDocument document, HeadingStyles styles, DateInterval? period)
    {
        this.document = document;
        this.styles = styles;
        paragraphs = new ParagraphReader(document.Text, document.Bag, period);
        joiner = new ParagraphJoiner(document);
        itemStyle = styles.ItemStyleOf(-1);
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
                OpenSection(line, i);
            }
            else if (line.Kind == LineKind.Heading && line.Style == itemStyle)
            {
                i = OpenItem(line, i);
            }
            else if (line.Kind == LineKind.Heading && (item is null || styles.IsSubheading(line.Style)))
            {
                i = ReadSubheading(line, i);
            }
            else if (IsTitleOfNextDocument(line, i))
            {
                CloseItem();
                Bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, PlanTextCodes.PageNoise + ".second", [document.Excerpt(line)], line.Number, TextDocument.Column(line, line.Start));
            }
            else if (item is not null && (line.Kind == LineKind.Heading || HasSentencePunctuation(line, i)))
            {
                // A heading below the items (（1） under 1.) or unnumbered text: more commitments of the open item.
                Bag.Add(PlanTextCodes.Continuation, DiagnosticSeverity.Info, PlanTextCodes.Continuation, [$"{item.Number}"], line.Number, TextDocument.Column(line, line.Start));
                i = joiner.Collect(i, line.Start, pieces);
                paragraphs.Read(pieces, withTitle: false, item);
            }
            else if (sectionOwner is not null && HasSentencePunctuation(line, i))
            {
                i = ReadSectionParagraph(line, i, line.Start, withTitle: false);
            }
            else
            {
                Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, PlanTextCodes.Unplaced, [document.Excerpt(line)], line.Number, TextDocument.Column(line, line.Start));
            }
        }

        CloseSection();
        return sections;
    }

    private void OpenSection(TextLine line, int index)
    {
        CloseSection();
        var written = line.Value;
        var previousWritten = sectionNumbers.LastWritten;
        sectionNumber = sectionNumbers.Assign(written, out var change);
        if (change == NumberChange.Renumbered)
        {
            Bag.Add(PlanTextCodes.SectionRenumbered, DiagnosticSeverity.Warning, PlanTextCodes.SectionRenumbered, [Numbering.Chinese(written), Numbering.Chinese(sectionNumber)], line.Number, TextDocument.Column(line, line.Start));
        }
        else if (change == NumberChange.Skipped)
        {
            Bag.Add(PlanTextCodes.SectionNumberSkips, DiagnosticSeverity.Warning, PlanTextCodes.SectionNumberSkips, [Numbering.Chinese(written), Numbering.Chinese(previousWritten)], line.Number, TextDocument.Column(line, line.Start));
        }

        sectionLine = line.Number;
        sawSection = true;
        itemStyle = styles.ItemStyleOf(index);
        var (titleStart, titleEnd) = HeadingTitle(line);
        var restStart = titleEnd;
        sectionWeight = ScoreReader.TakeTrailing(Text, titleStart, ref titleEnd);
        sectionTitle = titleEnd > titleStart ? Text[titleStart..titleEnd] : HeaderReader.Untitled;
        if (titleEnd <= titleStart)
        {
            Bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, PlanTextCodes.NoItemTitle + ".section", [], line.Number, TextDocument.Column(line, line.Start));
        }

        sectionOwner = CommitmentOwner.ForSection(sectionNumber, sectionTitle);
        background = PlanLexicon.IsBackground(sectionTitle);
        headingSinceItem = true;
        ReportRest(line, restStart);
    }

    private int OpenItem(TextLine line, int index)
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
                restart ? PlanTextCodes.ItemRenumbered + ".restart" : PlanTextCodes.ItemRenumbered, restart ? [$"{number}"] : [$"{written}", $"{number}"],
                line.Number, TextDocument.Column(line, line.Start));
        }
        else if (change == NumberChange.Skipped)
        {
            Bag.Add(PlanTextCodes.ItemNumberSkips, DiagnosticSeverity.Warning, PlanTextCodes.ItemNumberSkips, [$"{written}", $"{previousWritten}"], line.Number, TextDocument.Column(line, line.Start));
        }

        headingSinceItem = false;
        item = CommitmentOwner.ForItem(number);
        string? title = null;
        if (line.ContentStart < line.End)
        {
            index = joiner.Collect(index, line.ContentStart, pieces);
            title = paragraphs.Read(pieces, withTitle: true, item);
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            Bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, PlanTextCodes.NoItemTitle, [$"{written}"], line.Number, TextDocument.Column(line, line.Start));
            title = HeaderReader.Untitled;
        }

        item.Title = title;
        return index;
    }

    /// <summary>A heading above the items (or any heading outside them): not a level of the model; its text is the section's.</summary>
    private int ReadSubheading(TextLine line, int index)
    {
        CloseItem();
        headingSinceItem = true;
        var (titleStart, titleEnd) = HeadingTitle(line);
        Bag.Add(PlanTextCodes.Subheading, DiagnosticSeverity.Info, PlanTextCodes.Subheading, [document.Excerpt(line)], line.Number, TextDocument.Column(line, line.Start));
        if (sectionTitle is not null)
        {
            background = PlanLexicon.IsBackground(sectionTitle) || PlanLexicon.IsBackground(Text[titleStart..titleEnd]);
        }

        var rest = RestAfterTitle(line, titleEnd);
        if (rest >= line.End)
        {
            return index;
        }

        if (sectionOwner is null)
        {
            Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, PlanTextCodes.Unplaced + ".afterTitle", [], line.Number, TextDocument.Column(line, rest));
            return index;
        }

        // "（一）开足上好美育课程。所有学校按照…": the title, and the text after it, are the section's own.
        return ReadSectionParagraph(line, index, line.ContentStart, withTitle: true);
    }

    private int ReadSectionParagraph(TextLine line, int index, int from, bool withTitle)
    {
        index = joiner.Collect(index, from, pieces);
        if (background)
        {
            Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, PlanTextCodes.Unplaced + ".background", [document.Excerpt(line)], line.Number, TextDocument.Column(line, line.Start));
            return index;
        }

        paragraphs.Read(pieces, withTitle, sectionOwner!);
        return index;
    }

    /// <summary>A title line between documents: a short line naming a plan, with no punctuation, before a section 一.</summary>
    private bool IsTitleOfNextDocument(TextLine line, int index)
    {
        if (line.Kind != LineKind.Text || line.End - line.Start > 60 || HasClausePunctuation(line) || !PlanLexicon.NamesAPlan(Text, line.Start, line.End))
        {
            return false;
        }

        // Its sections start again at 一, after at most a preamble paragraph or two.
        var seen = 0;
        for (var next = index + 1; next < document.Lines.Count && seen < 4; next++)
        {
            var candidate = document.Lines[next];
            if (candidate.Kind is LineKind.Blank or LineKind.Noise or LineKind.DateLine or LineKind.DocumentNumber)
            {
                continue;
            }

            if (candidate.Kind == LineKind.Heading)
            {
                return candidate.Style == styles.Section && candidate.Value == 1;
            }

            seen++;
        }

        return false;
    }

    private void CloseItem()
    {
        if (item is not null)
        {
            items.Add(item.BuildItem());
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
            Bag.Add(PlanTextCodes.ItemsBeforeSection, DiagnosticSeverity.Warning, PlanTextCodes.ItemsBeforeSection, [], sectionLine);
        }
        else if (items.Count == 0)
        {
            Bag.Add(PlanTextCodes.EmptySection, DiagnosticSeverity.Warning, PlanTextCodes.EmptySection, [Numbering.Chinese(sectionNumber), sectionTitle], sectionLine);
        }

        var own = sectionOwner?.BuildCommitments() ?? [];
        sections.Add(new Section(sectionNumber, sectionTitle, items) { Weight = sectionWeight ?? 1m, Commitments = own });
        items = [];
        sectionTitle = null;
        sectionOwner = null;
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

    /// <summary>Where the text after a heading's title starts (past its 。 or colon); the line's end when there is none.</summary>
    private int RestAfterTitle(TextLine line, int titleEnd)
    {
        var rest = SkipWhite(Text, titleEnd, line.End);
        while (rest < line.End && Normalize(Text[rest]) is '。' or ':')
        {
            rest = SkipWhite(Text, rest + 1, line.End);
        }

        return rest;
    }

    private void ReportRest(TextLine line, int titleEnd)
    {
        var rest = RestAfterTitle(line, titleEnd);
        if (rest < line.End)
        {
            Bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, PlanTextCodes.Unplaced + ".afterTitle", [], line.Number, TextDocument.Column(line, rest));
        }
    }

    /// <summary>Whether the paragraph that starts on line index <paramref name="index"/> reads like sentences: long, or punctuated.</summary>
    private bool HasSentencePunctuation(TextLine line, int index)
        => line.End - line.Start > 30 || HasClausePunctuation(line) || joiner.Continues(index);

    private bool HasClausePunctuation(TextLine line)
    {
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

using NodaTime;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>What a line of plan text is.</summary>
internal enum LineKind
{
    /// <summary>White space only.</summary>
    Blank,

    /// <summary>
    /// Web-page, database or page furniture: breadcrumbs, links, print buttons; a table of contents; page numbers and
    /// rules of text taken from a PDF.
    /// </summary>
    Noise,

    /// <summary>A metadata line (来源… 发布日期:2017-02-22); its date is the published date.</summary>
    Metadata,

    /// <summary>A date alone (2018年3月22日): a signature or dated line.</summary>
    DateLine,

    /// <summary>A document number (通政办发〔2018〕25号); its year is <see cref="TextLine.Value"/>.</summary>
    DocumentNumber,

    /// <summary>A numbered heading (一、 （一） 1. （1） 第一部分).</summary>
    Heading,

    /// <summary>Anything else: a title, a paragraph.</summary>
    Text,
}

/// <summary>How a heading is numbered.</summary>
internal enum HeadingStyle
{
    /// <summary>Not a heading.</summary>
    None,

    /// <summary>第一部分, 第一章.</summary>
    Part,

    /// <summary>一、 (or 一.).</summary>
    Dun,

    /// <summary>（一）.</summary>
    ChineseParen,

    /// <summary>1. 1． 1、.</summary>
    ArabicDot,

    /// <summary>（1）.</summary>
    ArabicParen,

    /// <summary>第一条: an article of rules (办法, 细则).</summary>
    Article,
}

/// <summary>
/// One line of the text: where it starts and ends (white space trimmed), its 1-based number, what it is and, for a
/// heading, its numbering style, written number and where its content starts. Lines that continue a paragraph broken
/// by a hard line wrap are joined to it by <see cref="ParagraphJoiner"/>.
/// </summary>
internal struct TextLine
{
    /// <summary>Where the line starts in the text, before any indentation (columns count from here).</summary>
    public int LineStart;

    /// <summary>Where the line's content starts (indentation skipped).</summary>
    public int Start;

    /// <summary>Where the line's content ends (trailing white space trimmed).</summary>
    public int End;

    /// <summary>The 1-based line number.</summary>
    public int Number;

    /// <summary>What the line is.</summary>
    public LineKind Kind;

    /// <summary>A heading's numbering style.</summary>
    public HeadingStyle Style;

    /// <summary>A heading's number as written; the year of a document number.</summary>
    public int Value;

    /// <summary>Where a heading's content starts, after its number.</summary>
    public int ContentStart;

    /// <summary>The date of a metadata or date line, when it holds a valid one.</summary>
    public LocalDate? Date;
}

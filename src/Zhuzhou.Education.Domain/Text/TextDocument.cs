using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// The document being read: its text and classified lines, the diagnostics found so far, and the published date once a
/// metadata or date line gave it. Shared by the readers of the header and of the body.
/// </summary>
internal sealed class TextDocument
{
    private bool publishedReported;

    internal TextDocument(string text, DiagnosticBag bag)
    {
        Text = text;
        Bag = bag;
        Lines = LineClassifier.Split(text);
        Published = Lines.FirstOrDefault(l => l.Kind is LineKind.Metadata or LineKind.DateLine && l.Date is not null).Date;
    }

    internal string Text { get; }

    internal DiagnosticBag Bag { get; }

    internal List<TextLine> Lines { get; }

    /// <summary>The first date of a metadata or date line (a signature's too): the published date.</summary>
    internal LocalDate? Published { get; }

    /// <summary>The 1-based column of <paramref name="position"/> on <paramref name="line"/>.</summary>
    internal static int Column(TextLine line, int position) => position - line.LineStart + 1;

    /// <summary>The first 30 characters of a line, for a message.</summary>
    internal string Excerpt(TextLine line)
    {
        var length = Math.Min(line.End - line.Start, 30);
        return string.Concat(Text.AsSpan(line.Start, length), length < line.End - line.Start ? "…" : string.Empty);
    }

    /// <summary>
    /// Handles a line that carries no plan content wherever it stands — blank, page noise, metadata or a date
    /// line — and says whether it did.
    /// </summary>
    internal bool TakeNonContentLine(TextLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Blank:
                return true;
            case LineKind.Noise or LineKind.DocumentNumber:
                Bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, PlanTextCodes.PageNoise, [Excerpt(line)], line.Number, Column(line, line.Start));
                return true;
            case LineKind.Metadata or LineKind.DateLine:
                TakePublished(line);
                return true;
            default:
                return false;
        }
    }

    private void TakePublished(TextLine line)
    {
        if (line.Date is { } date)
        {
            if (!publishedReported && date == Published)
            {
                publishedReported = true;
                Bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, PlanTextCodes.PageNoise + ".published", [$"{date:uuuu-MM-dd}", Excerpt(line)], line.Number, Column(line, line.Start));
            }
        }
        else
        {
            Bag.Add(PlanTextCodes.BadDate, DiagnosticSeverity.Warning, PlanTextCodes.BadDate, [Excerpt(line)], line.Number, Column(line, line.Start));
        }
    }
}

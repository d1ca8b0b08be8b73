using NodaTime;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Builds the parser's parts on a sentence of a test.</summary>
internal static class TextFixtures
{
    public static readonly DateInterval Year2019 = new(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));

    /// <summary>A paragraph of one line holding <paramref name="text"/>, read against <paramref name="period"/>.</summary>
    public static Paragraph Paragraph(string text, DateInterval? period = null, DiagnosticBag? bag = null)
    {
        var paragraph = new Paragraph(text, bag ?? new DiagnosticBag(), period);
        paragraph.Begin([new LinePiece(0, text.Length, 1, 0)]);
        return paragraph;
    }

    /// <summary>The document of <paramref name="text"/>, its lines classified.</summary>
    public static TextDocument Document(string text) => new(text, new DiagnosticBag());
}

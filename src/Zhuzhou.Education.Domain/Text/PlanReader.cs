using System.Globalization;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Utility;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads one document into a plan: checks the text, splits and classifies its lines (<see cref="LineClassifier"/>),
/// chooses the numbering styles (<see cref="HeadingStyles"/>), reads the header (<see cref="HeaderReader"/>) and the
/// body (<see cref="BodyReader"/>).
/// </summary>
internal static class PlanReader
{
    /// <summary>Reads <paramref name="text"/>, reporting to <paramref name="bag"/>.</summary>
    /// <returns>The plan, or null when an error leaves none (empty text, no structure).</returns>
    internal static Plan? Read(string text, PlanTextOptions options, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(text) || IsAllWhite(text))
        {
            bag.Add(PlanTextCodes.Empty, DiagnosticSeverity.Error, PlanTextCodes.Empty, []);
            return null;
        }

        ReportControlCharacters(text, bag);
        var document = new TextDocument(text, bag);
        var styles = HeadingStyles.Choose(document);
        var first = document.Lines.FindIndex(styles.IsSectionOrItem);
        if (first < 0)
        {
            bag.Add(PlanTextCodes.NoStructure, DiagnosticSeverity.Error, PlanTextCodes.NoStructure, []);
            return null;
        }

        var header = HeaderReader.Read(document, first, options);
        var sections = new BodyReader(document, styles, header.Period).Read(first);
        var plan = new Plan(header.Issuer, header.Title, header.Period, header.Published, header.Preamble, sections);
        return FitsJson(plan, bag) ? plan : null;
    }

    /// <summary>
    /// Whether every text of the plan fits in a plan JSON string (<see cref="TextLimits.MaxTextLength"/>, the JSON readers' default), so
    /// the JSON written from it can be read back; an error naming the first text that does not.
    /// </summary>
    private static bool FitsJson(Plan plan, DiagnosticBag bag)
    {
        // Each text is named only when it does not fit, and walked without a closure or tuple of its own: a large plan
        // has millions of commitments.
        foreach (var (what, text) in new[] { ("title", plan.Title), ("preamble", plan.Preamble), ("issuer", plan.Issuer ?? string.Empty) })
        {
            if (text.Length > TextLimits.MaxTextLength)
            {
                return Refuse(bag, what, string.Empty, text);
            }
        }

        foreach (var section in plan.Sections)
        {
            if (section.Title.Length > TextLimits.MaxTextLength)
            {
                return Refuse(bag, "section", section.Numeral, section.Title);
            }
        }

        foreach (var item in plan.Items)
        {
            if (item.Title.Length > TextLimits.MaxTextLength)
            {
                return Refuse(bag, "item", $"{item.Number}", item.Title);
            }
        }

        foreach (var item in plan.Items)
        {
            foreach (var commitment in item.Commitments)
            {
                if (commitment.Text.Length > TextLimits.MaxTextLength)
                {
                    return Refuse(bag, "commitment", $"{item.Number}", commitment.Text);
                }
            }
        }

        return true;
    }

    private static bool Refuse(DiagnosticBag bag, string what, string number, string text)
    {
        bag.Add(PlanTextCodes.TextTooLong, DiagnosticSeverity.Error, PlanTextCodes.TextTooLong + "." + what,
            [number, text.Length.ToString("N0", CultureInfo.InvariantCulture), TextLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)]);
        return false;
    }

    private static bool IsAllWhite(string text)
    {
        foreach (var c in text)
        {
            if (!IsWhite(Normalize(c)) && c is not '\r' and not '\n')
            {
                return false;
            }
        }

        return true;
    }

    private static void ReportControlCharacters(string text, DiagnosticBag bag)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if ((c < ' ' && c is not '\r' and not '\t') || c == '\uFFFD')
            {
                bag.Add(PlanTextCodes.ControlCharacters, DiagnosticSeverity.Warning, PlanTextCodes.ControlCharacters, [], line, i - lineStart + 1);
                return;
            }
        }
    }
}

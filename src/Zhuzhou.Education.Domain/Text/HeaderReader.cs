using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>What the lines before the first heading say: title, issuer, period and preamble.</summary>
internal sealed record PlanHeader(string Title, string Issuer, DateInterval? Period, string Preamble);

/// <summary>
/// Reads the lines before the first heading: page noise is skipped, the first title-like line is the title (a repeat
/// of it is skipped), the rest is the preamble; the title's text before 关于 or before its year is the issuer and its
/// year (or year range) the period, with the preamble, dated paragraphs and the published date to fall back on.
/// </summary>
internal static class HeaderReader
{
    internal const string Untitled = "（无标题）";
    internal const string UnknownIssuer = "（未注明）";

    /// <summary>Reads the header of <paramref name="document"/>, whose first heading is line index <paramref name="first"/>.</summary>
    internal static PlanHeader Read(TextDocument document, int first)
    {
        var (title, titleLine, preamble) = ReadLines(document, first);
        var bag = document.Bag;
        string? issuer = null;
        int fromYear = 0, toYear = 0;
        if (title is null && FindTitleInPreamble(preamble, out var found, out var foundIssuer))
        {
            title = found;
            issuer = foundIssuer;
            bag.Add(PlanTextCodes.NoTitle, DiagnosticSeverity.Info, $"No title line; the title \"{found}\" was read from the preamble.");
        }

        if (title is null)
        {
            title = Untitled;
            bag.Add(PlanTextCodes.NoTitle, DiagnosticSeverity.Warning, "No title line was found; the plan is untitled.");
        }
        else if (YearFinder.InTitle(title, out fromYear, out toYear, out var yearAt))
        {
            var about = title.IndexOf("关于", StringComparison.Ordinal);
            var cut = about > 0 ? about : yearAt;
            var candidate = title[..cut].Trim().TrimEnd('《');
            if (issuer is null && candidate.Length > 0 && !candidate.Contains('《', StringComparison.Ordinal))
            {
                issuer = candidate;
            }
        }

        if (issuer is null)
        {
            issuer = UnknownIssuer;
            bag.Add(PlanTextCodes.NoIssuer, DiagnosticSeverity.Warning, "The issuer could not be read from the title.", titleLine);
        }

        if (fromYear == 0 && YearFinder.InDatedParagraphs(document, out fromYear, out toYear))
        {
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Info, $"The period {fromYear}–{toYear} was read from dated paragraphs (2020年，…).");
        }

        if (fromYear == 0 && document.Published is { } date)
        {
            fromYear = toYear = date.Year;
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Warning, $"The period {fromYear} was read from the published date.");
        }

        if (fromYear == 0)
        {
            bag.Add(PlanTextCodes.NoYear, DiagnosticSeverity.Error, "No year was found for the plan period (in the title, in dated paragraphs or in the published date).", titleLine);
        }

        var period = fromYear == 0 ? null : new DateInterval(new LocalDate(fromYear, 1, 1), new LocalDate(toYear, 12, 31));
        return new PlanHeader(title, issuer, period, preamble);
    }

    private static (string? Title, int? TitleLine, string Preamble) ReadLines(TextDocument document, int first)
    {
        var text = document.Text;
        string? title = null;
        int? titleLine = null;
        var preamble = new List<string>();
        for (var i = 0; i < first; i++)
        {
            var line = document.Lines[i];
            if (document.TakeNonContentLine(line))
            {
                continue;
            }

            var content = text[line.Start..line.End];
            if (title is null && LooksLikeTitle(text, line))
            {
                title = content;
                titleLine = line.Number;
            }
            else if (title is not null && content == title)
            {
                document.Bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, "The title is repeated; the repetition is skipped.", line.Number, TextDocument.Column(line, line.Start));
            }
            else
            {
                preamble.Add(content);
            }
        }

        return (title, titleLine, string.Join("\n", preamble));
    }

    private static bool LooksLikeTitle(string text, TextLine line)
    {
        if (line.End - line.Start > 100 || Normalize(text[line.End - 1]) is '。' or ':' or ',' or ';')
        {
            return false;
        }

        foreach (var word in PlanLexicon.GenreWords)
        {
            if (IndexOf(text, line.Start, line.End, word) >= 0)
            {
                return true;
            }
        }

        return YearFinder.InTitle(text[line.Start..line.End], out _, out _, out _);
    }

    /// <summary>A title such as 2019年智能网联汽车标准化工作要点 stated in the preamble, and the issuer of its clause.</summary>
    private static bool FindTitleInPreamble(string preamble, out string title, out string? issuer)
    {
        title = string.Empty;
        issuer = null;
        for (var i = 0; i + 5 <= preamble.Length; i++)
        {
            if (!TryReadInt(preamble, i, preamble.Length, 4, out var year, out var next) || next - i != 4 || !DateReader.IsYear(year)
                || !At(preamble, next, preamble.Length, "年") || (i > 0 && IsDigit(Normalize(preamble[i - 1]))))
            {
                continue;
            }

            for (var j = next + 1; j < preamble.Length && j - next <= 40; j++)
            {
                var c = Normalize(preamble[j]);
                if (IsPhraseEnd(c) || c is '《' or '》' or '“' or '”')
                {
                    break;
                }

                if (PlanLexicon.PreambleTitleWords.FirstOrDefault(w => At(preamble, j, preamble.Length, w)) is { } word)
                {
                    title = preamble[i..(j + word.Length)];
                    issuer = IssuerOfClause(preamble, i);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name before a verb such as 组织 or 印发 in the clause that ends at <paramref name="titleStart"/>.</summary>
    private static string? IssuerOfClause(string preamble, int titleStart)
    {
        var clause = titleStart;
        while (clause > 0 && !IsPhraseEnd(Normalize(preamble[clause - 1])))
        {
            clause--;
        }

        foreach (var verb in PlanLexicon.PreambleIssuerVerbs)
        {
            var at = preamble.IndexOf(verb, clause, titleStart - clause, StringComparison.Ordinal);
            if (at > clause)
            {
                var name = preamble[clause..at].Trim();
                return name.Length is >= 2 and <= 30 && PlanLexicon.IssuerEndings.Any(end => name.EndsWith(end, StringComparison.Ordinal)) ? name : null;
            }
        }

        return null;
    }
}

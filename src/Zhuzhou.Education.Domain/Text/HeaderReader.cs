using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>What the lines before the first heading say: title, issuer, period, published date and preamble.</summary>
internal sealed record PlanHeader(string Title, string? Issuer, DateInterval? Period, LocalDate? Published, string Preamble);

/// <summary>
/// Reads the lines before the first heading: page noise is skipped, the first title-like line is the title (a repeat
/// of it is skipped), the rest is the preamble. The issuer is the title's text before 关于 or 印发 or its year, or the
/// signature above a date line. The period comes from the title (2017年, 2021—2023年, …2021行动方案, “十四五”), dated
/// paragraphs (2020年，…), a date line (under the title, or the signature's, at the end), or a document number
/// (〔2018〕25号); without one the plan has no period (warning ZP0003). What the caller gives in
/// <see cref="PlanTextOptions"/> is used instead.
/// </summary>
internal static class HeaderReader
{
    internal const string Untitled = "（无标题）";
    private const int MaxIssuerLength = 30;

    /// <summary>Reads the header of <paramref name="document"/>, whose first heading is line index <paramref name="first"/>.</summary>
    internal static PlanHeader Read(TextDocument document, int first, PlanTextOptions options)
    {
        var (title, titleLine, preamble) = ReadLines(document, first);
        var bag = document.Bag;
        string? issuer = null;
        if (title is null && FindTitleInPreamble(preamble, out var found, out var foundIssuer))
        {
            title = found;
            issuer = foundIssuer;
            bag.Add(PlanTextCodes.NoTitle, DiagnosticSeverity.Info, PlanTextCodes.NoTitle + ".preamble", [found]);
        }

        if (title is null)
        {
            title = Untitled;
            bag.Add(PlanTextCodes.NoTitle, DiagnosticSeverity.Warning, PlanTextCodes.NoTitle, []);
        }
        else
        {
            issuer ??= IssuerOfTitle(title);
        }

        issuer = options.Issuer ?? issuer ?? Signature(document);
        if (issuer is null)
        {
            bag.Add(PlanTextCodes.NoIssuer, DiagnosticSeverity.Warning, PlanTextCodes.NoIssuer, [], titleLine);
        }

        var published = options.Published ?? document.Published;
        var period = options.GivenPeriod ?? FindPeriod(document, title == Untitled ? null : title, published, titleLine);
        return new PlanHeader(title, issuer, period, published, preamble);
    }

    private static DateInterval? FindPeriod(TextDocument document, string? title, LocalDate? published, int? titleLine)
    {
        var bag = document.Bag;
        if (title is not null && YearFinder.InTitle(title, out var from, out var to, out _))
        {
            return Years(from, to);
        }

        if (YearFinder.InDatedParagraphs(document, out from, out to))
        {
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Info, PlanTextCodes.PeriodNotFromTitle + ".paragraphs", [$"{from}", $"{to}"]);
            return Years(from, to);
        }

        if (published is { } date)
        {
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Warning, PlanTextCodes.PeriodNotFromTitle + ".published", [$"{date.Year}"]);
            return Years(date.Year, date.Year);
        }

        if (document.Lines.FirstOrDefault(l => l.Kind == LineKind.DocumentNumber) is { Value: > 0 } number)
        {
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Warning, PlanTextCodes.PeriodNotFromTitle + ".number", [$"{number.Value}", document.Excerpt(number)], number.Number);
            return Years(number.Value, number.Value);
        }

        bag.Add(PlanTextCodes.NoYear, DiagnosticSeverity.Warning, PlanTextCodes.NoYear, [], titleLine);
        return null;
    }

    private static DateInterval Years(int from, int to) => new(new LocalDate(from, 1, 1), new LocalDate(to, 12, 31));

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
                document.Bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, PlanTextCodes.PageNoise + ".title", [], line.Number, TextDocument.Column(line, line.Start));
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

        return PlanLexicon.NamesAPlan(text, line.Start, line.End) || YearFinder.HasYearWithWord(text[line.Start..line.End]);
    }

    /// <summary>
    /// The issuer a title names: its text before 关于 ("包头市人民政府办公室关于印发…"), before 印发 or 转发
    /// ("南通市政府办公室印发《…》"), or before its year ("株洲市教育局2017年工作要点").
    /// </summary>
    private static string? IssuerOfTitle(string title)
    {
        var quote = title.IndexOf('《', StringComparison.Ordinal);
        var head = quote < 0 ? title : title[..quote];
        var about = head.IndexOf("关于", StringComparison.Ordinal);
        if (about > 0)
        {
            return Candidate(head[..about], needsEnding: false);
        }

        foreach (var verb in (string[])["印发", "转发"])
        {
            var at = head.IndexOf(verb, StringComparison.Ordinal);
            if (at > 0)
            {
                return Candidate(head[..at], needsEnding: true);
            }
        }

        return YearFinder.InTitle(title, out _, out _, out var yearAt) && yearAt > 0 && quote < 0 ? Candidate(title[..yearAt], needsEnding: false) : null;
    }

    /// <summary>The signature: the short line just above a date line that names a body (…人民政府办公室).</summary>
    private static string? Signature(TextDocument document)
    {
        for (var i = 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].Kind != LineKind.DateLine)
            {
                continue;
            }

            var above = i - 1;
            while (above > 0 && document.Lines[above].Kind == LineKind.Blank)
            {
                above--;
            }

            var line = document.Lines[above];
            if (line.Kind == LineKind.Text && Candidate(document.Text[line.Start..line.End], needsEnding: true) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? Candidate(string text, bool needsEnding)
    {
        var name = text.Trim().TrimEnd('《').Trim();
        if (name.Length == 0 || name.Length > MaxIssuerLength || name.Contains('《', StringComparison.Ordinal)
            || name.Any(c => IsClauseEnd(Normalize(c))))
        {
            return null;
        }

        return !needsEnding || PlanLexicon.IssuerEndings.Any(end => name.EndsWith(end, StringComparison.Ordinal)) ? name : null;
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
                return name.Length is >= 2 and <= MaxIssuerLength && PlanLexicon.IssuerEndings.Any(end => name.EndsWith(end, StringComparison.Ordinal)) ? name : null;
            }
        }

        return null;
    }
}

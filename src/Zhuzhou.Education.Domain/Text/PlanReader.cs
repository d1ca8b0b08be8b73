using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Text.TextChars;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the structure of a plan's text: page noise, title, issuer, period, published date, preamble, sections and
/// items. Each item's paragraphs go to a <see cref="SegmentReader"/>. One instance reads one document.
/// </summary>
internal sealed class PlanReader
{
    private const string Untitled = "（无标题）";
    private const string UnknownIssuer = "（未注明）";
    private const int MaxHeaderLineLength = 300;

    private static readonly string[] GenreWords =
        ["工作要点", "要点", "工作计划", "计划", "实施意见", "意见", "实施方案", "方案", "办法", "通知", "规划", "纲要", "细则", "决定", "安排", "报告"];

    private static readonly string[] NoiseWords =
        ["您现在的位置", "当前位置", "【法宝引证码】", "http://", "https://", "字体[", "打印本页", "关闭窗口", "分享到", "【字体"];

    private static readonly string[] IssuerEndings = ["部", "厅", "局", "委", "司", "办", "府", "会", "院", "室", "处", "中心"];

    private readonly string text;
    private readonly DiagnosticBag bag;
    private readonly List<LineInfo> lines = [];
    private HeadingStyle sectionStyle;
    private HeadingStyle itemStyle;
    private LocalDate? published;

    internal PlanReader(string text, DiagnosticBag bag)
    {
        this.text = text;
        this.bag = bag;
    }

    private enum LineKind
    {
        Blank,
        Noise,
        Metadata,
        DateLine,
        DocumentNumber,
        Heading,
        Text,
    }

    private enum HeadingStyle
    {
        None,
        Part,
        Dun,
        ChineseParen,
        ArabicDot,
        ArabicParen,
    }

    internal Plan? Read()
    {
        if (string.IsNullOrWhiteSpace(text) || IsAllWhite())
        {
            bag.Add(PlanTextCodes.Empty, DiagnosticSeverity.Error, "The text is empty.");
            return null;
        }

        ReportControlCharacters();
        SplitLines();
        ChooseStyles();

        var first = lines.FindIndex(l => l.Kind == LineKind.Heading && (l.Style == sectionStyle || l.Style == itemStyle));
        if (first < 0)
        {
            bag.Add(PlanTextCodes.NoStructure, DiagnosticSeverity.Error, "No numbered section (一、) or item (1.) was found.");
            return null;
        }

        var (title, titleLine, preamble) = ReadHeader(first);
        var (issuer, period) = ReadTitle(ref title, titleLine, preamble);
        if (period is null)
        {
            bag.Add(PlanTextCodes.NoYear, DiagnosticSeverity.Error, "No year was found for the plan period (in the title, in dated paragraphs or in the published date).", titleLine);
            return null;
        }

        var sections = ReadBody(first, period);
        return new Plan(issuer, title ?? Untitled, period, published, preamble, sections);
    }

    private bool IsAllWhite()
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

    private void ReportControlCharacters()
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
                bag.Add(PlanTextCodes.ControlCharacters, DiagnosticSeverity.Warning, "The text holds control or replacement characters; is it binary, or in another encoding?", line, i - lineStart + 1);
                return;
            }
        }
    }

    private void SplitLines()
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not '\r' and not '\n')
            {
                continue;
            }

            lines.Add(Classify(start, i, number));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            number++;
            start = i + 1;
        }
    }

    private LineInfo Classify(int lineStart, int lineEnd, int number)
    {
        var s = SkipWhite(text, lineStart, lineEnd);
        var e = TrimEndWhite(text, s, lineEnd);
        var line = new LineInfo { LineStart = lineStart, Start = s, End = e, Number = number, Kind = LineKind.Text };
        if (s == e)
        {
            line.Kind = LineKind.Blank;
            return line;
        }

        if (e - s <= MaxHeaderLineLength)
        {
            if (IndexOf(text, s, e, "发布日期") is var meta and >= 0 || IndexOf(text, s, e, "发布时间") is var meta2 and >= 0 && (meta = meta2) >= 0)
            {
                line.Kind = LineKind.Metadata;
                for (var i = meta + 4; i < e; i++)
                {
                    if (TryReadDate(i, e, out var date, out _))
                    {
                        line.Date = date;
                        break;
                    }
                }

                return line;
            }

            foreach (var word in NoiseWords)
            {
                // A first character outside ASCII is not changed by normalisation: a fast search rules most lines out.
                if ((word[0] < 0x80 || text.AsSpan(s, e - s).Contains(word[0])) && IndexOf(text, s, e, word) >= 0)
                {
                    line.Kind = LineKind.Noise;
                    return line;
                }
            }

            if (TryReadDate(s, e, out var only, out var after) && after == e)
            {
                line.Kind = LineKind.DateLine;
                line.Date = only;
                return line;
            }

            if (e - s <= 40 && Normalize(text[e - 1]) == '号' && IndexOf(text, s, e, "〔") >= 0)
            {
                line.Kind = LineKind.DocumentNumber;
                return line;
            }
        }

        ClassifyHeading(ref line);
        return line;
    }

    private void ClassifyHeading(ref LineInfo line)
    {
        var s = line.Start;
        var e = line.End;
        var c = Normalize(text[s]);
        if (c == '第' && ChineseNumerals.TryParsePrefix(text.AsSpan(s + 1, Math.Min(e - s - 1, 8)), out var part, out var partLength)
            && (At(text, s + 1 + partLength, e, "部分") || At(text, s + 1 + partLength, e, "章")))
        {
            SetHeading(ref line, HeadingStyle.Part, part, s + 1 + partLength + (At(text, s + 1 + partLength, e, "部分") ? 2 : 1));
            return;
        }

        if (c == '(' && s + 1 < e)
        {
            if (ChineseNumerals.TryParsePrefix(text.AsSpan(s + 1, Math.Min(e - s - 1, 8)), out var value, out var length)
                && s + 1 + length < e && Normalize(text[s + 1 + length]) == ')')
            {
                SetHeading(ref line, HeadingStyle.ChineseParen, value, s + 2 + length);
                return;
            }

            if (TryReadInt(text, s + 1, e, 4, out var arabic, out var next) && next < e && Normalize(text[next]) == ')')
            {
                SetHeading(ref line, HeadingStyle.ArabicParen, arabic, next + 1);
            }

            return;
        }

        if (ChineseNumerals.TryParsePrefix(text.AsSpan(s, Math.Min(e - s, 8)), out var chinese, out var chineseLength)
            && s + chineseLength < e && Normalize(text[s + chineseLength]) is '、' or '.'
            && (s + chineseLength + 1 >= e || !IsDigit(Normalize(text[s + chineseLength + 1]))))
        {
            SetHeading(ref line, HeadingStyle.Dun, chinese, s + chineseLength + 1);
            return;
        }

        if (TryReadInt(text, s, e, 5, out var number, out var end) && end < e && Normalize(text[end]) is '.' or '、'
            && (end + 1 >= e || !IsDigit(Normalize(text[end + 1]))))
        {
            SetHeading(ref line, HeadingStyle.ArabicDot, number, end + 1);
        }
    }

    private void SetHeading(ref LineInfo line, HeadingStyle style, int value, int contentStart)
    {
        line.Kind = LineKind.Heading;
        line.Style = style;
        line.Value = value;
        line.ContentStart = SkipWhite(text, contentStart, line.End);
    }

    /// <summary>
    /// The section style is the first Chinese-numbered style met (第一部分, 一、 or （一）); items are numbered 1. or （1）,
    /// or, in a plan without them, by the Chinese style below the sections (一、 sections with （一） items).
    /// </summary>
    private void ChooseStyles()
    {
        var chineseStyles = new List<HeadingStyle>();
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

        sectionStyle = chineseStyles.Count > 0 ? chineseStyles[0] : HeadingStyle.None;
        if (itemStyle == HeadingStyle.None && chineseStyles.Count > 1)
        {
            itemStyle = chineseStyles[1];
        }
    }

    private (string? Title, int? TitleLine, string Preamble) ReadHeader(int first)
    {
        string? title = null;
        int? titleLine = null;
        var preamble = new List<string>();
        for (var i = 0; i < first; i++)
        {
            var line = lines[i];
            if (TakeNonContentLine(line))
            {
                continue;
            }

            var content = text[line.Start..line.End];
            if (title is null && LooksLikeTitle(line))
            {
                title = content;
                titleLine = line.Number;
            }
            else if (title is not null && content == title)
            {
                bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, "The title is repeated; the repetition is skipped.", line.Number, Column(line, line.Start));
            }
            else
            {
                preamble.Add(content);
            }
        }

        return (title, titleLine, string.Join("\n", preamble));
    }

    /// <summary>
    /// Handles a line that carries no plan content wherever it stands — blank, page noise, metadata or a date
    /// line — and says whether it did.
    /// </summary>
    private bool TakeNonContentLine(LineInfo line)
    {
        switch (line.Kind)
        {
            case LineKind.Blank:
                return true;
            case LineKind.Noise or LineKind.DocumentNumber:
                bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, "Page noise skipped: " + Excerpt(line), line.Number, Column(line, line.Start));
                return true;
            case LineKind.Metadata or LineKind.DateLine:
                TakePublished(line);
                return true;
            default:
                return false;
        }
    }

    private void TakePublished(LineInfo line)
    {
        if (line.Date is { } date)
        {
            if (published is null)
            {
                published = date;
                bag.Add(PlanTextCodes.PageNoise, DiagnosticSeverity.Info, $"Read {date:uuuu-MM-dd} as the published date: " + Excerpt(line), line.Number, Column(line, line.Start));
            }
        }
        else
        {
            bag.Add(PlanTextCodes.BadDate, DiagnosticSeverity.Warning, "A date line holds no valid date: " + Excerpt(line), line.Number, Column(line, line.Start));
        }
    }

    private bool LooksLikeTitle(LineInfo line)
    {
        if (line.End - line.Start > 100 || Normalize(text[line.End - 1]) is '。' or ':' or ',' or ';')
        {
            return false;
        }

        foreach (var word in GenreWords)
        {
            if (IndexOf(text, line.Start, line.End, word) >= 0)
            {
                return true;
            }
        }

        return FindYear(line.Start, line.End, out _, out _, out _);
    }

    /// <summary>Title → issuer and period; falls back on the preamble, dated paragraphs and the published date.</summary>
    private (string Issuer, DateInterval? Period) ReadTitle(ref string? title, int? titleLine, string preamble)
    {
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
        else if (FindYear(title, out fromYear, out toYear, out var yearAt))
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

        if (fromYear == 0 && DatedParagraphYears(out fromYear, out toYear))
        {
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Info, $"The period {fromYear}–{toYear} was read from dated paragraphs (2020年，…).");
        }

        if (fromYear == 0 && published is { } date)
        {
            fromYear = toYear = date.Year;
            bag.Add(PlanTextCodes.PeriodNotFromTitle, DiagnosticSeverity.Warning, $"The period {fromYear} was read from the published date.");
        }

        return fromYear == 0
            ? (issuer, null)
            : (issuer, new DateInterval(new LocalDate(fromYear, 1, 1), new LocalDate(toYear, 12, 31)));
    }

    /// <summary>A title such as 2019年智能网联汽车标准化工作要点 stated in the preamble, and the issuer of its clause.</summary>
    private static bool FindTitleInPreamble(string preamble, out string title, out string? issuer)
    {
        title = string.Empty;
        issuer = null;
        for (var i = 0; i + 5 <= preamble.Length; i++)
        {
            if (!TryReadInt(preamble, i, preamble.Length, 4, out var year, out var next) || next - i != 4 || year is < 1900 or > 2100
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

                if (At(preamble, j, preamble.Length, "工作要点") || At(preamble, j, preamble.Length, "工作计划"))
                {
                    title = preamble[i..(j + 4)];
                    var clause = i;
                    while (clause > 0 && !IsPhraseEnd(Normalize(preamble[clause - 1])))
                    {
                        clause--;
                    }

                    foreach (var verb in new[] { "组织", "编制", "印发", "制定", "发布" })
                    {
                        var at = preamble.IndexOf(verb, clause, i - clause, StringComparison.Ordinal);
                        if (at > clause)
                        {
                            var name = preamble[clause..at].Trim();
                            if (name.Length is >= 2 and <= 30 && IssuerEndings.Any(end => name.EndsWith(end, StringComparison.Ordinal)))
                            {
                                issuer = name;
                            }

                            break;
                        }
                    }

                    return true;
                }
            }
        }

        return false;
    }

    private static bool FindYear(string title, out int from, out int to, out int at)
    {
        from = to = 0;
        at = -1;
        for (var i = 0; i < title.Length; i++)
        {
            if (!TryReadInt(title, i, title.Length, 4, out var year, out var next) || next - i != 4 || year is < 1900 or > 2100
                || (i > 0 && IsDigit(Normalize(title[i - 1]))) || (next < title.Length && IsDigit(Normalize(title[next]))))
            {
                continue;
            }

            var j = next;
            if (j < title.Length && IsRangeSeparator(Normalize(title[j]))
                && TryReadInt(title, j + 1, title.Length, 4, out var last, out var afterLast) && afterLast - j - 1 == 4 && last >= year && last <= year + 20
                && At(title, afterLast, title.Length, "年"))
            {
                (from, to, at) = (year, last, i);
                return true;
            }

            if (At(title, next, title.Length, "年") || At(title, next, title.Length, "年度"))
            {
                (from, to, at) = (year, year, i);
                return true;
            }
        }

        return false;
    }

    private bool FindYear(int start, int end, out int from, out int to, out int at)
        => FindYear(text[start..end], out from, out to, out at);

    /// <summary>Multi-year plans date their paragraphs: "2020年，…；2021年，…". Returns the first and last such year.</summary>
    private bool DatedParagraphYears(out int from, out int to)
    {
        from = to = 0;
        foreach (var line in lines)
        {
            if (line.Kind is not (LineKind.Text or LineKind.Heading))
            {
                continue;
            }

            for (var i = line.Start; i + 6 <= line.End; i++)
            {
                if ((i == line.Start || Normalize(text[i - 1]) is ';' or '。' or ' ')
                    && TryReadInt(text, i, line.End, 4, out var year, out var next) && next - i == 4 && year is >= 1900 and <= 2100
                    && At(text, next, line.End, "年") && next + 1 < line.End && Normalize(text[next + 1]) == ',')
                {
                    from = from == 0 ? year : Math.Min(from, year);
                    to = Math.Max(to, year);
                }
            }
        }

        if (from != 0 && to - from > 20)
        {
            to = from;
        }

        return from != 0;
    }

    private List<Section> ReadBody(int first, DateInterval period)
    {
        var reader = new SegmentReader(text, bag, period);
        var sections = new List<Section>();
        string? sectionTitle = null;
        decimal? sectionWeight = null;
        var sectionNumber = 0;
        var sectionLine = 0;
        var lastSectionWritten = 0;
        var sectionOffset = 0;
        var items = new List<Item>();
        ItemBuilder? item = null;
        var lastItemNumber = 0;
        var lastItemWritten = 0;
        var itemOffset = 0;
        var headingSinceItem = true;
        var sawSection = false;

        void CloseItem()
        {
            if (item is not null)
            {
                items.Add(item.Build());
                item = null;
            }
        }

        void CloseSection()
        {
            CloseItem();
            if (sectionTitle is null && items.Count == 0)
            {
                return;
            }

            if (sectionTitle is null)
            {
                sectionTitle = Untitled;
                sectionNumber = 1;
                bag.Add(PlanTextCodes.ItemsBeforeSection, DiagnosticSeverity.Warning, "Items come before any section heading; they were put in an untitled section.", sectionLine);
            }
            else if (items.Count == 0)
            {
                bag.Add(PlanTextCodes.EmptySection, DiagnosticSeverity.Warning, $"Section {ChineseNumerals.Format(Math.Min(sectionNumber, ChineseNumerals.MaxValue))} ({sectionTitle}) has no items.", sectionLine);
            }

            sections.Add(new Section(sectionNumber, sectionTitle, items) { Weight = sectionWeight ?? 1m });
            items = [];
            sectionTitle = null;
        }

        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TakeNonContentLine(line))
            {
                continue;
            }

            if (line.Kind == LineKind.Heading && line.Style == sectionStyle)
            {
                CloseSection();
                var written = line.Value;
                var assigned = written + sectionOffset;
                var previous = sections.Count > 0 ? sections[^1].Number : 0;
                if (assigned <= previous || written < 1)
                {
                    assigned = previous + 1;
                    sectionOffset = assigned - written;
                    bag.Add(PlanTextCodes.SectionRenumbered, DiagnosticSeverity.Warning, $"Section number {Numeral(written)} repeats or goes back; numbered {Numeral(assigned)}.", line.Number, Column(line, line.Start));
                }
                else if (assigned > previous + 1 && lastSectionWritten > 0)
                {
                    bag.Add(PlanTextCodes.SectionNumberSkips, DiagnosticSeverity.Warning, $"Section number {Numeral(written)} skips from {Numeral(lastSectionWritten)}.", line.Number, Column(line, line.Start));
                }

                lastSectionWritten = written;
                sectionNumber = assigned;
                sectionLine = line.Number;
                sawSection = true;
                var (titleStart, titleEnd) = HeadingTitle(line);
                var restStart = titleEnd;
                sectionWeight = ReadScore(titleStart, ref titleEnd);
                sectionTitle = titleEnd > titleStart ? text[titleStart..titleEnd] : Untitled;
                if (titleEnd <= titleStart)
                {
                    bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, "The section heading has no title.", line.Number, Column(line, line.Start));
                }

                headingSinceItem = true;
                ReportRest(line, restStart);
                continue;
            }

            if (line.Kind == LineKind.Heading && line.Style == itemStyle)
            {
                CloseItem();
                if (!sawSection && sectionTitle is null)
                {
                    sectionLine = line.Number;
                }

                var written = line.Value;
                var assigned = written + itemOffset;
                if (assigned <= lastItemNumber || written < 1)
                {
                    assigned = lastItemNumber + 1;
                    itemOffset = assigned - written;
                    var restart = written == 1 && headingSinceItem;
                    bag.Add(PlanTextCodes.ItemRenumbered, restart ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning,
                        restart ? $"Item numbering restarts at 1 under a new heading; item numbered {assigned} in the plan." : $"Item number {written} repeats or goes back; numbered {assigned}.",
                        line.Number, Column(line, line.Start));
                }
                else if (assigned > lastItemNumber + 1 && lastItemWritten > 0)
                {
                    bag.Add(PlanTextCodes.ItemNumberSkips, DiagnosticSeverity.Warning, $"Item number {written} skips from {lastItemWritten}.", line.Number, Column(line, line.Start));
                }

                lastItemWritten = written;
                lastItemNumber = assigned;
                headingSinceItem = false;
                item = new ItemBuilder(assigned, line.Number);
                var title = line.ContentStart < line.End ? reader.Read(line.ContentStart, line.End, line.Number, line.LineStart, withTitle: true, item) : null;
                if (string.IsNullOrWhiteSpace(title))
                {
                    bag.Add(PlanTextCodes.NoItemTitle, DiagnosticSeverity.Warning, $"Item {written} has no title.", line.Number, Column(line, line.Start));
                    title = Untitled;
                }

                item.Title = title;
                continue;
            }

            if (line.Kind == LineKind.Heading && line.Style is HeadingStyle.Part or HeadingStyle.Dun or HeadingStyle.ChineseParen)
            {
                CloseItem();
                headingSinceItem = true;
                var (titleStart, titleEnd) = HeadingTitle(line);
                bag.Add(PlanTextCodes.Subheading, DiagnosticSeverity.Info, "A heading below the section level is not kept as a level: " + Excerpt(line), line.Number, Column(line, line.Start));
                ReportRest(line, titleEnd == titleStart ? line.ContentStart : titleEnd);
                continue;
            }

            // Unnumbered text (or a sub-item such as （1） under 1.): more commitments of the open item, if it reads like one.
            if (item is not null && HasSentencePunctuation(line))
            {
                bag.Add(PlanTextCodes.Continuation, DiagnosticSeverity.Info, $"An unnumbered paragraph was read as more commitments of item {item.Number}.", line.Number, Column(line, line.Start));
                reader.Read(line.Start, line.End, line.Number, line.LineStart, withTitle: false, item);
                continue;
            }

            bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, "A paragraph outside any item was not placed: " + Excerpt(line), line.Number, Column(line, line.Start));
        }

        CloseSection();
        return sections;
    }

    /// <summary>
    /// A score at the end of a section title, "政务服务“一网通办”（25分）", is the section's weight; it is cut from the title.
    /// </summary>
    private decimal? ReadScore(int start, ref int end)
    {
        if (end - start < 4 || Normalize(text[end - 1]) != ')' || Normalize(text[end - 2]) != '分')
        {
            return null;
        }

        var open = end - 3;
        while (open > start && (IsDigit(Normalize(text[open])) || Normalize(text[open]) == '.'))
        {
            open--;
        }

        if (open == end - 3 || Normalize(text[open]) != '(' || !decimal.TryParse(NormalizedSlice(open + 1, end - 2), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var score) || score <= 0)
        {
            return null;
        }

        end = TrimEndWhite(text, start, open);
        return score;
    }

    private string NormalizedSlice(int start, int end)
    {
        var chars = new char[end - start];
        for (var i = start; i < end; i++)
        {
            chars[i - start] = Normalize(text[i]);
        }

        return new string(chars);
    }

    /// <summary>A heading's title: its text up to the first 。 (without a trailing colon).</summary>
    private (int Start, int End) HeadingTitle(LineInfo line)
    {
        var end = line.ContentStart;
        while (end < line.End && Normalize(text[end]) != '。')
        {
            end++;
        }

        var trimmed = TrimEndWhite(text, line.ContentStart, end);
        while (trimmed > line.ContentStart && Normalize(text[trimmed - 1]) == ':')
        {
            trimmed--;
        }

        return (line.ContentStart, trimmed);
    }

    private void ReportRest(LineInfo line, int titleEnd)
    {
        var rest = SkipWhite(text, titleEnd, line.End);
        while (rest < line.End && Normalize(text[rest]) is '。' or ':')
        {
            rest = SkipWhite(text, rest + 1, line.End);
        }

        if (rest < line.End)
        {
            bag.Add(PlanTextCodes.Unplaced, DiagnosticSeverity.Info, "Text after a heading's title was not placed.", line.Number, Column(line, rest));
        }
    }

    private bool HasSentencePunctuation(LineInfo line)
    {
        if (line.End - line.Start > 30)
        {
            return true;
        }

        for (var i = line.Start; i < line.End; i++)
        {
            if (IsClauseEnd(Normalize(text[i])))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadDate(int position, int end, out LocalDate date, out int next)
    {
        date = default;
        next = position;
        if (!TryReadInt(text, position, end, 4, out var year, out var i) || i - position != 4 || year is < 1900 or > 2100
            || (position > 0 && IsDigit(Normalize(text[position - 1]))) || i >= end)
        {
            return false;
        }

        var separator = Normalize(text[i]);
        if (separator is not ('-' or '/' or '.' or '年'))
        {
            return false;
        }

        if (!TryReadInt(text, i + 1, end, 2, out var month, out i) || i >= end)
        {
            return false;
        }

        var monthSeparator = Normalize(text[i]);
        if (separator == '年' ? monthSeparator != '月' : monthSeparator != separator)
        {
            return false;
        }

        if (!TryReadInt(text, i + 1, end, 2, out var day, out i))
        {
            return false;
        }

        if (separator == '年')
        {
            if (!At(text, i, end, "日") && !At(text, i, end, "号"))
            {
                return false;
            }

            i++;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        next = i;
        return true;
    }

    private string Excerpt(LineInfo line)
    {
        var length = Math.Min(line.End - line.Start, 30);
        return string.Concat(text.AsSpan(line.Start, length), length < line.End - line.Start ? "…" : string.Empty);
    }

    private static int Column(LineInfo line, int position) => position - line.LineStart + 1;

    private static string Numeral(int value) => value is >= 0 and <= ChineseNumerals.MaxValue ? ChineseNumerals.Format(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private struct LineInfo
    {
        public int LineStart;
        public int Start;
        public int End;
        public int Number;
        public LineKind Kind;
        public HeadingStyle Style;
        public int Value;
        public int ContentStart;
        public LocalDate? Date;
    }
}

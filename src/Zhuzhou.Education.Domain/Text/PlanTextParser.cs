using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the text of a work plan (工作要点, 行动方案, 实施意见 …) into a <see cref="Plan"/>: title, issuer, period,
/// published date, preamble, sections (一、, （一）, 第一部分, 第一章), items (1. 1． 1、 1﹒ （1） 第一条), commitments (the
/// sentences of an item, or of a section outside its items) and their targets (指标), milestones and document references.
/// </summary>
/// <remarks>
/// <para>Parsing never throws for bad input: it returns a <see cref="ParseResult{T}"/> with the plan, when sections
/// or items were found, and diagnostics with stable codes (ZP0001…) and 1-based line and column in the original text
/// (columns count UTF-16 code units). Full-width forms (，（）：；１２３．) are matched as their ASCII forms. Work is
/// linear in the length of the text.</para>
/// <para>Period: from <see cref="PlanTextOptions"/> when the caller gives it; else the title's year (2019年,
/// 2018—2020年, …2021行动方案, “十四五”), dated paragraphs (2020年，…), a date line (under the title, or the
/// signature's), or a document number (〔2019〕3号). A text that names none gives a plan without a period (warning
/// ZP0003), which can be shown and stored but not evaluated. Deadlines are the first such date on or after the start
/// of the period (a school year's 6月底 is in its second year): 春季 → 03-01 and 秋季 → 09-01, 暑期 → 08-31, 上半年 →
/// 06-30, 下半年, 年底, 年末, 年内 → 12-31, 第N季度 → the quarter's last day, N月, N月底 → the month's last day, N月D日 →
/// that day; a sentence that starts with a year of the period is due in it. A note with a deadline
/// ("（6月底完成，牵头考核单位：…）") dates every target of its item that has none.</para>
/// <para>Structure: page noise (breadcrumbs, links, metadata, document numbers, a table of contents, page numbers and
/// rules of a PDF) is skipped; lines a hard wrap cut are joined; the first title-like line is the title (a repeat is
/// skipped, as is a second document's title), the lines before the first heading the preamble. The first
/// Chinese-numbered style numbers sections; items are the first level whose headings carry their text (1. over
/// （1） group headings are not items; （一） are items only where no Arabic style is); a section may number its items
/// in its own style. Headings above items close the open item; headings below items and unnumbered paragraphs are more
/// commitments of it; text outside items is the section's own (<see cref="Section.Commitments"/>, target ids S2.1),
/// except under a heading about the background (现状, 形势, 指导思想). Item numbers are unique in a plan: numbering that
/// restarts or repeats is renumbered on, with a diagnostic.</para>
/// <para>Targets: a number with a measure word (100名, 3-5所, 2万个, 90%以上, 0.1%-0.3%, 一两项, 20兆) outside 《》,
/// quotation marks and parentheses, with its bound (以上, 不少于, 不得低于 → at least; 以下, 不超过, 控制在…以内 → at
/// most; 左右 → exactly; a range → between). A sentence about 每位/每个/每所 … is a coverage target whose amount each
/// member must reach (<see cref="Target.PerMember"/>). Not targets: 一 as an article (一批), denominators and ratio
/// norms (每6个教学班), baselines (已建成的40个), qualifiers and thresholds (30户以上的自然村, 突破100亿元的企业), caps
/// and subsidies (最高300万元, 给予…奖补), scope (围绕12条产业链). A sentence without a target but with a completion
/// verb (完成, 实现, 建成) is a milestone. Counts of what is added, trained or funded are increments, the rest levels.
/// Scores in assessment lists are weights: "（25分）" after a section title, a note "（0.5分）" of an item.</para>
/// <para>Diagnostic codes: errors ZP0001 (empty text), ZP0002 (no section or item), ZP0900 (internal error, please
/// report); warnings ZP0003 (no year: no period), ZP0004 (control characters), ZP0102 (no title), ZP0103 (no issuer),
/// ZP0104 (period from the published date or a document number), ZP0105 (bad date), ZP0201/ZP0211 (section/item
/// number skips), ZP0202/ZP0212 (number repeats or goes back: renumbered; ZP0212 is only info when numbering restarts
/// at 1 under a new heading), ZP0203 (section without items), ZP0213 (heading without title), ZP0224 (items before any
/// section), ZP0301 (unbalanced 《》 or quotation marks), ZP0302 (year range without separator, "(20162020)" read as
/// 2016-2020), ZP0303 (age range without separator, "《36岁儿童…》"), ZP0304 (backward range), ZP0401 (deadline
/// outside the period); information ZP0005 (read as GB18030), ZP0009 (more diagnostics than reported), ZP0101 (page
/// noise skipped, published date read), ZP0104 (period from dated paragraphs), ZP0221 (sub-heading), ZP0222 (paragraph
/// not placed), ZP0223 (paragraph read as more commitments of the item before it).</para>
/// <para>All members are thread-safe and have no effect beyond their result: GB18030 is taken from
/// <see cref="CodePagesEncodingProvider"/> directly, never registered with <see cref="Encoding"/> for the process.</para>
/// </remarks>
public static partial class PlanTextParser
{
    private const int Gb18030CodePage = 54936;

    /// <summary>Parses plan text.</summary>
    /// <param name="text">The text of the plan.</param>
    /// <returns>The plan and the diagnostics; a failed result when the text is empty or has no section or item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<Plan> Parse(string text) => Parse(text, null);

    /// <summary>Parses plan text, with what the caller knows that the text may not say.</summary>
    /// <param name="text">The text of the plan.</param>
    /// <param name="options">The year or period, issuer and published date to use instead of the text's;
    /// <see cref="PlanTextOptions.Default"/> when null.</param>
    /// <returns>The plan and the diagnostics; a failed result when the text is empty or has no section or item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<Plan> Parse(string text, PlanTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseText(text, options, null);
    }

    /// <summary>Parses plan text read to its end from <paramref name="reader"/>.</summary>
    /// <param name="reader">The reader; it is read to the end and not disposed.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    public static ParseResult<Plan> Parse(TextReader reader) => Parse(reader, null);

    /// <summary>Parses plan text read to its end from <paramref name="reader"/>, with what the caller knows.</summary>
    /// <param name="reader">The reader; it is read to the end and not disposed.</param>
    /// <param name="options">What the caller knows that the text may not say; <see cref="PlanTextOptions.Default"/> when null.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    public static ParseResult<Plan> Parse(TextReader reader, PlanTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseText(reader.ReadToEnd(), options, null);
    }

    /// <summary>
    /// Parses plan text from bytes, detecting their encoding: a byte-order mark selects UTF-8 or UTF-16
    /// (little or big endian); without one, valid UTF-8 is read as UTF-8 and anything else as GB18030 (which also
    /// reads GBK and GB2312).
    /// </summary>
    /// <param name="stream">The stream, read from its current position to the end and not disposed.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ParseResult<Plan> Parse(Stream stream) => Parse(stream, null, null);

    /// <summary>Parses plan text from bytes in a given encoding, or detecting it as <see cref="Parse(Stream)"/> does.</summary>
    /// <param name="stream">The stream, read from its current position to the end and not disposed.</param>
    /// <param name="encoding">The encoding to use, or null to detect it.</param>
    /// <param name="options">What the caller knows that the text may not say; <see cref="PlanTextOptions.Default"/> when null.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ParseResult<Plan> Parse(Stream stream, Encoding? encoding, PlanTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (text, note) = encoding is null && TryReadUtf8(stream) is { } utf8 ? (utf8, null) : Decode(ReadAll(stream), encoding);
        return ParseText(text, options, note);
    }

    /// <summary>
    /// The rest of the stream's bytes, held once: a stream that knows its length is read into one array of that
    /// size, not copied through a buffer that doubles as it grows (the bytes and their text are the peak of a parse).
    /// </summary>
    private static ReadOnlySpan<byte> ReadAll(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var remaining && remaining < Array.MaxLength)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)remaining);
            var read = 0;
            while (read < bytes.Length && stream.Read(bytes, read, bytes.Length - read) is var n and > 0)
            {
                read += n;
            }

            // A stream longer than it said goes on through a buffer; one shorter gives what it had.
            if (read == bytes.Length && stream.ReadByte() is var next and >= 0)
            {
                using var rest = new MemoryStream();
                rest.Write(bytes);
                rest.WriteByte((byte)next);
                stream.CopyTo(rest);
                return rest.GetBuffer().AsSpan(0, (int)rest.Length);
            }

            return bytes.AsSpan(0, read);
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    internal static (string Text, Diagnostic? Note) Decode(ReadOnlySpan<byte> bytes, Encoding? encoding)
    {
        if (encoding is not null)
        {
            var preamble = encoding.Preamble;
            if (preamble.Length > 0 && bytes.StartsWith(preamble))
            {
                bytes = bytes[preamble.Length..];
            }

            return (encoding.GetString(bytes), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), null);
        }

        // Taken from the provider itself, not registered with Encoding: reading a plan changes nothing process-wide.
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!;
        return (gb18030.GetString(bytes), new Diagnostic(PlanTextCodes.ReadAsGb18030, DiagnosticSeverity.Info, PlanTextCodes.ReadAsGb18030, []));
    }

    private static ParseResult<Plan> ParseText(string text, PlanTextOptions? options, Diagnostic? note)
    {
        var bag = new DiagnosticBag();
        Plan? plan;
        try
        {
            plan = PlanReader.Read(text, options ?? PlanTextOptions.Default, bag);
        }
        catch (ArgumentException exception)
        {
            // The model rejected something the reader built: a parser bug, reported rather than thrown at the caller.
            bag.Add(PlanTextCodes.Internal, DiagnosticSeverity.Error, PlanTextCodes.Internal, [exception.Message]);
            plan = null;
        }

        var diagnostics = bag.ToList();
        if (note is not null)
        {
            diagnostics.Insert(0, note);
        }

        return plan is not null && !bag.HasErrors ? ParseResult.Succeeded(plan, diagnostics) : ParseResult.Failed<Plan>(diagnostics);
    }
}

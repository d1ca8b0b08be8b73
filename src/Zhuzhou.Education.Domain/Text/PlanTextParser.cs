using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// Reads the text of a work plan (工作要点) into a <see cref="Plan"/>: title, issuer, period, published date,
/// preamble, sections (一、, （一）, 第一部分), items (1. 1． 1、 （1）), commitments (the sentences of an item) and
/// their targets (指标), milestones and document references.
/// </summary>
/// <remarks>
/// <para>Parsing never throws for bad input: it returns a <see cref="ParseResult{T}"/> with the plan, when sections
/// or items were found and a year gives the period, and diagnostics with stable codes (ZP0001…) and 1-based line and
/// column in the original text (columns count UTF-16 code units). Full-width forms (，（）：；１２３．) are matched as
/// their ASCII forms. Work is linear in the length of the text.</para>
/// <para>What counts as a target, its comparison, subject, time aggregation and deadline: a number followed by a
/// measure word (100名, 3-5所, 2万个, 90%以上), outside 《》, quotation marks and parentheses; a commitment with a
/// completion verb (完成, 实现, 建成) and no number is a milestone; 秋季 is due on 09-01 of the plan year. Target ids are
/// the item number and the target's position in the item (15.1, 15.2, …). Counts of what is added, trained or
/// funded (新增, 增加, 培训, 培养, 资助) aggregate over time as increments, everything else as levels.</para>
/// <para>Structure: lines of page noise (breadcrumbs, links, 来源/发布日期 metadata, document numbers) are skipped and the
/// date of a metadata or date-only line is the published date; the first title-like line is the title, whose text
/// before 关于 or before the year is the issuer and whose year (or year range) is the period; the other lines before
/// the first heading are the preamble. The first Chinese-numbered style met (第一部分, 一、, （一）) numbers sections;
/// items are numbered 1. 1． 1、 or （1）, or, in a plan without them, by the Chinese style below the sections.
/// An item's title is its text up to the first 。; when that text is a task rather than a short title (a clause with a
/// comma, or longer than 25 characters) it is also the item's first commitment. Item numbers must be unique in a
/// plan: numbering that restarts or repeats is renumbered on, with a diagnostic.</para>
/// <para>Deadlines, in the plan's first year unless the sentence starts with another year of the period: 春季 → 03-01 and
/// 秋季 → 09-01 (the starts of the spring and autumn terms), 暑期 → 08-31, 上半年 → 06-30, 下半年, 年底, 年末, 年内 →
/// 12-31, 第N季度 → the quarter's last day, N月, N月底, N月前 → the month's last day, N月D日 → that day. A note in
/// parentheses with a deadline ("（6月底完成，牵头考核单位：…）") dates every target of its item that has none, and makes
/// an item that states no target a milestone due then.</para>
/// <para>Scores in assessment lists are weights: "一、政务服务“一网通办”（25分）" gives its section a weight of 25 (and a
/// title without the score), a note "（0.5分）" gives its item a weight of 0.5.</para>
/// <para>Diagnostic codes: errors ZP0001 (empty text), ZP0002 (no section or item), ZP0003 (no year for the period),
/// ZP0900 (internal error, please report); warnings ZP0004 (control characters), ZP0102 (no title), ZP0103 (no
/// issuer), ZP0105 (bad date), ZP0201/ZP0211 (section/item number skips), ZP0202/ZP0212 (number repeats or goes
/// back: renumbered; ZP0212 is only info when numbering restarts at 1 under a new heading), ZP0203 (section without
/// items), ZP0213 (heading without title), ZP0224 (items before any section), ZP0301 (unbalanced 《》 or quotation
/// marks), ZP0302 (year range without separator, "(20162020)" read as 2016-2020), ZP0303 (age range without
/// separator, "《36岁儿童…》"), ZP0304 (backward range), ZP0401 (deadline outside the period); information ZP0005
/// (read as GB18030), ZP0009 (more diagnostics than reported), ZP0101 (page noise skipped, published date read),
/// ZP0104 (period not from the title), ZP0221 (sub-heading), ZP0222 (paragraph not placed), ZP0223 (paragraph read as
/// more commitments of the item before it).</para>
/// <para>All members are thread-safe and have no effect beyond their result: GB18030 is taken from
/// <see cref="CodePagesEncodingProvider"/> directly, never registered with <see cref="Encoding"/> for the process.</para>
/// </remarks>
public static partial class PlanTextParser
{
    private const int Gb18030CodePage = 54936;

    /// <summary>Parses plan text.</summary>
    /// <param name="text">The text of the plan.</param>
    /// <returns>The plan and the diagnostics; a failed result when no section or item, or no year, was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<Plan> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseText(text, null);
    }

    /// <summary>Parses plan text read to its end from <paramref name="reader"/>.</summary>
    /// <param name="reader">The reader; it is read to the end and not disposed.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    public static ParseResult<Plan> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseText(reader.ReadToEnd(), null);
    }

    /// <summary>
    /// Parses plan text from bytes. With no <paramref name="encoding"/>, a byte-order mark selects UTF-8 or UTF-16
    /// (little or big endian); without one, valid UTF-8 is read as UTF-8 and anything else as GB18030 (which also
    /// reads GBK and GB2312).
    /// </summary>
    /// <param name="stream">The stream, read from its current position to the end and not disposed.</param>
    /// <param name="encoding">The encoding to use, or null to detect it.</param>
    /// <returns>The plan and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static ParseResult<Plan> Parse(Stream stream, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var (text, note) = Decode(bytes, encoding);
        return ParseText(text, note);
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
        return (gb18030.GetString(bytes), new Diagnostic(PlanTextCodes.ReadAsGb18030, DiagnosticSeverity.Info, "The bytes are not UTF-8 and have no byte-order mark; read as GB18030."));
    }

    private static ParseResult<Plan> ParseText(string text, Diagnostic? note)
    {
        var bag = new DiagnosticBag();
        Plan? plan;
        try
        {
            plan = new PlanReader(text, bag).Read();
        }
        catch (ArgumentException exception)
        {
            // The model rejected something the reader built: a parser bug, reported rather than thrown at the caller.
            bag.Add(PlanTextCodes.Internal, DiagnosticSeverity.Error, "Internal parser error: " + exception.Message);
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

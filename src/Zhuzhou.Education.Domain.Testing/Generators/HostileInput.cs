using System.Text;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Hostile inputs for the readers of plans and progress reports: documents near valid ones, as a fuzzer makes them —
/// a seed with a few byte-level edits (a byte replaced, a range deleted or repeated, a token inserted) — and text in odd
/// encodings. Random bytes are almost never near a valid document; these are, so a reader's deeper checks are reached.
/// </summary>
/// <remarks>
/// <para>A reader given any of them must return a value or located diagnostics, and never throw. CsCheck shrinks a
/// failing input towards its seed.</para>
/// <example>
/// <code>
/// HostileInput.ProgressCsv.Sample(bytes =>
/// {
///     var result = ProgressCsv.Load(new MemoryStream(bytes), plan, ZhuzhouOrgUnits.Tree2017);
///     return result.Success || result.Errors.Any();
/// });
/// </code>
/// </example>
/// <para>Thread-safe: the generators and lists are immutable.</para>
/// </remarks>
public static class HostileInput
{
    /// <summary>Tokens that JSON readers meet at their edges: syntax, extreme numbers and dates, bad Unicode.</summary>
    public static IReadOnlyList<string> JsonTokens { get; } =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "0", "-1", "1.5", "1e400", "-0", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\\", "\"2017-02-30\"", "\"0001-01-01\"",
        "\"9999-12-31\"", "\"\u2028\"", "\u000b", "\"=1+2\"", "\"430281-001\"", "\"8.1\"", "\"schema\"", "\"zedu.plan/1\"", "\"milestone\"",
    ];

    /// <summary>Tokens of plan text (工作要点): numbering, measures, dates and characters that are not text.</summary>
    public static IReadOnlyList<string> PlanTextTokens { get; } =
    [
        "一、", "（一）", "第一部分", "1.", "1．", "2、", "（1）", "\n", "\r\n", "\r", "\u3000", "。", "；", "《", "》", "“", "”", "(", ")",
        "2017年", "工作要点", "发布日期:2017-02-22", "培训", "新增", "100", "2万", "名", "所", "个", "%", "百分之", "以上", "不超过",
        "3-5", "三至五", "6月底", "年底前", "完成", "实现", "秋季", "(2016-2020年)", "\0", "\u000b", "\u2028", "\uFFFD", "\u001b[31m",
    ];

    /// <summary>Tokens of progress CSV: separators, quotes, line breaks and the values the columns hold.</summary>
    public static IReadOnlyList<string> CsvTokens { get; } =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "target", "orgUnit", "date", "value", "numerator", "denominator", "8.1", "6.1", "13.1",
        "430281", "430281-001", "醴陵市", "2017-06-30", "2017-02-30", "0001-01-01", "9999-12-31", "-1", "1e5", "1,0,0",
        "79228162514264337593543950335", "0.5", "=1+2", "\0", "\uFEFF",
    ];

    /// <summary>The JSON of the built-in 2017 plan (<see cref="ZhuzhouPlans.Education2017"/>) with up to 6 edits.</summary>
    public static Gen<byte[]> PlanJson { get; } = Near([Encoding.UTF8.GetBytes(Serialization.PlanJson.Serialize(ZhuzhouPlans.Education2017))], JsonTokens);

    /// <summary>Progress JSON (<c>zedu.progress/1</c>) on the built-in 2017 plan with up to 6 edits.</summary>
    public static Gen<byte[]> ProgressJson { get; } = Near([Encoding.UTF8.GetBytes(Serialization.ProgressJson.Serialize(SampleBatch()))], JsonTokens);

    /// <summary>Progress CSV (<see cref="Serialization.ProgressCsv.Header"/>) on the built-in 2017 plan with up to 6 edits.</summary>
    public static Gen<byte[]> ProgressCsv { get; } = Near([Encoding.UTF8.GetBytes(SampleCsv())], CsvTokens);

    /// <summary>Every file of a folder, in ordinal order of their names: seeds for <see cref="Near"/> (a fuzzer's corpus, say).</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files' bytes.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<byte[]> Seeds(string folder)
        => Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    /// <summary>Seed documents with up to <paramref name="maxEdits"/> byte-level edits each.</summary>
    /// <param name="seeds">Valid documents to start from; at least one.</param>
    /// <param name="tokens">Tokens to insert (UTF-8); at least one.</param>
    /// <param name="maxEdits">The most edits made to one seed.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There is no seed or no token, or <paramref name="maxEdits"/> is negative.</exception>
    public static Gen<byte[]> Near(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens, int maxEdits = 6)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(tokens);
        if (seeds.Count == 0 || tokens.Count == 0 || maxEdits < 0)
        {
            throw new ArgumentException("Give at least one seed and one token, and a number of edits that is not negative.", nameof(seeds));
        }

        var seedBytes = seeds.ToArray();
        var tokenBytes = tokens.Select(Encoding.UTF8.GetBytes).ToArray();
        var edit = Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, 255]);
        return Gen.Select(Gen.Int[0, seedBytes.Length - 1], edit.Array[0, maxEdits], (seed, edits) =>
            edits.Aggregate(seedBytes[seed], (bytes, e) => Apply(bytes, tokenBytes, e.Item1, e.Item2, e.Item3, e.Item4)));
    }

    /// <summary>
    /// A text as a reader may receive it: UTF-8 with or without a byte-order mark, UTF-16 (little or big endian, with
    /// its mark), UTF-8 read once as Latin-1 and written again (mojibake), cut in the middle of a character, or with
    /// bytes that are never UTF-8 (0xC0, 0xFF) inserted.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Gen<byte[]> Encodings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        return Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], (kind, where) =>
        {
            var at = (int)(where * utf8.Length);
            return kind switch
            {
                0 => utf8,
                1 => [0xEF, 0xBB, 0xBF, .. utf8],
                2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                3 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
                4 => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(utf8)),
                5 => utf8[..at],
                _ => [.. utf8.AsSpan(0, at), 0xC0, 0xFF, .. utf8.AsSpan(at)],
            };
        });
    }

    private static ProgressBatch SampleBatch()
    {
        var plan = ZhuzhouPlans.Education2017;
        var end = new LocalDate(2017, 6, 30);
        return new ProgressBatch(plan.Targets.Take(12).Select((t, i) =>
        {
            var unit = ZhuzhouOrgUnits.Tree2017.Units[1 + (i % 9)].Code;
            var date = end.PlusDays(-i);
            return t.OrgUnitAggregation == Plans.OrgUnitAggregation.Ratio
                ? new ProgressReport(t.Id, unit, date, i / (i + 10m)) { Numerator = i, Denominator = i + 10 }
                : new ProgressReport(t.Id, unit, date, t.Comparison.Kind == Quantities.ComparisonKind.Milestone ? 0.5m : i + 1);
        }));
    }

    private static string SampleCsv()
    {
        var text = new StringBuilder(Serialization.ProgressCsv.Header).Append('\n');
        foreach (var r in SampleBatch().Reports)
        {
            text.Append(r.Target).Append(',').Append(r.OrgUnit).Append(',').Append(Dates(r.Date)).Append(',')
                .Append(r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Numerator?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Denominator?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static string Dates(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static byte[] Apply(byte[] bytes, byte[][] tokens, int kind, double where, double what, int value)
    {
        var at = (int)(where * bytes.Length);
        var length = 1 + (value % 32);
        return kind switch
        {
            0 when bytes.Length > 0 => [.. bytes.AsSpan(0, at), (byte)value, .. bytes.AsSpan(Math.Min(at + 1, bytes.Length))],
            1 => [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(at + length, bytes.Length))],
            2 => [.. bytes.AsSpan(0, at), .. tokens[(int)(what * (tokens.Length - 1))], .. bytes.AsSpan(at)],
            _ => [.. bytes.AsSpan(0, at), .. bytes.AsSpan((int)(what * bytes.Length), Math.Min(length, bytes.Length - (int)(what * bytes.Length))), .. bytes.AsSpan(at)],
        };
    }
}

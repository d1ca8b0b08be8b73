using System.Text;
using CsCheck;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Support;

/// <summary>
/// Inputs near valid ones, as a fuzzer makes them: a seed document with a few byte-level edits (a byte replaced, a
/// range deleted or repeated, a token inserted). Random text is almost never near a valid document; these are, so a
/// loader's deeper checks are reached. CsCheck shrinks a failing input towards its seed.
/// </summary>
public static class FuzzInputs
{
    /// <summary>Tokens that JSON loaders meet at their edges: syntax, extreme numbers and dates, bad Unicode.</summary>
    public static readonly IReadOnlyList<string> JsonTokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "0", "-1", "1.5", "1e400", "-0", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\\", "\"2017-02-30\"", "\"0001-01-01\"",
        "\"9999-12-31\"", "\"\u2028\"", "\u000b", "\"=1+2\"", "\"430281-001\"", "\"8.1\"", "\"schema\"", "\"zedu.plan/1\"", "\"milestone\"",
    ];

    /// <summary>Tokens of plan text (工作要点): numbering, measures, dates and characters that are not text.</summary>
    public static readonly IReadOnlyList<string> PlanTextTokens =
    [
        "一、", "（一）", "第一部分", "1.", "1．", "2、", "（1）", "\n", "\r\n", "\r", "\u3000", "。", "；", "《", "》", "“", "”", "(", ")",
        "2017年", "工作要点", "发布日期:2017-02-22", "培训", "新增", "100", "2万", "名", "所", "个", "%", "百分之", "以上", "不超过",
        "3-5", "三至五", "6月底", "年底前", "完成", "实现", "秋季", "(2016-2020年)", "\0", "\u000b", "\u2028", "\uFFFD", "\u001b[31m",
    ];

    /// <summary>Tokens of progress CSV: separators, quotes, line breaks and the values the columns hold.</summary>
    public static readonly IReadOnlyList<string> CsvTokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "target", "orgUnit", "date", "value", "numerator", "denominator", "8.1", "6.1", "13.1",
        "430281", "430281-001", "醴陵市", "2017-06-30", "2017-02-30", "0001-01-01", "9999-12-31", "-1", "1e5", "1,0,0",
        "79228162514264337593543950335", "0.5", "=1+2", "\0", "\uFEFF",
    ];

    /// <summary>
    /// The seed inputs of a target of the fuzzing harness (tests/Zhuzhou.Education.Domain.Fuzz/corpus/TARGET): the
    /// same documents seed the fuzzer and these properties.
    /// </summary>
    public static IReadOnlyList<byte[]> Corpus(string root, string target)
        => Directory.GetFiles(Path.Combine(root, "tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", target)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    /// <summary>Seeds with up to <paramref name="maxEdits"/> edits each.</summary>
    public static Gen<byte[]> Of(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens, int maxEdits = 6)
    {
        var seedBytes = seeds.ToArray();
        var tokenBytes = tokens.Select(Encoding.UTF8.GetBytes).ToArray();
        var edit = Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, 255]);
        return Gen.Select(Gen.Int[0, seedBytes.Length - 1], edit.Array[0, maxEdits], (seed, edits) =>
            edits.Aggregate(seedBytes[seed], (bytes, e) => Apply(bytes, tokenBytes, e.Item1, e.Item2, e.Item3, e.Item4)));
    }


    /// <summary>
    /// Whether what was read survives writing: the plan's JSON reads back as the same plan and is written again the
    /// same (parse → write → parse is a fixed point).
    /// </summary>
    public static bool PlanJsonIsAFixedPoint(Plan plan)
    {
        var json = PlanJson.Serialize(plan);
        var again = PlanJson.Parse(json);
        return again.Success && again.Value.Equals(plan) && PlanJson.Serialize(again.Value) == json;
    }

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

using System.Text;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>Loads a plan: the built-in 2017 plan, a plan JSON file, or plan text (工作要点) to parse.</summary>
internal static class PlanInput
{
    /// <summary>
    /// Loads the plan of <c>--plan</c>. Plan text is decoded as the library detects (UTF-8, UTF-16 with a byte-order
    /// mark, else GB18030); JSON is UTF-8. A plan without a period is refused where it is to be evaluated
    /// (<paramref name="needsPeriod"/>), with the way to give it one, in the context's language.
    /// </summary>
    public static Plan Load(string? file, CliContext context, bool needsPeriod = true)
    {
        if (file is null)
        {
            return ZhuzhouPlans.Education2017;
        }

        var bytes = ReadBytes(file, context.Language);
        var result = IsJson(file, bytes) ? PlanJson.LoadUtf8(bytes) : ParseText(bytes, null, PlanTextOptions.Default);
        var plan = Unwrap(result, file, context);
        if (needsPeriod && plan.Period is null)
        {
            throw new CliException(CliText.NoPeriod(context.Language, file));
        }

        return plan;
    }

    /// <summary>Parses plan text from its bytes, detecting their encoding unless <paramref name="encoding"/> is given.</summary>
    public static ParseResult<Plan> ParseText(byte[] bytes, Encoding? encoding, PlanTextOptions options)
        => PlanTextParser.Parse(new MemoryStream(bytes, writable: false), encoding, options);

    /// <summary>Reads a file's bytes, or fails naming the file.</summary>
    public static byte[] ReadBytes(string file, Language language)
    {
        using var bytes = BoundedRead.File(file, language);
        return bytes.ToArray();
    }

    /// <summary>Writes warnings to standard error; fails with the first error, naming the file and place.</summary>
    public static T Unwrap<T>(ParseResult<T> result, string file, CliContext context)
        where T : class
    {
        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine(SafeText.Clean(warning.Format(file, context.Language)));
        }

        if (result.Success)
        {
            return result.Value;
        }

        var errors = result.Errors.ToList();
        var more = errors.Count > 1 ? CliText.AndMoreErrors(context.Language, errors.Count - 1) : string.Empty;
        throw new CliException(SafeText.Clean(errors[0].Format(file, context.Language)) + more);
    }

    /// <summary>A .json file, or bytes whose first character (after a UTF-8 byte-order mark and white space) is {.</summary>
    internal static bool IsJson(string file, byte[] bytes)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var first = span.IndexOfAnyExcept((ReadOnlySpan<byte>)" \t\r\n"u8);
        return first >= 0 && span[first] == (byte)'{';
    }
}

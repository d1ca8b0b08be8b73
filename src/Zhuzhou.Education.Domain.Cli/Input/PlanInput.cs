using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>Loads a plan: the built-in 2017 plan, a plan JSON file, or plan text (工作要点) to parse.</summary>
internal static class PlanInput
{
    public static Plan Load(string? file, CliContext context)
    {
        if (file is null)
        {
            return ZhuzhouPlans.Education2017;
        }

        var text = ReadText(file, context.Language);
        var json = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{');
        var result = json ? PlanJson.Parse(text) : PlanTextParser.Parse(text);
        return Unwrap(result, file, context);
    }

    public static string ReadText(string file, Language language)
    {
        if (Directory.Exists(file))
        {
            throw new CliException(CliText.IsAFolder(language, file));
        }

        if (!File.Exists(file))
        {
            throw new CliException(CliText.FileNotFound(language, file));
        }

        return File.ReadAllText(file, Encoding.UTF8);
    }

    /// <summary>Writes warnings to standard error; fails with the first error, naming the file and place.</summary>
    public static T Unwrap<T>(ParseResult<T> result, string file, CliContext context)
        where T : class
    {
        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine(warning.Format(file, context.Language));
        }

        if (result.Success)
        {
            return result.Value;
        }

        var errors = result.Errors.ToList();
        var more = errors.Count > 1 ? CliText.AndMoreErrors(context.Language, errors.Count - 1) : string.Empty;
        throw new CliException(errors[0].Format(file, context.Language) + more);
    }
}

using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>Loads a plan: the built-in 2017 plan, a plan JSON file, or plan text (工作要点) to parse.</summary>
internal static class PlanInput
{
    public static Plan Load(string? file, TextWriter error)
    {
        if (file is null)
        {
            return ZhuzhouPlans.Education2017;
        }

        var text = ReadText(file);
        var json = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{');
        var result = json ? PlanJson.Parse(text) : PlanTextParser.Parse(text);
        return Unwrap(result, file, error);
    }

    public static string ReadText(string file)
    {
        if (Directory.Exists(file))
        {
            throw new CliException($"{file}: is a folder, not a file");
        }

        if (!File.Exists(file))
        {
            throw new CliException($"{file}: file not found");
        }

        return File.ReadAllText(file, Encoding.UTF8);
    }

    /// <summary>Writes warnings to <paramref name="error"/>; fails with the first error, naming the file and place.</summary>
    public static T Unwrap<T>(ParseResult<T> result, string file, TextWriter error)
        where T : class
    {
        foreach (var warning in result.Warnings)
        {
            error.WriteLine("zedu: " + new FileProblem(file, warning));
        }

        if (result.Success)
        {
            return result.Value;
        }

        var errors = result.Errors.ToList();
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty;
        throw new CliException(new FileProblem(file, errors[0]) + more);
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>The options of the commands that read plan text: --year, --period and --encoding.</summary>
internal sealed class PlanTextArguments
{
    private readonly Option<int?> year;
    private readonly Option<DateInterval?> period;
    private readonly Option<Encoding?> encoding;

    private PlanTextArguments(Language language)
    {
        year = YearOption(language);
        period = PeriodOption(language);
        encoding = EncodingOption(language);
    }

    /// <summary>Adds the options to <paramref name="command"/>, described and checked in <paramref name="language"/>.</summary>
    public static PlanTextArguments AddTo(Command command, Language language)
    {
        var arguments = new PlanTextArguments(language);
        command.Add(arguments.year);
        command.Add(arguments.period);
        command.Add(arguments.encoding);
        return arguments;
    }

    /// <summary>The encoding given, or null to detect it.</summary>
    public Encoding? EncodingOf(ParseResult result) => result.GetValue(encoding);

    /// <summary>The options for the parser; fails when both a year and a period are given.</summary>
    public PlanTextOptions Options(ParseResult result, Language language)
        => result.GetValue(year) is not null && result.GetValue(period) is not null
            ? throw new CliException(CliText.YearOrPeriod(language))
            : new PlanTextOptions { Year = result.GetValue(year), Period = result.GetValue(period) };

    private static Option<int?> YearOption(Language language) => new("--year")
    {
        Description = CliText.YearOption(language),
        HelpName = "YYYY",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1900 and <= 2100)
            {
                return value;
            }

            result.AddError(CliText.BadYear(language, text));
            return null;
        },
    };

    private static Option<DateInterval?> PeriodOption(Language language) => new("--period")
    {
        Description = CliText.PeriodOption(language),
        HelpName = "START..END",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var parts = text.Split("..");
            if (parts.Length == 2 && LocalDatePattern.Iso.Parse(parts[0]) is { Success: true } start && LocalDatePattern.Iso.Parse(parts[1]) is { Success: true } end)
            {
                if (end.Value >= start.Value)
                {
                    return new DateInterval(start.Value, end.Value);
                }

                result.AddError(CliText.BackwardPeriod(language, text));
                return null;
            }

            result.AddError(CliText.BadPeriod(language, text));
            return null;
        },
    };

    private static Option<Encoding?> EncodingOption(Language language) => new("--encoding")
    {
        Description = CliText.EncodingOption(language),
        HelpName = "NAME",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (EncodingNamed(text) is { } found)
            {
                return found;
            }

            result.AddError(CliText.BadEncoding(language, text));
            return null;
        },
    };

    /// <summary>
    /// The encoding of that name: .NET's own (utf-8, utf-16 …), else a code page (gb18030, gbk …) taken from
    /// <see cref="CodePagesEncodingProvider"/> directly, as the library does — never registered for the process.
    /// </summary>
    internal static Encoding? EncodingNamed(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (CodePagesEncodingProvider.Instance.GetEncoding(name) is { } codePage)
        {
            return codePage;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

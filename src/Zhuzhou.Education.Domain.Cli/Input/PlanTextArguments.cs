using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>The options of the commands that read plan text: --year, --period and --encoding.</summary>
internal sealed class PlanTextArguments
{
    private readonly Option<int?> year = YearOption();
    private readonly Option<DateInterval?> period = PeriodOption();
    private readonly Option<Encoding?> encoding = EncodingOption();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public static PlanTextArguments AddTo(Command command)
    {
        var arguments = new PlanTextArguments();
        command.Add(arguments.year);
        command.Add(arguments.period);
        command.Add(arguments.encoding);
        return arguments;
    }

    /// <summary>The encoding given, or null to detect it.</summary>
    public Encoding? EncodingOf(ParseResult result) => result.GetValue(encoding);

    /// <summary>The options for the parser; fails when both a year and a period are given.</summary>
    public PlanTextOptions Options(ParseResult result)
        => result.GetValue(year) is not null && result.GetValue(period) is not null
            ? throw new CliException("give --year or --period, not both")
            : new PlanTextOptions { Year = result.GetValue(year), Period = result.GetValue(period) };

    private static Option<int?> YearOption() => new("--year")
    {
        Description = "The calendar year the plan covers, when its text names none (or names another). Not with --period.",
        HelpName = "YYYY",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1900 and <= 2100)
            {
                return value;
            }

            result.AddError($"--year: '{text}' is not a year: use four digits from 1900 to 2100, such as 2019");
            return null;
        },
    };

    private static Option<DateInterval?> PeriodOption() => new("--period")
    {
        Description = "The period the plan covers, START..END, such as a school year 2018-09-01..2019-08-31. Not with --year.",
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

                result.AddError($"--period: '{text}' ends before it starts");
                return null;
            }

            result.AddError($"--period: '{text}' is not a period: use START..END with dates YYYY-MM-DD, such as 2018-09-01..2019-08-31");
            return null;
        },
    };

    private static Option<Encoding?> EncodingOption() => new("--encoding")
    {
        Description = "The encoding of the plan text: utf-8, gb18030 (also reads GBK and GB2312), utf-16 …. Default: detected (a byte-order mark, else UTF-8 if valid, else GB18030).",
        HelpName = "NAME",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            try
            {
                return Encoding.GetEncoding(text);
            }
            catch (ArgumentException)
            {
                result.AddError($"--encoding: '{text}' is not an encoding: use utf-8, gb18030, gbk or utf-16");
                return null;
            }
        },
    };
}

using System.CommandLine;
using System.CommandLine.Parsing;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// What the command line parser refuses, said in zedu's own words: the parser's Chinese mixes its quotation marks and
/// punctuation (未识别命令或参数“'x'”.) and names the command where an argument is missing.
/// </summary>
internal static class ParseErrors
{
    public static string Describe(ParseError error, ParseResult parsed, Language language)
    {
        if (parsed.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)) is { } token)
        {
            return CliText.Unrecognized(language, token);
        }

        return error.SymbolResult switch
        {
            OptionResult { Tokens.Count: 0 } option => CliText.OptionWithoutValue(language, option.Option.Name),
            ArgumentResult { Tokens.Count: 0, Parent: OptionResult option } => CliText.OptionWithoutValue(language, option.Option.Name),
            CommandResult command when Missing(command) is { } argument => CliText.ArgumentMissing(language, command.Command.Name, argument.HelpName ?? argument.Name),
            ArgumentResult { Tokens.Count: 0, Parent: CommandResult command } result => CliText.ArgumentMissing(language, command.Command.Name, result.Argument.HelpName ?? result.Argument.Name),
            _ => error.Message,
        };
    }

    private static Argument? Missing(CommandResult command)
        => command.Command.Arguments.FirstOrDefault(a => !command.Children.OfType<ArgumentResult>().Any(r => r.Argument == a && r.Tokens.Count > 0));
}

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, with two corrections: a hidden command (<c>sample</c>, left out of
/// the list of commands) still shows its own help, and default dates show as ISO dates (2017-06-30), not in the
/// culture's long form ("Friday, 30 June 2017").
/// </summary>
internal sealed class ZeduHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    /// <summary>
    /// Invariant formats but for the long date pattern, which System.CommandLine's help reaches through a default
    /// value's ToString() (NodaTime formats a <see cref="NodaTime.LocalDate"/> with the culture's long date pattern).
    /// </summary>
    private static readonly CultureInfo IsoDates = CreateIsoDates();

    /// <summary>Replaces the help action of <paramref name="root"/>'s help option (shared by every command).</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new ZeduHelpAction((HelpAction)option.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var hidden = command.Hidden;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            command.Hidden = false;
            CultureInfo.CurrentCulture = IsoDates;
            return help.Invoke(parseResult);
        }
        finally
        {
            command.Hidden = hidden;
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static CultureInfo CreateIsoDates()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.LongDatePattern = "yyyy-MM-dd";
        return culture;
    }
}

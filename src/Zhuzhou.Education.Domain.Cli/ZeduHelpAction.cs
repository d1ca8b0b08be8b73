using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, with three corrections: a hidden command (<c>sample</c>, left out of
/// the list of commands) still shows its own help; default dates show as ISO dates (2017-06-30), not in the culture's
/// long form ("Friday, 30 June 2017"); and in Chinese the headings its own translation leaves in English
/// (Description:, [default: …]) are Chinese too.
/// </summary>
internal sealed class ZeduHelpAction(HelpAction help, Localization.Language language) : SynchronousCommandLineAction
{
    /// <summary>
    /// Invariant formats but for the long date pattern, which System.CommandLine's help reaches through a default
    /// value's ToString() (NodaTime formats a <see cref="NodaTime.LocalDate"/> with the culture's long date pattern).
    /// </summary>
    private static readonly CultureInfo IsoDates = CreateIsoDates();

    /// <summary>Replaces the help action of <paramref name="root"/>'s help option (shared by every command).</summary>
    public static void Install(RootCommand root, Localization.Language language)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Description = language.Pick("显示帮助和用法。", "Show help and usage information.");
        option.Action = new ZeduHelpAction((HelpAction)option.Action!, language);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var hidden = command.Hidden;
        var culture = CultureInfo.CurrentCulture;
        var output = parseResult.InvocationConfiguration.Output;
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
        try
        {
            command.Hidden = false;
            CultureInfo.CurrentCulture = IsoDates;
            parseResult.InvocationConfiguration.Output = text;
            var exit = help.Invoke(parseResult);
            output.Write(language == Localization.Language.Chinese ? Chinese(text.ToString()) : text.ToString());
            return exit;
        }
        finally
        {
            command.Hidden = hidden;
            CultureInfo.CurrentCulture = culture;
            parseResult.InvocationConfiguration.Output = output;
        }
    }

    /// <summary>The headings System.CommandLine's Chinese leaves in English, and its ASCII colons, in Chinese.</summary>
    private static string Chinese(string help)
        => help.Replace("Description:", "说明：", StringComparison.Ordinal)
            .Replace("[default: ", "[默认：", StringComparison.Ordinal)
            .Replace("用法:", "用法：", StringComparison.Ordinal)
            .Replace("选项:", "选项：", StringComparison.Ordinal)
            .Replace("参数:", "参数：", StringComparison.Ordinal)
            .Replace("命令: ", "命令：", StringComparison.Ordinal)
            .Replace("命令:", "命令：", StringComparison.Ordinal);

    private static CultureInfo CreateIsoDates()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.LongDatePattern = "yyyy-MM-dd";
        return culture;
    }
}

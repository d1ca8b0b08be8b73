using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// The <c>zedu</c> command line: its commands, options and exit codes (0 done, 2 bad input: a missing or malformed
/// file, an unknown target or org unit, a bad date or option). Every command takes <c>--lang zh|en</c>: Chinese by
/// default, for everything it says — help, messages, diagnostics and the report itself.
/// </summary>
internal static partial class Zedu
{
    public const int ExitOk = 0;
    public const int ExitBadInput = 2;

    /// <summary>An internal error (a bug): one line, never a stack trace (EX_SOFTWARE of sysexits.h).</summary>
    public const int ExitInternalError = 70;

    /// <summary>The as-of date when none is given: mid-year of the built-in plan.</summary>
    public static readonly LocalDate DefaultAsOf = new(2017, 6, 30);

    /// <summary>Runs the tool on <paramref name="args"/>, writing to <paramref name="context"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        // The language is known before the command line is parsed, so that help and parse errors speak it too.
        var language = LanguageOf(args);
        context.Language = language;
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language == Language.Chinese ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.GetCultureInfo("en");
        try
        {
            return Invoke(args, context, language);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The language <c>--lang</c> names (<c>--lang en</c>, <c>--lang=en</c>); Chinese when none or an unknown one.</summary>
    internal static Language LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is not null)
            {
                return value == "en" ? Language.English : Language.Chinese;
            }
        }

        return Language.Chinese;
    }

    private static int Invoke(string[] args, CliContext context, Language language)
    {
        var root = Build(context, language);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.CommandResult.Command == root && args is [var first, ..] && !first.StartsWith('-'))
        {
            context.Error.WriteLine(UnknownCommand.Message(root, first, language));
            return ExitBadInput;
        }

        if (parsed.Errors.Count > 0 && parsed.Action is not ZeduHelpAction)
        {
            // (--help wins over a missing argument: 'zedu parse --help' shows the help.)
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine(Prefix(language) + ParseErrors.Describe(error, parsed, language));
            }

            context.Error.WriteLine(CliText.SeeHelp(language));
            return ExitBadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            context.Error.WriteLine(Prefix(language) + e.Message);
            return ExitBadInput;
        }
        catch (IOException e)
        {
            context.Error.WriteLine(Prefix(language) + CliText.SystemFailed(language, e));
            return ExitBadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine(Prefix(language) + CliText.SystemFailed(language, e));
            return ExitBadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last resort: every known bad input has its own message above; this is a bug, told in one line.
            context.Out.Flush();
            context.Error.WriteLine(Prefix(language) + CliText.InternalError(language, e));
            return ExitInternalError;
        }
    }

    /// <summary>"zedu: " before a message, or "zedu：" in Chinese.</summary>
    internal static string Prefix(Language language) => language.Pick("zedu：", "zedu: ");

    private static RootCommand Build(CliContext context, Language l)
    {
        var planOption = new Option<string>("--plan") { Description = CliText.PlanOption(l), HelpName = "FILE" };
        var progressOption = new Option<string[]>("--progress") { Description = CliText.ProgressOption(l), HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var asOfOption = DateOption("--as-of", CliText.AsOfOption(l), DefaultAsOf, l);
        var knownOnOption = DateOption("--known-on", CliText.KnownOnOption(l), null, l);
        var allocationsOption = new Option<string>("--allocations") { Description = CliText.AllocationsOption(l), HelpName = "FILE" };
        var byOption = new Option<string>("--by") { Description = CliText.ByOption(l), DefaultValueFactory = _ => "county" };
        OneOf(byOption, l, "county", "school");
        var formatOption = new Option<string>("--format") { Description = CliText.FormatOption(l), DefaultValueFactory = _ => "table" };
        OneOf(formatOption, l, "table", "json", "csv", "html", "xlsx");
        var outOption = new Option<string>("--out") { Description = CliText.OutOption(l), HelpName = "FILE" };
        var orgUnitsOption = new Option<string>("--org-units") { Description = CliText.OrgUnitsOption(l), HelpName = "FILE" };
        var orgOption = new Option<string>("--org") { Description = CliText.OrgOption(l), HelpName = "UNIT" };
        var noBomOption = new Option<bool>("--no-bom") { Description = CliText.NoBomOption(l) };
        var languageOption = new Option<string>("--lang") { Description = CliText.LangOption(l), DefaultValueFactory = _ => "zh", Recursive = true };
        OneOf(languageOption, l, "zh", "en");

        var parseFile = new Argument<string>("FILE") { Description = CliText.FileArgument(l) };
        var parse = new Command("parse", CliText.ParseCommand(l)) { parseFile, outOption };
        var planText = PlanTextArguments.AddTo(parse, l);
        parse.SetAction(r => ParseCommand(context, r.GetValue(parseFile)!, r.GetValue(outOption), planText.Options(r, l), planText.EncodingOf(r)));

        var show = new Command("show", CliText.ShowCommand(l)) { planOption };
        show.SetAction(r => ShowCommand(context, r.GetValue(planOption)));

        var report = new Command("report", CliText.ReportCommand(l))
        {
            planOption, progressOption, orgUnitsOption, allocationsOption, asOfOption, knownOnOption, byOption, formatOption, outOption, noBomOption,
        };
        report.SetAction(r => ReportCommand(context, new ReportOptions(
            r.GetValue(planOption), r.GetValue(progressOption), r.GetValue(asOfOption) ?? DefaultAsOf, r.GetValue(byOption)!, r.GetValue(formatOption)!, r.GetValue(outOption), !r.GetValue(noBomOption), r.GetValue(orgUnitsOption), r.GetValue(allocationsOption), r.GetValue(knownOnOption))));

        var validateProgress = new Option<string[]>("--progress") { Description = CliText.ValidateProgressOption(l), HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var validate = new Command("validate", CliText.ValidateCommand(l)) { validateProgress, planOption, orgUnitsOption, allocationsOption };
        validate.SetAction(r => Cli.ValidateCommand.Run(context, r.GetValue(planOption), r.GetValue(validateProgress), r.GetValue(orgUnitsOption), r.GetValue(allocationsOption)));

        var targetArgument = new Argument<string>("TARGET") { Description = CliText.TargetArgument(l) };
        var explain = new Command("explain", CliText.ExplainCommand(l)) { targetArgument, orgOption, asOfOption, knownOnOption, planOption, progressOption, orgUnitsOption, allocationsOption };
        explain.SetAction(r => ExplainCommand(
            context,
            r.GetValue(targetArgument)!,
            r.GetValue(orgOption),
            (r.GetValue(asOfOption) ?? DefaultAsOf, r.GetValue(knownOnOption)),
            new Inputs(r.GetValue(planOption), r.GetValue(progressOption), r.GetValue(orgUnitsOption), r.GetValue(allocationsOption))));

        var rowsOption = new Option<long>("--rows") { Description = CliText.RowsOption(l), HelpName = "N" };
        var sample = new Command("sample", CliText.SampleCommand(l)) { outOption, rowsOption };
        sample.Hidden = true;
        sample.SetAction(r => SampleCommand(context, r.GetValue(outOption), r.GetValue(rowsOption)));

        var root = new RootCommand(CliText.Root(l)) { report, show, parse, validate, explain, sample };
        root.Options.Add(languageOption);
        ZeduHelpAction.Install(root, l);
        return root;
    }

    /// <summary>An option that takes one of a few words: offered by completion and help, any other refused in the language.</summary>
    private static void OneOf(Option<string> option, Language language, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (value is not null && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(CliText.NotOneOf(language, option.Name, value, values));
            }
        });
    }

    private static Option<LocalDate?> DateOption(string name, string description, LocalDate? defaultValue, Language language) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var date = LocalDatePattern.Iso.Parse(text);
            if (date.Success)
            {
                return date.Value;
            }

            result.AddError(CliText.BadDate(language, name, text));
            return default;
        },
    };
}

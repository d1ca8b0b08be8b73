using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>
/// The <c>zedu</c> command line: its commands, options and exit codes (0 done, 2 bad input: a missing or malformed
/// file, an unknown target or org unit, a bad date or option).
/// </summary>
internal static partial class Zedu
{
    public const int ExitOk = 0;
    public const int ExitBadInput = 2;

    /// <summary>The as-of date when none is given: mid-year of the built-in plan.</summary>
    public static readonly LocalDate DefaultAsOf = new(2017, 6, 30);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the tool on <paramref name="args"/>, writing to <paramref name="context"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.CommandResult.Command == root && args is [var first, ..] && !first.StartsWith('-'))
        {
            context.Error.WriteLine(UnknownCommand.Message(root, first));
            return ExitBadInput;
        }

        if (parsed.Errors.Count > 0 && parsed.Action is not ZeduHelpAction)
        {
            // (--help wins over a missing argument: 'zedu parse --help' shows the help.)
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("zedu: " + error.Message);
            }

            context.Error.WriteLine("Run 'zedu --help' for the commands and their options.");
            return ExitBadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            context.Error.WriteLine("zedu: " + e.Message);
            return ExitBadInput;
        }
        catch (IOException e)
        {
            context.Error.WriteLine("zedu: " + e.Message);
            return ExitBadInput;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var planOption = new Option<string>("--plan") { Description = "A plan: JSON (from 'zedu parse') or plan text (工作要点). Default: the built-in 株洲市教育局 2017 plan.", HelpName = "FILE" };
        var progressOption = new Option<string[]>("--progress")
        {
            Description = "Progress reports, JSON or CSV (target,orgUnit,date,value[,numerator,denominator]); repeat for several files. Default: the built-in sample reports.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var asOfOption = DateOption("--as-of", "The date to evaluate as of, YYYY-MM-DD.", DefaultAsOf);
        var knownOnOption = DateOption("--known-on", "The date of knowledge, YYYY-MM-DD: the report as the bureau knew it then (reports and revisions submitted later left out). Default: all that is known.", null);
        var allocationsOption = new Option<string>("--allocations")
        {
            Description = "Who owes what (任务分解表), CSV: target,orgUnit,required (or weight)[,baseline]; a milestone's row names a level (county, school) or one unit. Default with the built-in sample reports: the built-in sample 任务分解.",
            HelpName = "FILE",
        };
        var byOption = new Option<string>("--by") { Description = "The org units to break the figures down by.", DefaultValueFactory = _ => "county" };
        byOption.AcceptOnlyFromAmong("county", "school");
        var formatOption = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        formatOption.AcceptOnlyFromAmong("table", "json", "csv", "html");
        var outOption = new Option<string>("--out") { Description = "Write to this file (whole or not at all) instead of standard output.", HelpName = "FILE" };
        var orgOption = new Option<string>("--org") { Description = "An org unit: code (430281), name (醴陵市) or school (430281-001). Default: the whole city.", HelpName = "UNIT" };

        var parseFile = new Argument<string>("FILE") { Description = "Plan text (工作要点): UTF-8, UTF-16 or GB18030, detected." };
        var parse = new Command("parse", "Parse plan text: the plan as JSON on standard output, diagnostics on standard error.") { parseFile, outOption };
        var planText = PlanTextArguments.AddTo(parse);
        parse.SetAction(r => ParseCommand(context, r.GetValue(parseFile)!, r.GetValue(outOption), planText.Options(r), planText.EncodingOf(r)));

        var show = new Command("show", "Show the plan as a tree: sections, items, targets.") { planOption };
        show.SetAction(r => ShowCommand(context, r.GetValue(planOption)));

        var report = new Command("report", "Completion, expected progress (序时进度) and status of the plan, its sections, items and targets, city-wide and per county.")
        {
            planOption, progressOption, allocationsOption, asOfOption, knownOnOption, byOption, formatOption, outOption,
        };
        report.SetAction(r => ReportCommand(
            context,
            new Inputs(r.GetValue(planOption), r.GetValue(progressOption), r.GetValue(allocationsOption)),
            r.GetValue(asOfOption),
            r.GetValue(knownOnOption),
            r.GetValue(byOption)!,
            r.GetValue(formatOption)!,
            r.GetValue(outOption)));

        var validateProgress = new Option<string[]>("--progress") { Description = "Progress files to check, JSON or CSV.", HelpName = "FILE", AllowMultipleArgumentsPerToken = true };
        var validate = new Command("validate", "Check progress files and a 任务分解表: every problem with its file and line or JSON path; exit code 2 if there is any.") { validateProgress, allocationsOption, planOption };
        validate.SetAction(r => ValidateCommand(context, r.GetValue(planOption), r.GetValue(validateProgress) ?? [], r.GetValue(allocationsOption)));

        var targetArgument = new Argument<string>("TARGET") { Description = "A target id such as 8.1." };
        var languageOption = new Option<string>("--lang") { Description = "The language of the explanation: en (English) or zh (中文).", DefaultValueFactory = _ => "en" };
        languageOption.AcceptOnlyFromAmong("en", "zh");
        var explain = new Command("explain", "Explain a target's evaluation: which reports, which rule, which arithmetic.") { targetArgument, orgOption, asOfOption, languageOption, planOption, progressOption, allocationsOption };
        explain.SetAction(r => ExplainCommand(
            context,
            r.GetValue(targetArgument)!,
            r.GetValue(orgOption),
            r.GetValue(asOfOption),
            r.GetValue(languageOption)!,
            new Inputs(r.GetValue(planOption), r.GetValue(progressOption), r.GetValue(allocationsOption))));

        var rowsOption = new Option<long>("--rows") { Description = "Write this many random reports as CSV instead of the sample (load tests)." };
        var sample = new Command("sample", "Write the sample progress reports (seeds/zhuzhou-2017-progress-sample.json), or a large random CSV.") { outOption, rowsOption };
        sample.Hidden = true;
        sample.SetAction(r => SampleCommand(context, r.GetValue(outOption), r.GetValue(rowsOption)));

        var root = new RootCommand("zedu — completion of a municipal education work plan (工作要点) as of a date, city-wide and per county.")
        {
            report, show, parse, validate, explain, sample,
        };
        ZeduHelpAction.Install(root);
        return root;
    }

    private static Option<LocalDate?> DateOption(string name, string description, LocalDate? defaultValue) => new(name)
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

            result.AddError($"{name}: '{text}' is not a date: use YYYY-MM-DD, such as 2017-06-30");
            return default;
        },
    };

    private static int ParseCommand(CliContext context, string file, string? output, PlanTextOptions options, Encoding? encoding)
    {
        var result = PlanInput.ParseText(PlanInput.ReadBytes(file), encoding, options);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(new FileProblem(file, diagnostic).ToString());
        }

        if (!result.Success)
        {
            context.Error.WriteLine($"zedu: {file}: the plan could not be read ({result.Errors.Count()} error(s))");
            return ExitBadInput;
        }

        var json = PlanJson.Serialize(result.Value);
        WriteDocument(context, output, writer => writer.Write(json));
        return ExitOk;
    }

    private static int ShowCommand(CliContext context, string? planFile)
    {
        var plan = PlanInput.Load(planFile, context.Error, needsPeriod: false);
        var period = plan.Period is { } p ? $"{Formats.Date(p.Start)} to {Formats.Date(p.End)}" : "no period";
        var tree = new Tree($"[bold]{Markup.Escape(plan.Title)}[/] ({Markup.Escape(plan.Issuer)}, {period}; {plan.Sections.Length} sections, {plan.Items.Length} items, {plan.Targets.Length} targets)");
        foreach (var section in plan.Sections)
        {
            var sectionNode = tree.AddNode($"[bold]{Markup.Escape(section.ToString())}[/]");
            foreach (var item in section.Items)
            {
                var itemNode = sectionNode.AddNode(Markup.Escape(item.ToString()) + (item.Targets.Length == 0 ? " [grey](no measurable target)[/]" : string.Empty));
                foreach (var target in item.Targets)
                {
                    itemNode.AddNode(Markup.Escape(DescribeTarget(target)));
                }
            }
        }

        context.Console.Write(tree);
        return ExitOk;
    }

    private static int SampleCommand(CliContext context, string? output, long rows)
    {
        var plan = ZhuzhouPlans.Education2017;
        if (rows > 0)
        {
            WriteDocument(context, output, writer => SampleProgress.WriteLargeCsv(writer, plan, ZhuzhouOrgUnits.Tree2017, rows));
            return ExitOk;
        }

        var reports = SampleProgress.Generate(AllocationInput.ApplySample(plan, ZhuzhouOrgUnits.Tree2017, context.Error), ZhuzhouOrgUnits.Tree2017);
        WriteDocument(context, output, stream: s => ProgressJson.Serialize(new ProgressBatch(reports), s));
        if (output is not null)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"zedu: wrote {reports.Count} reports to {output}. {SampleProgress.Description}"));
        }

        return ExitOk;
    }

    private static void WriteDocument(CliContext context, string? output, Action<TextWriter>? text = null, Action<Stream>? stream = null)
    {
        if (output is null)
        {
            if (stream is not null)
            {
                using var buffer = new MemoryStream();
                stream(buffer);
                context.Out.Write(Utf8.GetString(buffer.ToArray()));
                context.Out.WriteLine();
            }
            else
            {
                text!(context.Out);
            }

            context.Out.Flush();
            return;
        }

        OutputFile.Write(output, s =>
        {
            if (stream is not null)
            {
                stream(s);
                s.WriteByte((byte)'\n');
            }
            else
            {
                using var writer = new StreamWriter(s, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
                text!(writer);
            }
        });
    }

    internal static string DescribeTarget(Target target)
    {
        var due = target.Deadline is { } d ? $", due {Formats.Date(d)}" : string.Empty;
        var how = target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? "share" : target.TimeAggregation.ToString().ToLowerInvariant();
        return $"{target.Id} {target.Text ?? target.Subject} — {target.Comparison}{MeasureWordOf(target)}{due}, {how}";
    }

    private static string MeasureWordOf(Target target) => Quantities.MeasureWords.ToChinese(target.Unit);
}

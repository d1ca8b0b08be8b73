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
internal static class Zedu
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
        var asOfOption = DateOption();
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
            planOption, progressOption, asOfOption, byOption, formatOption, outOption,
        };
        report.SetAction(r => ReportCommand(
            context, r.GetValue(planOption), r.GetValue(progressOption), r.GetValue(asOfOption), r.GetValue(byOption)!, r.GetValue(formatOption)!, r.GetValue(outOption)));

        var validateProgress = new Option<string[]>("--progress") { Description = "Progress files to check, JSON or CSV.", HelpName = "FILE", AllowMultipleArgumentsPerToken = true, Required = true };
        var validate = new Command("validate", "Check progress files: every problem with its file and line or JSON path; exit code 2 if there is any.") { validateProgress, planOption };
        validate.SetAction(r => ValidateCommand(context, r.GetValue(planOption), r.GetValue(validateProgress)!));

        var targetArgument = new Argument<string>("TARGET") { Description = "A target id such as 8.1." };
        var languageOption = new Option<string>("--lang") { Description = "The language of the explanation: en (English) or zh (中文).", DefaultValueFactory = _ => "en" };
        languageOption.AcceptOnlyFromAmong("en", "zh");
        var explain = new Command("explain", "Explain a target's evaluation: which reports, which rule, which arithmetic.") { targetArgument, orgOption, asOfOption, languageOption, planOption, progressOption };
        explain.SetAction(r => ExplainCommand(context, r.GetValue(targetArgument)!, r.GetValue(orgOption), r.GetValue(asOfOption), r.GetValue(languageOption)!, r.GetValue(planOption), r.GetValue(progressOption)));

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

    private static Option<LocalDate> DateOption() => new("--as-of")
    {
        Description = "The date to evaluate as of, YYYY-MM-DD.",
        HelpName = "DATE",
        DefaultValueFactory = _ => DefaultAsOf,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var date = LocalDatePattern.Iso.Parse(text);
            if (date.Success)
            {
                return date.Value;
            }

            result.AddError($"--as-of: '{text}' is not a date: use YYYY-MM-DD, such as 2017-06-30");
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

    private static int ReportCommand(CliContext context, string? planFile, string[]? progressFiles, LocalDate asOf, string by, string format, string? output)
    {
        var plan = PlanInput.Load(planFile, context.Error);
        var input = ReadProgress(context, plan, planFile, progressFiles, intoStore: true);
        var level = by == "school" ? OrgUnitLevel.School : OrgUnitLevel.County;
        if (level == OrgUnitLevel.School && !input.Tree.UnitsAt(OrgUnitLevel.School).Any())
        {
            throw new CliException("--by school: no report comes from a school (schools are written as county code, hyphen, number: 430281-001)");
        }

        var report = PlanReport.FromStore(input.ToStore(), asOf, new ReportSettings { Breakdown = level });
        if (format == "json")
        {
            WriteDocument(context, output, stream: report.WriteJson);
            return ExitOk;
        }

        switch (format)
        {
            case "csv":
                WriteDocument(context, output, writer => CsvRenderer.Render(report, writer));
                break;
            case "html":
                WriteDocument(context, output, writer => HtmlRenderer.Render(report, writer));
                break;
            default:
                if (output is null)
                {
                    TableRenderer.Render(report, context.Console);
                }
                else
                {
                    WriteDocument(context, output, writer =>
                    {
                        var console = CliContext.ForWriters(writer, TextWriter.Null).Console;
                        TableRenderer.Render(report, console);
                    });
                }

                break;
        }

        return ExitOk;
    }

    private static int ValidateCommand(CliContext context, string? planFile, string[] files)
    {
        var plan = PlanInput.Load(planFile, context.Error);
        var input = new ProgressInput(plan, ZhuzhouOrgUnits.Tree2017, context);
        foreach (var file in files)
        {
            input.ReadFile(file);
        }

        input.CheckAcrossFiles();
        foreach (var problem in input.Problems.Concat(input.Warnings))
        {
            context.Out.WriteLine(problem.ToString());
        }

        var total = input.Problems.Count + input.MoreProblems;
        var more = input.MoreProblems > 0 ? $" ({input.MoreProblems:N0} more not shown)" : string.Empty;
        var warnings = input.Warnings.Count > 0 ? $", {input.Warnings.Count:N0} warning(s)" : string.Empty;
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{files.Length} file(s), {input.Reports.Count:N0} valid report(s), {total:N0} problem(s){more}{warnings}"));
        return total == 0 ? ExitOk : ExitBadInput;
    }

    private static int ExplainCommand(CliContext context, string targetText, string? org, LocalDate asOf, string language, string? planFile, string[]? progressFiles)
    {
        var plan = PlanInput.Load(planFile, context.Error);
        var target = plan.FindTarget(targetText)
            ?? throw new CliException($"unknown target '{targetText}': the plan has no such target (its targets are {string.Join(", ", plan.Targets.Select(t => t.Id))})");
        var input = ReadProgress(context, plan, planFile, progressFiles);
        OrgUnit? unit = null;
        if (org is not null)
        {
            unit = new OrgUnitResolver(input.Tree).Resolve(org)
                ?? throw new CliException($"--org: unknown org unit '{org}': use a code such as 430281 or a name such as 醴陵市");
        }

        var zh = language == "zh";
        var evaluation = Build(plan, input, asOf, OrgUnitLevel.County).Explain(target.Id, unit?.Code);
        var used = evaluation.Achievement.Reports;
        context.Out.Write(ExplanationText.Format(evaluation, zh ? ExplanationLanguage.Chinese : ExplanationLanguage.English));
        context.Out.WriteLine(zh ? $"所含报送（{used.Length} 条）：" : $"Reports that count ({used.Length}):");
        const int Shown = 200;
        foreach (var report in used.Take(Shown))
        {
            var name = input.Tree.Find(report.OrgUnit)?.Name ?? report.OrgUnit.Value;
            var share = report.Denominator is { } d ? $" ({Formats.Plain(report.Numerator ?? 0)}/{Formats.Plain(d)})" : string.Empty;
            context.Out.WriteLine($"  {report.OrgUnit} {name} {Formats.Date(report.Date)} {Formats.Plain(report.Value)}{share}{(report.Stage is { } s ? " " + s : string.Empty)}");
        }

        if (used.Length > Shown)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {used.Length - Shown:N0} more"));
        }

        return ExitOk;
    }

    /// <summary>The report, assembled once by the library; a batch it refuses is bad input.</summary>
    private static PlanReport Build(Plan plan, ProgressInput input, LocalDate asOf, OrgUnitLevel level)
    {
        try
        {
            return PlanReport.Build(plan, input.Tree, input.Reports, asOf, new ReportSettings { Breakdown = level });
        }
        catch (ArgumentException e)
        {
            throw new CliException("the reports could not be aggregated: " + e.Message, e);
        }
    }

    private static int SampleCommand(CliContext context, string? output, long rows)
    {
        var plan = ZhuzhouPlans.Education2017;
        if (rows > 0)
        {
            WriteDocument(context, output, writer => SampleProgress.WriteLargeCsv(writer, plan, ZhuzhouOrgUnits.Tree2017, rows));
            return ExitOk;
        }

        var reports = SampleProgress.Generate(plan, ZhuzhouOrgUnits.Tree2017);
        WriteDocument(context, output, stream: s => ProgressJson.Serialize(new ProgressBatch(reports), s));
        if (output is not null)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"zedu: wrote {reports.Count} reports to {output}. {SampleProgress.Description}"));
        }

        return ExitOk;
    }

    private static ProgressInput ReadProgress(CliContext context, Plan plan, string? planFile, string[]? files, bool intoStore = false)
    {
        var input = new ProgressInput(plan, ZhuzhouOrgUnits.Tree2017, context, intoStore);
        if (files is null || files.Length == 0)
        {
            if (planFile is null)
            {
                input.ReadEmbeddedSample();
            }
        }
        else
        {
            foreach (var file in files)
            {
                input.ReadFile(file);
            }
        }

        input.CheckAcrossFiles();
        foreach (var warning in input.Warnings.Take(20))
        {
            context.Error.WriteLine("zedu: " + warning);
        }

        if (input.Problems.Count > 0)
        {
            var total = input.Problems.Count + input.MoreProblems;
            var more = total > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {total - 1:N0} more problem(s); run 'zedu validate --progress FILE' to list them)") : string.Empty;
            throw new CliException(input.Problems[0] + more);
        }

        return input;
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

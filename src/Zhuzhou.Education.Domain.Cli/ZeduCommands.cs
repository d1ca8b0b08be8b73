using System.Text;
using NodaTime;
using Spectre.Console;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>The options of <c>zedu report</c>.</summary>
internal sealed record ReportOptions(string? Plan, string[]? Progress, LocalDate AsOf, string By, string Format, string? Out, bool Bom, string? OrgUnits = null);

/// <summary>The commands: each reads its input, has the library build what it shows, and renders it.</summary>
internal static partial class Zedu
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static int ParseCommand(CliContext context, string file, string? output, PlanTextOptions options, Encoding? encoding)
    {
        OutputFile.CheckNotAnInput(output, [file], context.Language);
        var result = PlanInput.ParseText(PlanInput.ReadBytes(file, context.Language), encoding, options);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(SafeText.Clean(diagnostic.Format(file, context.Language)));
        }

        if (!result.Success)
        {
            context.Error.WriteLine(Prefix(context.Language) + CliText.PlanNotRead(context.Language, file, result.Errors.Count()));
            return ExitBadInput;
        }

        var json = PlanJson.Serialize(result.Value);
        WriteDocument(context, output, writer => writer.Write(json));
        return ExitOk;
    }

    private static int ShowCommand(CliContext context, string? planFile)
    {
        var l = context.Language;
        var plan = PlanInput.Load(planFile, context, needsPeriod: false);
        var period = plan.Period is { } p ? CliText.Period(l, Figures.Date(p.Start, l), Figures.Date(p.End, l)) : CliText.NoPeriodShown(l);
        var summary = CliText.PlanSummary(l, SafeText.Clean(plan.Issuer), period, plan.Sections.Length, plan.Items.Length, plan.Targets.Length);
        var tree = new Tree($"[bold]{Markup.Escape(SafeText.Clean(plan.Title))}[/]{Markup.Escape(l.Pick("（", " (") + summary + l.Pick("）", ")"))}");
        foreach (var section in plan.Sections)
        {
            var sectionNode = tree.AddNode($"[bold]{Markup.Escape(SafeText.Clean(section.ToString()))}[/]");
            foreach (var target in section.Commitments.SelectMany(c => c.Targets))
            {
                sectionNode.AddNode(Markup.Escape(SafeText.Clean(DescribeTarget(target, l))));
            }

            foreach (var item in section.Items)
            {
                var none = l.Pick("（", " (") + Words.Of(ReportWord.NoMeasurableTarget, l) + l.Pick("）", ")");
                var itemNode = sectionNode.AddNode(Markup.Escape(SafeText.Clean(item.ToString())) + (item.Targets.Length == 0 ? $" [grey]{Markup.Escape(none)}[/]" : string.Empty));
                foreach (var target in item.Targets)
                {
                    itemNode.AddNode(Markup.Escape(SafeText.Clean(DescribeTarget(target, l))));
                }
            }
        }

        context.Console.Write(tree);
        return ExitOk;
    }

    private static int ReportCommand(CliContext context, ReportOptions options)
    {
        var l = context.Language;
        if (options.Format == "xlsx" && options.Out is null)
        {
            throw new CliException(CliText.XlsxNeedsOut(l));
        }

        OutputFile.CheckNotAnInput(options.Out, [options.Plan, .. options.Progress ?? []], l);

        var plan = PlanInput.Load(options.Plan, context);
        var input = ReadProgress(context, plan, options.Plan, options.Progress, options.OrgUnits, intoStore: true);
        var level = options.By == "school" ? OrgUnitLevel.School : OrgUnitLevel.County;
        if (level == OrgUnitLevel.School && !input.Tree.UnitsAt(OrgUnitLevel.School).Any())
        {
            throw new CliException(CliText.NoSchools(l));
        }

        var report = Build(plan, options.AsOf, l, () => PlanReport.FromStore(input.ToStore(), options.AsOf, new ReportSettings { Breakdown = level }));
        switch (options.Format)
        {
            case "json":
                WriteDocument(context, options.Out, stream: s => report.WriteJson(s, l));
                break;
            case "xlsx":
                OutputFile.Write(options.Out!, s => XlsxRenderer.Render(report, s, l), l);
                break;
            case "csv":
                WriteDocument(context, options.Out, writer =>
                {
                    if (options.Bom)
                    {
                        writer.Write('\uFEFF');
                    }

                    CsvRenderer.Render(report, writer, l);
                });
                break;
            case "html":
                WriteDocument(context, options.Out, writer => HtmlRenderer.Render(report, writer, l));
                break;
            default:
                if (options.Out is null)
                {
                    TableRenderer.Render(report, context.Console, l);
                }
                else
                {
                    WriteDocument(context, options.Out, writer => TableRenderer.Render(report, CliContext.ForWriters(writer, TextWriter.Null).Console, l));
                }

                break;
        }

        return ExitOk;
    }

    private static int ExplainCommand(CliContext context, string targetText, string? org, LocalDate asOf, string? planFile, string[]? progressFiles, string? orgUnitsFile)
    {
        var l = context.Language;
        var plan = PlanInput.Load(planFile, context);
        var target = plan.FindTarget(targetText)
            ?? throw new CliException(CliText.UnknownTarget(l, targetText, string.Join(", ", plan.Targets.Select(t => t.Id))));
        var input = ReadProgress(context, plan, planFile, progressFiles, orgUnitsFile);
        OrgUnit? unit = null;
        if (org is not null)
        {
            unit = new OrgUnitResolver(input.Tree).Resolve(org) ?? throw new CliException(CliText.UnknownOrg(l, org));
            if (!input.Tree.Contains(unit.Code))
            {
                // A school joins the tree by the reports that name it; one no report names has nothing to explain.
                throw new CliException(CliText.OrgWithoutReports(l, org));
            }
        }

        var evaluation = Build(plan, asOf, l, () => PlanReport.Build(plan, input.Tree, input.Reports, asOf, new ReportSettings { Breakdown = OrgUnitLevel.County }))
            .Explain(target.Id, unit?.Code);
        var used = evaluation.Achievement.Reports;
        context.Out.Write(SafeText.Clean(ExplanationText.Format(evaluation, l), keepWhiteSpace: true));
        context.Out.WriteLine(CliText.ReportsThatCount(l, used.Length));
        const int Shown = 200;
        foreach (var report in used.Take(Shown))
        {
            var name = input.Tree.Find(report.OrgUnit)?.Name ?? report.OrgUnit.Value;
            context.Out.WriteLine(SafeText.Clean($"  {report.OrgUnit} {name} {Formats.Date(report.Date)} {Formats.ReportedValue(target, report, l)}{(report.Stage is { } s ? " " + s : string.Empty)}"));
        }

        if (used.Length > Shown)
        {
            context.Out.WriteLine(CliText.AndMore(l, used.Length - Shown));
        }

        return ExitOk;
    }

    /// <summary>
    /// The report, assembled once by the library (from the reports, or from the store the files were read into); an
    /// as-of date or a period the engine cannot take, or a batch it refuses, is bad input.
    /// </summary>
    private static PlanReport Build(Plan plan, LocalDate asOf, Language language, Func<PlanReport> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e) when (e.ParamName == "asOf")
        {
            throw new CliException(CliText.AsOfTooFar(language, Formats.Date(asOf), Formats.Date(plan.Period!.Start), Formats.Date(plan.Period.End)), e);
        }
        catch (ArgumentException e) when (e.ParamName == "range")
        {
            // The engine counts days of the period in 16 bits (ReportStore.Open).
            throw new CliException(CliText.PeriodTooLong(language, Formats.Date(plan.Period!.Start), Formats.Date(plan.Period.End)), e);
        }
        catch (ArgumentException e)
        {
            throw new CliException(CliText.NotAggregated(language, e.Message), e);
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
            context.Error.WriteLine(Prefix(context.Language) + CliText.SampleWritten(context.Language, reports.Count, output));
        }

        return ExitOk;
    }

    /// <summary>
    /// The reports of the files against the tree of <c>--org-units</c>; the built-in sample for the built-in plan and
    /// tree. For a report they go straight into the store (<see cref="ProgressIngest"/>), as no report object is needed.
    /// </summary>
    private static ProgressInput ReadProgress(CliContext context, Plan plan, string? planFile, string[]? files, string? orgUnitsFile, bool intoStore = false)
    {
        var input = new ProgressInput(plan, OrgUnitInput.Load(orgUnitsFile, context), context, intoStore);
        if (files is null || files.Length == 0)
        {
            if (planFile is null && orgUnitsFile is null)
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
            context.Error.WriteLine(SafeText.Clean(warning.Format(context.Language)));
        }

        if (input.Problems.Count > 0)
        {
            var total = input.Problems.Count + input.MoreProblems;
            var more = total > 1 ? CliText.MoreProblems(context.Language, total - 1) : string.Empty;
            throw new CliException(SafeText.Clean(input.Problems[0].Format(context.Language)) + more);
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
        }, context.Language);
    }

    internal static string DescribeTarget(Target target, Language language)
    {
        var due = target.Deadline is { } d ? CliText.Due(language, Figures.Date(d, language)) : string.Empty;
        var rule = Words.Rule(Rules.CompletionRule.For(target), target.Unit, language);
        return $"{target.Id} {target.Text ?? target.Subject} — {rule}{due}{language.Pick("，", ", ")}{CliText.Aggregation(language, target)}";
    }
}

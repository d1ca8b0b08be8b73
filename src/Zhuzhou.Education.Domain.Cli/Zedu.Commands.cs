using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli;

/// <content>The commands that read progress: report, validate, explain.</content>
internal static partial class Zedu
{
    private static int ReportCommand(CliContext context, Inputs inputs, LocalDate? asOf, LocalDate? knownOn, string by, string format, string? output)
    {
        var (plan, input) = Load(context, inputs);
        var level = by == "school" ? OrgUnitLevel.School : OrgUnitLevel.County;
        if (level == OrgUnitLevel.School && !input.Tree.UnitsAt(OrgUnitLevel.School).Any())
        {
            throw new CliException("--by school: no report comes from a school (schools are written as county code, hyphen, number: 430281-001)");
        }

        var report = Build(plan, input, asOf ?? DefaultAsOf, level, knownOn);
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

    private static int ValidateCommand(CliContext context, string? planFile, string[] files, string? allocations)
    {
        if (files.Length == 0 && allocations is null)
        {
            throw new CliException("validate: give the files to check: --progress FILE (progress reports) and/or --allocations FILE (a 任务分解表)");
        }

        var plan = PlanInput.Load(planFile, context.Error);
        var input = new ProgressInput(plan, ZhuzhouOrgUnits.Tree2017, context);
        foreach (var file in files)
        {
            input.ReadFile(file);
        }

        input.CheckAcrossFiles();
        var allocationProblems = new List<FileProblem>();
        if (allocations is not null)
        {
            using var stream = File.Exists(allocations) ? File.OpenRead(allocations) : throw new CliException($"{allocations}: file not found");
            allocationProblems.AddRange(AllocationCsv.Load(stream, plan, input.Tree).Diagnostics.Select(d => new FileProblem(allocations, d)));
        }

        foreach (var problem in input.Problems.Concat(input.Warnings).Concat(allocationProblems))
        {
            context.Out.WriteLine(problem.ToString());
        }

        var total = input.Problems.Count + input.MoreProblems + allocationProblems.Count(p => p.Diagnostic.IsError);
        var more = input.MoreProblems > 0 ? $" ({input.MoreProblems:N0} more not shown)" : string.Empty;
        var warnings = input.Warnings.Count > 0 ? $", {input.Warnings.Count:N0} warning(s)" : string.Empty;
        var count = files.Length + (allocations is null ? 0 : 1);
        context.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count} file(s), {input.Reports.Count:N0} valid report(s), {total:N0} problem(s){more}{warnings}"));
        return total == 0 ? ExitOk : ExitBadInput;
    }

    private static int ExplainCommand(CliContext context, string targetText, string? org, LocalDate? asOf, string language, Inputs inputs)
    {
        var (plan, input) = Load(context, inputs);
        var target = plan.FindTarget(targetText)
            ?? throw new CliException($"unknown target '{targetText}': the plan has no such target (its targets are {string.Join(", ", plan.Targets.Select(t => t.Id))})");
        OrgUnit? unit = null;
        if (org is not null)
        {
            unit = new OrgUnitResolver(input.Tree).Resolve(org)
                ?? throw new CliException($"--org: unknown org unit '{org}': use a code such as 430281 or a name such as 醴陵市");
        }

        var zh = language == "zh";
        var evaluation = Build(plan, input, asOf ?? DefaultAsOf, OrgUnitLevel.County, knownOn: null).Explain(target.Id, unit?.Code);
        var used = evaluation.Achievement.Reports;
        context.Out.Write(ExplanationText.Format(evaluation, zh ? ExplanationLanguage.Chinese : ExplanationLanguage.English));
        context.Out.WriteLine(zh ? $"所含报送（{used.Length} 条）：" : $"Reports that count ({used.Length}):");
        const int Shown = 200;
        foreach (var report in used.Take(Shown))
        {
            var name = input.Tree.Find(report.OrgUnit)?.Name ?? report.OrgUnit.Value;
            var share = report.Denominator is { } d ? $" ({Formats.Plain(report.Numerator ?? 0)}/{Formats.Plain(d)})" : string.Empty;
            var revision = report.Revision > 0 ? (zh ? $" 修订{report.Revision}" : $" revision {report.Revision}") : string.Empty;
            var reason = report.Reason is { } r ? (zh ? $"（{r}）" : $" ({r})") : string.Empty;
            context.Out.WriteLine($"  {report.OrgUnit} {name} {Formats.Date(report.Date)} {Formats.Plain(report.Value)}{share}{(report.Stage is { } s ? " " + s : string.Empty)}{revision}{reason}");
        }

        if (used.Length > Shown)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {used.Length - Shown:N0} more"));
        }

        return ExitOk;
    }

    /// <summary>The report, assembled once by the library; a batch or plan it refuses is bad input.</summary>
    private static PlanReport Build(Plan plan, ProgressInput input, LocalDate asOf, OrgUnitLevel level, LocalDate? knownOn)
    {
        try
        {
            return PlanReport.Build(plan, input.Tree, input.Reports, asOf, new ReportSettings { Breakdown = level }, knownOn);
        }
        catch (ArgumentException e)
        {
            throw new CliException("the reports could not be aggregated: " + e.Message, e);
        }
    }

    /// <summary>
    /// The plan, the progress reports and who owes what: with no progress file and no plan, the built-in sample
    /// reports with the built-in sample 任务分解 (unless a 任务分解表 is given).
    /// </summary>
    private static (Plan Plan, ProgressInput Input) Load(CliContext context, Inputs inputs)
    {
        var plan = PlanInput.Load(inputs.Plan, context.Error);
        var sample = (inputs.Progress is null || inputs.Progress.Length == 0) && inputs.Plan is null;
        var input = new ProgressInput(plan, ZhuzhouOrgUnits.Tree2017, context);
        if (sample)
        {
            input.ReadEmbeddedSample();
        }

        foreach (var file in inputs.Progress ?? [])
        {
            input.ReadFile(file);
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

        plan = inputs.Allocations is { } allocations ? AllocationInput.Apply(plan, input.Tree, allocations, context.Error)
            : sample ? AllocationInput.ApplySample(plan, input.Tree, context.Error)
            : plan;
        return (plan, input);
    }

    /// <summary>The files a command reads: the plan, progress reports, and a 任务分解表; each null for the default.</summary>
    private sealed record Inputs(string? Plan, string[]? Progress, string? Allocations);
}

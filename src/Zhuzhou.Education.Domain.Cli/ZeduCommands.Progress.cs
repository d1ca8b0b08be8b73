using NodaTime;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Cli;

/// <content>The commands that read progress: report and explain — with who owes what and the date of knowledge.</content>
internal static partial class Zedu
{
    private static int ReportCommand(CliContext context, ReportOptions options)
    {
        var l = context.Language;
        if (options.Format == "xlsx" && options.Out is null)
        {
            throw new CliException(CliText.XlsxNeedsOut(l));
        }

        OutputFile.CheckNotAnInput(options.Out, [options.Plan, options.OrgUnits, options.Allocations, .. options.Progress ?? []], l);

        var (plan, input) = Load(context, new Inputs(options.Plan, options.Progress, options.OrgUnits, options.Allocations));
        var level = options.By == "school" ? OrgUnitLevel.School : OrgUnitLevel.County;
        if (level == OrgUnitLevel.School && !input.Tree.UnitsAt(OrgUnitLevel.School).Any())
        {
            throw new CliException(CliText.NoSchools(l));
        }

        var report = Build(plan, input, options.AsOf, level, l, options.KnownOn);
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

    private static int ExplainCommand(CliContext context, string targetText, string? org, (LocalDate AsOf, LocalDate? KnownOn) dates, Inputs inputs)
    {
        var (asOf, knownOn) = dates;
        var l = context.Language;
        var (plan, input) = Load(context, inputs);
        var target = plan.FindTarget(targetText)
            ?? throw new CliException(CliText.UnknownTarget(l, targetText, string.Join(l.Pick("、", ", "), plan.Targets.Select(t => t.Id))));
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

        var evaluation = Build(plan, input, asOf, OrgUnitLevel.County, l, knownOn).Explain(target.Id, unit?.Code);
        var used = evaluation.Achievement.Reports;
        if (knownOn is { } known)
        {
            context.Out.WriteLine(CliText.ExplainKnownOn(l, Figures.Date(known, l)));
        }

        context.Out.Write(SafeText.Clean(ExplanationText.Format(evaluation, l, input.Tree), keepWhiteSpace: true));
        context.Out.WriteLine(CliText.ReportsThatCount(l, used.Length));
        const int Shown = 200;
        foreach (var report in used.Take(Shown))
        {
            var name = input.Tree.Find(report.OrgUnit)?.Name ?? report.OrgUnit.Value;
            context.Out.WriteLine(SafeText.Clean($"  {report.OrgUnit} {name} {Formats.Date(report.Date)} {Formats.ReportedValue(target, report, l)}{(report.Stage is { } s ? " " + s : string.Empty)}{Formats.ReportMark(report, l)}"));
        }

        if (used.Length > Shown)
        {
            context.Out.WriteLine(CliText.AndMore(l, used.Length - Shown));
        }

        return ExitOk;
    }

    /// <summary>
    /// The report, assembled once by the library from the store the files were read into (the plan with who owes
    /// what); a report the store refuses (one repeated in two files) is bad input.
    /// </summary>
    private static PlanReport Build(Plan plan, ProgressInput input, LocalDate asOf, OrgUnitLevel level, Language language, LocalDate? knownOn)
    {
        try
        {
            return PlanReport.FromStore(input.ToStore(plan), asOf, new ReportSettings { Breakdown = level }, knownOn);
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
            throw new CliException(CliText.NotAggregated(language, e), e);
        }
    }

    /// <summary>
    /// The plan, the progress reports against the tree of <c>--org-units</c> (read straight into the engine's store's
    /// form, whole or nothing, a file at a time), and who owes what: with no progress file,
    /// no plan and no tree, the built-in sample reports with the built-in sample 任务分解 (unless a 任务分解表 is given).
    /// </summary>
    private static (Plan Plan, ProgressInput Input) Load(CliContext context, Inputs inputs)
    {
        var plan = PlanInput.Load(inputs.Plan, context);
        var sample = (inputs.Progress is null || inputs.Progress.Length == 0) && inputs.Plan is null && inputs.OrgUnits is null;
        var input = new ProgressInput(plan, OrgUnitInput.Load(inputs.OrgUnits, context), context, intoStore: true);
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
            context.Error.WriteLine(SafeText.Clean(warning.Format(context.Language)));
        }

        if (input.Problems.Count > 0)
        {
            var total = input.Problems.Count + input.MoreProblems;
            var more = total > 1 ? CliText.MoreProblems(context.Language, total - 1) : string.Empty;
            throw new CliException(SafeText.Clean(input.Problems[0].Format(context.Language)) + more);
        }

        plan = inputs.Allocations is { } allocations ? AllocationInput.Apply(plan, input.Tree, allocations, context)
            : sample ? AllocationInput.ApplySample(plan, input.Tree, context)
            : plan;

        // A plan's 任务分解 naming a unit the org units lack would leave that part owed by no one, and the target shown as
        // 未分解: refused as the plan check says it (ZV0005), as a 任务分解表 naming one is (ZA0002).
        var unknown = PlanCheck.CheckAllocationOrgUnits(plan, input.Tree);
        if (unknown.Length > 0)
        {
            var more = unknown.Length > 1 ? CliText.AndMoreErrors(context.Language, unknown.Length - 1) : string.Empty;
            throw new CliException(SafeText.Clean(unknown[0].Format(inputs.Plan, context.Language)) + more);
        }

        return (plan, input);
    }

    /// <summary>The files a command reads: the plan, progress reports, an org unit list and a 任务分解表; each null for the default.</summary>
    private sealed record Inputs(string? Plan, string[]? Progress, string? OrgUnits, string? Allocations);
}

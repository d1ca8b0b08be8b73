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
internal sealed record ReportOptions(string? Plan, string[]? Progress, LocalDate AsOf, string By, string Format, string? Out, bool Bom, string? OrgUnits = null, string? Allocations = null, LocalDate? KnownOn = null);

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
        var summary = CliText.PlanSummary(l, plan.Issuer is { } issuer ? SafeText.Clean(issuer) : null, period, plan.Sections.Length, plan.Items.Length, plan.Targets.Length);
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

    private static int SampleCommand(CliContext context, string? output, long rows)
    {
        var plan = ZhuzhouPlans.Education2017;
        if (rows != 0)
        {
            var most = SampleProgress.MaxLargeCsvRows(plan, ZhuzhouOrgUnits.Tree2017);
            if (rows < 0 || rows > most)
            {
                context.Error.WriteLine(Prefix(context.Language) + CliText.RowsOutOfRange(context.Language, rows, most));
                return ExitBadInput;
            }

            WriteDocument(context, output, writer => SampleProgress.WriteLargeCsv(writer, plan, ZhuzhouOrgUnits.Tree2017, rows));
            return ExitOk;
        }

        var reports = SampleProgress.Generate(AllocationInput.ApplySample(plan, ZhuzhouOrgUnits.Tree2017, context), ZhuzhouOrgUnits.Tree2017);
        WriteDocument(context, output, stream: s => ProgressJson.Serialize(new ProgressBatch(reports), s));
        if (output is not null)
        {
            context.Error.WriteLine(Prefix(context.Language) + CliText.SampleWritten(context.Language, reports.Count, output));
        }

        return ExitOk;
    }

    private static void WriteDocument(CliContext context, string? output, Action<TextWriter>? text = null, Action<Stream>? stream = null)
    {
        if (output is null)
        {
            if (stream is not null)
            {
                // Written as it is made: a report by school is not held whole before it goes out.
                using (var bytes = new TextWriterStream(context.Out))
                {
                    stream(bytes);
                }

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

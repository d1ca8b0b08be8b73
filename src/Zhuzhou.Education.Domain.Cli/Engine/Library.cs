using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>The one place the tool calls the library's parser and serializers.</summary>
internal static class Library
{
    /// <summary>The built-in 2017 plan, parsed from the seed text embedded in the library.</summary>
    public static Plan BuiltInPlan => ZhuzhouPlans.Education2017;

    /// <summary>Parses plan text (工作要点) from its bytes, detecting their encoding unless <paramref name="encoding"/> is given.</summary>
    public static ParseResult<Plan> ParsePlanText(byte[] bytes, Encoding? encoding, PlanTextOptions options)
        => PlanTextParser.Parse(new MemoryStream(bytes, writable: false), encoding, options);

    /// <summary>Reads a plan from <c>zedu.plan/2</c> (or <c>/1</c>) JSON.</summary>
    public static ParseResult<Plan> ReadPlanJson(string json) => PlanJson.Parse(json);

    /// <summary>Writes a plan as <c>zedu.plan/2</c> JSON.</summary>
    public static string WritePlanJson(Plan plan) => PlanJson.Serialize(plan);

    /// <summary>Reads a batch of <c>zedu.progress/1</c> reports, with every problem and its JSON path.</summary>
    public static ParseResult<ProgressBatch> ReadProgressJson(ReadOnlyMemory<byte> utf8, Plan plan, OrgUnitTree tree) => ProgressJson.LoadUtf8(utf8.Span, plan, tree);

    /// <summary>Writes a batch of reports as <c>zedu.progress/1</c> JSON.</summary>
    public static void WriteProgressJson(Stream stream, IEnumerable<ProgressReport> reports) => ProgressJson.Serialize(new ProgressBatch(reports), stream);
}

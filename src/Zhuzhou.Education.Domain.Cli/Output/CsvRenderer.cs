using System.Data;
using System.Globalization;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as CSV, one row per figure: <c>level,id,title,orgUnit,achieved,required,completion,expected,status,contribution</c>,
/// levels plan, section, item, target and target-by-org-unit. A figure that does not exist is an empty cell; a unit that
/// owes nothing of a target (NotAssigned) has its value as achieved, no required amount or completion, and its part of
/// the whole's value as contribution.
/// </summary>
internal static class CsvRenderer
{
    public static void Render(PlanReport report, TextWriter writer)
    {
        using var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var name in new[] { "level", "id", "title", "orgUnit", "achieved", "required", "completion", "expected", "status", "contribution" })
        {
            table.Columns.Add(name, typeof(string));
        }

        void Row(string level, string id, string title, string orgUnit, decimal? achieved, decimal? required, decimal? completion, decimal? expected, EvaluationStatus? status, decimal? contribution = null)
            => table.Rows.Add(
                level, id, title, orgUnit,
                achieved is { } a ? Formats.Plain(a) : string.Empty,
                required is { } r ? Formats.Plain(r) : string.Empty,
                completion is { } c ? Formats.Ratio(c) : string.Empty,
                expected is { } e ? Formats.Ratio(e) : string.Empty,
                status is { } s ? Formats.Status(s) : string.Empty,
                contribution is { } part ? Formats.Ratio(part) : string.Empty);

        void Target(string level, string orgUnit, TargetEvaluation e, decimal? achieved)
            => Row(level, e.Target.Id.ToString(), Formats.TargetText(e.Target), orgUnit, achieved,
                e.IsAssigned ? e.Required : null, e.IsAssigned ? e.Completion : null, e.IsAssigned ? e.ExpectedProgress : null, e.Status, e.Contribution);

        var plan = report.Whole;
        Row("plan", string.Empty, report.Plan.Title, string.Empty, null, null, plan.Completion, plan.ExpectedProgress, plan.Status);
        foreach (var section in plan.Sections.Where(s => s.Figure.IsMeasurable))
        {
            Row("section", section.Section.Numeral, section.Section.Title, string.Empty, null, null, section.Completion, section.ExpectedProgress, section.Status);
            foreach (var item in section.Items.Where(i => i.IsMeasurable))
            {
                Row("item", item.Item.Number.ToString(CultureInfo.InvariantCulture), item.Item.Title, string.Empty, null, null, item.Completion, item.ExpectedProgress, item.Status);
            }
        }

        foreach (var target in report.Targets)
        {
            Target("target", string.Empty, target.Whole, target.Whole.Achieved);
            for (var i = 0; i < target.ByOrgUnit.Length; i++)
            {
                var unit = target.ByOrgUnit[i];
                Target("orgUnit", report.OrgUnits[i].OrgUnit.Code.Value, unit, unit.Achievement.HasReports ? unit.Achieved : null);
            }
        }

        using var reader = table.CreateDataReader();
        using var csv = CsvDataWriter.Create(writer);
        csv.Write(reader);
    }
}

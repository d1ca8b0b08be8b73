using System.Data;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Cli.Model;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// The report as CSV, one row per figure: <c>level,id,title,orgUnit,achieved,required,completion,expected,status</c>,
/// levels plan, section, item, target and target-by-org-unit.
/// </summary>
internal static class CsvRenderer
{
    public static void Render(ReportView report, TextWriter writer)
    {
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var name in new[] { "level", "id", "title", "orgUnit", "achieved", "required", "completion", "expected", "status" })
        {
            table.Columns.Add(name, typeof(string));
        }

        void Row(string level, string id, string title, string orgUnit, decimal? achieved, decimal? required, Figure figure)
            => table.Rows.Add(
                level, id, title, orgUnit,
                achieved is { } a ? Formats.Plain(a) : string.Empty,
                required is { } r ? Formats.Plain(r) : string.Empty,
                Formats.Ratio(figure.Completion), Formats.Ratio(figure.Expected), Formats.Status(figure.Status));

        Row("plan", string.Empty, report.PlanTitle, string.Empty, null, null, report.Plan);
        foreach (var section in report.Sections.Where(s => s.Figure is not null))
        {
            Row("section", section.Numeral, section.Title, string.Empty, null, null, section.Figure!);
            foreach (var item in section.Items)
            {
                Row("item", item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Title, string.Empty, null, null, item.Figure);
            }
        }

        foreach (var target in report.Targets)
        {
            Row("target", target.Id, target.Text, string.Empty, target.Achieved, target.Required, target.Figure);
            foreach (var unit in target.ByUnit)
            {
                Row("orgUnit", target.Id, target.Text, unit.Unit.Code.Value, unit.Achieved, unit.Required, unit.Figure);
            }
        }

        using var reader = table.CreateDataReader();
        using var csv = CsvDataWriter.Create(writer);
        csv.Write(reader);
    }
}

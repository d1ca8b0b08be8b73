using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>The row form of the checks (a reader's plain reports, no objects) and the object form: one rule set, the same problems.</summary>
public partial class ReportAdmissionTests
{
    private static Plan? rowPlan;

    private static readonly TargetId[] RowTargets = [TargetId.Create(8, 1), TargetId.Create(9, 1), TargetId.Create(16, 1), TargetId.Create(14, 1), TargetId.Create(99, 1)];

    private static readonly string[] RowUnits = ["430281", "430200", "430221", "430223", "999999"];

    private static readonly decimal[] RowValues = [0m, 0.3m, 1m, 2.5m, 7m, 100m, 2000m, 1_000_000_000_001m];

    private static readonly Gen<decimal?> GenPart = Gen.OneOf(Gen.Const((decimal?)null), Gen.Int[0, 200].Select(n => (decimal?)n), Gen.Const((decimal?)2_000_000_000m));

    /// <summary>Plain first reports of every kind of problem a row can have: unknown targets and units, dates outside the plan, shares without fractions, values out of range, duplicates, levels that fall.</summary>
    private static readonly Gen<ProgressReport> GenPlain =
        Gen.Select(Gen.Int[0, RowTargets.Length - 1], Gen.Int[0, RowUnits.Length - 1], Gen.Int[-3, 370], Gen.Int[0, RowValues.Length - 1], GenPart, GenPart.Where(d => d is not 0m))
            .Select((t, u, day, v, numerator, denominator) => new ProgressReport(RowTargets[t], OrgUnitCode.Parse(RowUnits[u]), new LocalDate(2017, 1, 1).PlusDays(day), RowValues[v])
            {
                Numerator = numerator,
                Denominator = denominator,
            });

    /// <summary>A batch of plain reports with the odd revision or correction among them (the rare path, as objects).</summary>
    private static readonly Gen<ProgressReport[]> GenMixed =
        Gen.Select(GenPlain, Gen.Int[0, 9], Gen.Int[1, 3]).Select((report, kind, revision) => kind switch
        {
            0 => report with { Revision = revision, Submitted = report.Date.At(new LocalTime(9, 30)) },
            1 => report with { Revision = revision },
            2 => ProgressReport.Correction(report.Target, report.OrgUnit, report.Date, -1m - report.Value, "重复统计冲减"),
            _ => report,
        }).Array[0, 80];

    // Made on first use: the two plans it joins are initialised in other parts of the class.
    private static Plan RowPlan => rowPlan ??= new(Plan.Issuer, Plan.Title, Plan.Period, null, string.Empty, [new Section(1, "一", [.. Plan.Sections[0].Items, .. WarningPlan.Sections[0].Items])]);

    [Fact]
    public void Check_RowsOfPlainReports_SameProblemsAsTheReports()
        => GenPlain.Array[0, 80].Sample(reports =>
        {
            var admission = new ReportAdmission(RowPlan, Tree);
            var rows = reports.Select(r => AdmissionRow.Of(r, admission.TargetIndex(r.Target)) with { Report = null }).ToArray();

            var fromRows = admission.Check(rows, listWarnings: true, out var unlisted);

            fromRows.Should().Equal(admission.Check(reports));
            unlisted.Should().Be(0);
        });

    [Fact]
    public void Check_RowsWithRareReportsAsObjects_SameProblemsAsTheReports()
        => GenMixed.Sample(reports =>
        {
            var admission = new ReportAdmission(RowPlan, Tree);
            var rows = reports.Select(r => AdmissionRow.Of(r, admission.TargetIndex(r.Target)) with { Report = r.Revision > 0 || r.IsCorrection ? r : null }).ToArray();

            var listed = admission.Check(rows, listWarnings: true, out _);
            var counted = admission.Check(rows, listWarnings: false, out var unlisted);

            listed.Should().Equal(admission.Check(reports));
            counted.Should().Equal(listed.Where(p => p.IsError));
            unlisted.Should().Be(listed.Count(p => !p.IsError));
        });

    [Fact]
    public void Check_RowGivingAnotherTargetsPosition_Throws()
    {
        var admission = new ReportAdmission(RowPlan, Tree);
        AdmissionRow[] rows = [new(0, TargetId.Create(9, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 1), 1m, null, null)];

        var check = () => admission.Check(rows, listWarnings: true, out _);

        check.Should().Throw<ArgumentException>().WithMessage("*position of target 9.1*");
    }

    [Fact]
    public void TryAppendAdmitted_AdmittedRows_SameFiguresAsTheReportsAppended()
        => GenPlain.Array[0, 60].Sample(reports =>
        {
            var admission = new ReportAdmission(RowPlan, Tree);
            var admitted = reports.Where(r => admission.Check([r]).All(p => !p.IsError)).DistinctBy(r => (r.Target, r.OrgUnit, r.Date)).ToArray();
            var byRows = ReportStore.Open(RowPlan, Tree);
            var byObjects = ReportStore.Open(RowPlan, Tree);

            var fault = byRows.TryAppendAdmitted(admitted.Select(r => AdmissionRow.Of(r, admission.TargetIndex(r.Target)) with { Report = null }).ToArray());
            byObjects.Append(admitted);

            fault.Should().BeNull();
            byRows.Count.Should().Be(byObjects.Count);
            var (fromRows, fromObjects) = (byRows.AsOf(RowPlan.Period!.End), byObjects.AsOf(RowPlan.Period.End));
            foreach (var target in RowPlan.Targets)
            {
                foreach (var unit in RowUnits.Take(4))
                {
                    var (byRow, byObject) = (fromRows.Evaluate(target.Id, OrgUnitCode.Parse(unit)), fromObjects.Evaluate(target.Id, OrgUnitCode.Parse(unit)));
                    (byRow.Completion, byRow.Status, byRow.Required).Should().Be((byObject.Completion, byObject.Status, byObject.Required), "target {0} at {1}", target.Id, unit);
                }
            }
        });
}

using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>Warnings counted rather than made (a file that has listed all the warnings it lists), and the order of the problems of a large batch.</summary>
public partial class ReportAdmissionTests
{
    // A level that may fall, a value that may be far above its target, an unknown target, duplicates: over a few units and dates.
    private static readonly Plan WarningPlan = new("株洲市教育局", "警告", Plan.Period, null, string.Empty,
        [new Section(1, "一", [new Item(14, "学位", [new Commitment("新增学位", [new Target(TargetId.Create(14, 1), "学位", Comparison.AtLeast(10m), MeasureWord.Units)])])])]);

    private static readonly string[] Units = ["430281", "430200", "430221", "430223", "430224", "430225", "430211"];

    private static readonly Gen<ProgressReport[]> GenBatch =
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, Units.Length - 1], Gen.Int[0, 40], Gen.Int[0, 600])
            .Select((kind, unit, day, value) => new ProgressReport(
                kind == 0 ? TargetId.Create(99, 1) : TargetId.Create(14, 1), OrgUnitCode.Parse(Units[unit]), new LocalDate(2017, 3, 1).PlusDays(day), value))
            .Array[0, 120];

    [Fact]
    public void Check_WarningsNotListed_SameErrorsAndEveryWarningCounted()
        => GenBatch.Sample(reports =>
        {
            var admission = new ReportAdmission(WarningPlan, Tree);
            var listed = admission.Check(reports);

            var counted = admission.Check(reports, listWarnings: false, out var unlisted);

            counted.Should().Equal(listed.Where(p => p.IsError));
            unlisted.Should().Be(listed.Count(p => !p.IsError));
            admission.Check(reports, listWarnings: true, out var none).Should().Equal(listed);
            none.Should().Be(0);
        });

    [Fact]
    public void Check_LargeBatch_ProblemsByReportEachReportsOwnFirst()
        => GenBatch.Sample(reports =>
        {
            var problems = new ReportAdmission(WarningPlan, Tree).Check(reports);

            problems.Select(p => p.Index).Should().BeInAscendingOrder();
            foreach (var report in problems.GroupBy(p => p.Index))
            {
                // A value far above its target is the report's own; a level that falls or a duplicate is found across reports.
                var codes = report.Select(p => p.Code).ToList();
                var own = codes.FindLastIndex(c => c is ReportDiagnosticCodes.ValueFarAboveTarget or ReportDiagnosticCodes.UnknownTarget);
                var across = codes.FindIndex(c => c is ReportDiagnosticCodes.LevelFalls or ReportDiagnosticCodes.Duplicate);
                (own < 0 || across < 0 || own < across).Should().BeTrue($"report {report.Key}'s own problems come before those across reports: {string.Join(", ", codes)}");
            }
        });

    [Fact]
    public void Check_FallingLevelsOfUnitsInAnyOrder_RunsInOrdinalOrderOfTheirCodes()
    {
        // Two units, each with a level that falls; written with the later code first: the problems are by report all the same.
        ProgressReport[] reports =
        [
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 31), 5m),
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430200"), new LocalDate(2017, 3, 31), 5m),
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 4, 30), 4m),
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430200"), new LocalDate(2017, 4, 30), 3m),
        ];

        var problems = new ReportAdmission(WarningPlan, Tree).Check(reports);

        problems.Select(p => (p.Index, p.Code, p.Severity)).Should().Equal(
            (2, ReportDiagnosticCodes.LevelFalls, DiagnosticSeverity.Warning),
            (3, ReportDiagnosticCodes.LevelFalls, DiagnosticSeverity.Warning));
    }

    [Fact]
    public void IsFarAbove_AnyValueAndRequired_AsTheQuotientSays()
    {
        // Any scale (28 too, where the quotient rounds), any size (the product past decimal's range too), and values
        // exactly ten times what is required or next to it.
        var any = Gen.Select(Gen.Decimal, Gen.Decimal.Where(r => r > 0)).Select((v, r) => (Value: v, Required: r));
        var near = Gen.Select(Gen.Decimal[0.0001m, 1_000_000_000m], Gen.Int[-1, 1], Gen.Byte[0, 28])
            .Select((r, step, scale) => (Value: (r * 10) + (step * new decimal(1, 0, 0, false, scale)), Required: r));
        Gen.OneOf(any, near, Gen.Const((Value: 79_228_162_514_264_337_593_543_950_335m, Required: 7_922_816_251_426_433_759_354_395_034m)),
                Gen.Const((Value: 4.0000000000000000000000000001m, Required: 0.4m)))
            .Sample(p => ReportAdmission.IsFarAbove(p.Value, p.Required).Should().Be(p.Value / 10 > p.Required, "{0} against {1}", p.Value, p.Required));
    }
}

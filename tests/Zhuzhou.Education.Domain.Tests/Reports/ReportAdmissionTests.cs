using System.Globalization;
using System.Text;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>
/// One rule set for what admits a report: a bad report gets the same code and message from the JSON reader, the CSV
/// reader, the evaluator and the engine, wherever the path can carry it (a CSV has no stage column; a report cannot
/// be negative once made; the evaluator has no org unit tree).
/// </summary>
public partial class ReportAdmissionTests
{
    private static readonly Plan Plan = new(
        "株洲市教育局",
        "准入测试",
        new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
        null,
        string.Empty,
        [
            new Section(1, "一",
            [
                new Item(8, "心理", [new Commitment("培训100名心理咨询师", [new Target(TargetId.Create(8, 1), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons) { TimeAggregation = TimeAggregation.Increment }])]),
                new Item(9, "美育", [new Commitment("每位学生", [new Target(TargetId.Create(9, 1), "学生", Comparison.Coverage(1m), MeasureWord.None) { OrgUnitAggregation = OrgUnitAggregation.Ratio }])]),
                new Item(16, "特教", [new Commitment("秋季入学", [new Target(TargetId.Create(16, 1), "入学", Comparison.Milestone(), MeasureWord.None) { Stages = [new("未启动", 0m), new("已启动", 0.3m), new("已完成", 1m)] }])]),
            ]),
        ]);

    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;

    /// <summary>A report as the four paths write it; the last of a case's reports is the bad one.</summary>
    public sealed record Row(string Target, string OrgUnit, string Date, decimal Value, decimal? Numerator = null, decimal? Denominator = null, string? Stage = null)
    {
        public ProgressReport ToReport() => new(TargetId.Parse(Target), OrgUnitCode.Parse(OrgUnit), LocalDatePatternIso(Date), Value)
        {
            Numerator = Numerator,
            Denominator = Denominator,
            Stage = Stage,
        };

        public override string ToString() => $"{Target} {OrgUnit} {Date} {Value}";

        private static LocalDate LocalDatePatternIso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
    }

    private static readonly Row Good = new("8.1", "430281", "2017-03-31", 10m);

    public static TheoryData<string, Row[], bool, bool, bool> BadReports => new()
    {
        // code, reports (the last is refused), CSV can carry it, a report can be made of it, the evaluator sees it
        { ReportDiagnosticCodes.UnknownTarget, [Good, new("99.1", "430281", "2017-03-31", 1m)], true, true, true },
        { ReportDiagnosticCodes.UnknownOrgUnit, [Good, new("8.1", "999999", "2017-03-31", 1m)], true, true, false },
        { ReportDiagnosticCodes.OutsidePeriod, [Good, new("8.1", "430281", "2018-01-31", 1m)], true, true, true },
        { ReportDiagnosticCodes.ShareWithoutFraction, [Good, new("9.1", "430281", "2017-03-31", 0.5m)], true, true, true },
        { ReportDiagnosticCodes.HalfAFraction, [Good, new("9.1", "430281", "2017-03-31", 0.5m, Numerator: 5m)], true, true, true },
        { ReportDiagnosticCodes.MilestoneAboveOne, [Good, new("16.1", "430281", "2017-03-31", 2m)], true, true, true },
        { ReportDiagnosticCodes.UnknownStage, [Good, new("16.1", "430281", "2017-03-31", 0.3m, Stage: "差不多")], false, true, true },
        { ReportDiagnosticCodes.StageValueDiffers, [Good, new("16.1", "430281", "2017-03-31", 0.5m, Stage: "已启动")], false, true, true },
        { ReportDiagnosticCodes.Duplicate, [Good, Good with { Value = 12m }], true, true, true },
        { ReportDiagnosticCodes.OutOfRange, [Good, new("8.1", "430281", "2017-04-30", -3m)], true, false, false },
        { ReportDiagnosticCodes.AboveMaximum, [Good, new("8.1", "430281", "2017-04-30", decimal.MaxValue)], true, true, true },
        { ReportDiagnosticCodes.AboveMaximum, [Good, new("9.1", "430281", "2017-03-31", 0.5m, 1m, 1e20m)], true, true, true },
        { ReportDiagnosticCodes.NotWhole, [Good, new("8.1", "430281", "2017-04-30", 2.5m)], true, true, true },
        { ReportDiagnosticCodes.NumeratorAboveDenominator, [Good, new("9.1", "430281", "2017-03-31", 0.5m, 10m, 5m)], true, true, true },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public void BadReport_SameCodeAndMessageOnEveryPath(string code, Row[] rows, bool csv, bool report, bool evaluator)
    {
        var json = ProgressJson.Parse(Json(rows), Plan, Tree);
        json.Success.Should().BeFalse("the JSON reader refuses the batch whole");
        var fromJson = json.Errors.Single();
        fromJson.Code.Should().Be(code);
        fromJson.Path.Should().StartWith($"$.reports[{rows.Length - 1}]");
        var expected = $"{fromJson.Code}: {fromJson.Message}";

        if (csv)
        {
            var fromCsv = ProgressCsv.Read(new StringReader(Csv(rows)), Plan, Tree);
            fromCsv.Success.Should().BeFalse("the CSV reader refuses the batch whole");
            var error = fromCsv.Errors.Single();
            $"{error.Code}: {error.Message}".Should().Be(expected);
            error.Line.Should().Be(rows.Length + 1, "the bad report is on the last line");
        }

        if (!report)
        {
            return;
        }

        var reports = rows.Select(r => r.ToReport()).ToArray();
        if (evaluator)
        {
            var act = () => Evaluator.EvaluatePlan(Plan, reports, new LocalDate(2017, 6, 30), null);
            act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected);
        }

        var store = ReportStore.Open(Plan, Tree);
        var append = () => store.Append(reports);
        append.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected).And.Contain("No report of the batch was added.");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Check_AdmissibleBatch_HasNoProblem()
        => new ReportAdmission(Plan, Tree).Check([Good.ToReport(), new Row("9.1", "430202", "2017-03-31", 0.5m, 5m, 10m).ToReport()]).Should().BeEmpty();

    [Fact]
    public void Check_EveryProblemOfAReport_IsListedWithItsField()
    {
        var report = new Row("99.1", "999999", "2018-01-01", 1m).ToReport();

        var problems = new ReportAdmission(Plan, Tree).Check([report]);

        problems.Select(p => (p.Index, p.Field, p.Code)).Should().Equal(
            (0, "target", ReportDiagnosticCodes.UnknownTarget),
            (0, "orgUnit", ReportDiagnosticCodes.UnknownOrgUnit),
            (0, "date", ReportDiagnosticCodes.OutsidePeriod));
    }

    [Fact]
    public void Check_LevelFallingAndValueFarAbove_AreWarningsOnly()
    {
        var plan = new Plan("株洲市教育局", "警告", Plan.Period, null, string.Empty,
            [new Section(1, "一", [new Item(14, "学位", [new Commitment("新增学位", [new Target(TargetId.Create(14, 1), "学位", Comparison.AtLeast(10m), MeasureWord.Units)])])])]);
        ProgressReport[] reports =
        [
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 31), 500m),
            new(TargetId.Create(14, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 4, 30), 5m),
        ];

        var problems = new ReportAdmission(plan, Tree).Check(reports);

        problems.Select(p => (p.Index, p.Code, p.Severity)).Should().Equal(
            (0, ReportDiagnosticCodes.ValueFarAboveTarget, DiagnosticSeverity.Warning),
            (1, ReportDiagnosticCodes.LevelFalls, DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("value", -1, "\"value\" must not be negative; found -1. A correction (冲减) of increments gives its reason.")]
    [InlineData("numerator", -0.5, "\"numerator\" must not be negative; found -0.5.")]
    [InlineData("denominator", 0, "\"denominator\" must be positive; found 0.")]
    public void CheckNumber_OutOfRange_IsOneProblemAtTheField(string field, double number, string message)
    {
        var problem = ReportAdmission.CheckNumber(3, field, (decimal)number)!;

        (problem.Index, problem.Field, problem.Code, problem.Message).Should().Be((3, field, ReportDiagnosticCodes.OutOfRange, message));
    }

    [Fact]
    public void CheckNumber_InRange_IsNull()
        => ReportAdmission.CheckNumber(0, "denominator", 1m).Should().BeNull();

    private static string Json(Row[] rows)
    {
        var text = new StringBuilder("{\"schema\": \"zedu.progress/1\", \"reports\": [\n");
        text.AppendJoin(",\n", rows.Select(r =>
            $"{{\"target\": \"{r.Target}\", \"orgUnit\": \"{r.OrgUnit}\", \"date\": \"{r.Date}\", \"value\": {Number(r.Value)}"
            + (r.Numerator is { } n ? $", \"numerator\": {Number(n)}" : string.Empty)
            + (r.Denominator is { } d ? $", \"denominator\": {Number(d)}" : string.Empty)
            + (r.Stage is { } s ? $", \"stage\": \"{s}\"" : string.Empty)
            + "}"));
        return text.Append("]}").ToString();
    }

    private static string Csv(Row[] rows)
        => "target,orgUnit,date,value,numerator,denominator\n"
            + string.Concat(rows.Select(r => $"{r.Target},{r.OrgUnit},{r.Date},{Number(r.Value)},{Number(r.Numerator)},{Number(r.Denominator)}\n"));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}

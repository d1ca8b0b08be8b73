using NodaTime;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

public class FormatsTests
{
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    private static TargetEvaluation Evaluate(Target target, ProgressReport report)
        => Evaluator.Evaluate(target, [report], new LocalDate(2017, 6, 30), Year, null);

    [Fact]
    public void AchievedOfRequired_Count_InItsMeasureWord()
    {
        var target = new Target(TargetId.Parse("8.1"), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons);

        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 58m)), Language.Chinese).Should().Be("58 / 100名");
        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 58m)), Language.English).Should().Be("58 / 100 people");
    }

    [Fact]
    public void AchievedOfRequired_Share_AsPercentages()
    {
        var target = new Target(TargetId.Parse("6.1"), "学生", Comparison.Coverage(1m), MeasureWord.None) { OrgUnitAggregation = OrgUnitAggregation.Ratio };

        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 0.5m) { Numerator = 1, Denominator = 2 }), Language.Chinese)
            .Should().Be("50.0% / 100.0%");
    }

    [Fact]
    public void AchievedOfRequired_PercentageShare_IsWrittenAsThePercentItIs()
    {
        var target = new Target(TargetId.Parse("4.1"), "达标率", Comparison.AtLeast(90m), MeasureWord.Percent) { OrgUnitAggregation = OrgUnitAggregation.Ratio };

        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 0.94m) { Numerator = 47, Denominator = 50 }), Language.Chinese)
            .Should().Be("94% / 90%", "not 9400.0%: a percentage's value is written 94 for 94%");
    }

    [Fact]
    public void AchievedOfRequired_TenThousands_InChineseWith万()
    {
        var target = new Target(TargetId.Parse("14.2"), "学位", Comparison.AtLeast(20000m), MeasureWord.Units);

        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 11000m)), Language.Chinese).Should().Be("1.1万 / 2万个");
        Formats.AchievedOfRequired(Evaluate(target, new(target.Id, ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 11000m)), Language.English).Should().Be("11,000 / 20,000");
    }

    [Fact]
    public void RevisedWord_SaysWhetherTheFigureCountsARevisionACorrectionOrBoth()
    {
        var day = new LocalDate(2017, 5, 31);
        var target = TargetId.Parse("21.1");
        var revision = new ProgressReport(target, ZhuzhouOrgUnits.City, day, 92m) { Revision = 1 };
        var correction = ProgressReport.Correction(target, ZhuzhouOrgUnits.City, day.PlusDays(1), -120m, "重复资助");

        Formats.RevisedWord([revision], Language.Chinese).Should().Be("修订");
        Formats.RevisedWord([correction], Language.Chinese).Should().Be("冲减");
        Formats.RevisedWord([revision, correction], Language.Chinese).Should().Be("修订、冲减");
        Formats.RevisedMark([correction], Language.English).Should().Be(" (corrected)");
        Formats.RevisedMark([], Language.Chinese).Should().BeEmpty();
    }

    [Fact]
    public void Percent_NoFigure_IsADash()
        => Formats.Percent((decimal?)null).Should().Be("—");
}

using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

/// <summary>What is achieved of what is required, written once for the report's table and the explanation alike.</summary>
public partial class ExplanationTextTests
{
    private static TargetEvaluation Amount(decimal required, decimal achieved, MeasureWord unit)
    {
        var target = new Target(TargetId.Create(14, 2), "学位", Comparison.AtLeast(required), unit);
        return Evaluator.Evaluate(target, [Report(target, Liling, 6, 30, achieved)], June30, Year2017);
    }

    [Fact]
    public void AchievedOfRequired_Range_IsTheRangeNotItsLowerBound()
    {
        var schools = ModelSchools();

        ExplanationText.AchievedOfRequired(schools, Language.Chinese).Should().Be("3 / 1至2所");
        ExplanationText.AchievedOfRequired(schools, Language.English).Should().Be("3 / 1-2 institutions");
        ExplanationText.Format(schools, Language.Chinese).Should().Contain("要求1至2所");
    }

    [Theory]
    [InlineData(20000, 10850, MeasureWord.Units, "1.085万 / 2万个", "完成1.085万个，要求不少于2万个", "1.085万个 ÷ 2万个")]
    [InlineData(40000, 9880, MeasureWord.People, "9880 / 40000人", "完成9880人，要求不少于40000人", "9880人 ÷ 40000人")]
    [InlineData(7000, 2310, MeasureWord.Units, "2310 / 7000个", "完成2310个，要求不少于7000个", "2310个 ÷ 7000个")]
    public void AchievedOfRequired_TheExplanationWritesBothFiguresAsTheTableDoes(decimal required, decimal achieved, MeasureWord unit, string pair, string summary, string arithmetic)
    {
        var evaluation = Amount(required, achieved, unit);

        ExplanationText.AchievedOfRequired(evaluation, Language.Chinese).Should().Be(pair);
        var text = ExplanationText.Format(evaluation, Language.Chinese);
        text.Should().Contain(summary).And.Contain(arithmetic);
    }

    [Fact]
    public void AchievedOfRequired_UnitsInScope_CountsTheUnitsDone()
        => ExplanationText.AchievedOfRequired(Evaluator.Evaluate(Milestone(), Achievement.None, June30, Year2017), Language.Chinese, 6, 9)
            .Should().Be("6 / 9个单位");

    [Fact]
    public void AchievedOfRequired_Null_ThrowsNamingTheEvaluation()
        => FluentActions.Invoking(() => ExplanationText.AchievedOfRequired(null!, Language.Chinese))
            .Should().Throw<ArgumentNullException>().WithParameterName("evaluation");

    [Fact]
    public void Format_WithTheOrgUnits_NamesTheUnitOfARevisionBesideItsCode()
    {
        var target = AtLeast(100m) with { Text = "培训100名心理咨询师" };
        ProgressReport[] reports =
        [
            Report(target, Liling, 5, 31, 20m),
            Report(target, Liling, 5, 31, 12m) with { Revision = 1, Submitted = new NodaTime.LocalDateTime(2017, 6, 2, 9, 0) },
        ];
        var evaluation = Evaluator.Evaluate(target, reports, June30, Year2017);

        var named = ExplanationText.Format(evaluation, Language.Chinese, ZhuzhouOrgUnits.Tree2017);

        named.Should().Contain("其中修订与冲减：430281 醴陵市 2017年5月31日 12名（修订1，2017年6月2日报送）。");
        ExplanationText.Format(evaluation, Language.Chinese).Should().Contain("其中修订与冲减：430281 2017年5月31日").And.Be(named.Replace("430281 醴陵市", "430281", StringComparison.Ordinal));
        FluentActions.Invoking(() => ExplanationText.Format(evaluation, Language.Chinese, null!)).Should().Throw<ArgumentNullException>().WithParameterName("orgUnits");
    }
}

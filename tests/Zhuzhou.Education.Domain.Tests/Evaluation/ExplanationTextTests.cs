using System.Text.RegularExpressions;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public partial class ExplanationTextTests
{
    private static TargetEvaluation Counsellors()
    {
        var target = AtLeast(100m) with { Text = "培训100名心理咨询师" };
        ProgressReport[] reports =
        [
            Report(target, Liling, 3, 31, 20m), Report(target, Hetang, 5, 31, 10m), Report(target, Liling, 6, 15, 10m), Report(target, Liling, 7, 15, 50m),
        ];
        return Evaluator.Evaluate(target, reports, June30, Year2017);
    }

    /// <summary>9.1-like: 1 to 2 institutions, 3 built.</summary>
    private static TargetEvaluation ModelSchools()
    {
        var target = Between(1m, 2m) with { Text = "建设1-2所省级课改样板建设校" };
        return Evaluator.Evaluate(target, [Report(target, Liling, 6, 30, 2m), Report(target, Hetang, 6, 30, 1m)], June30, Year2017);
    }

    private static IEnumerable<TargetEvaluation> Evaluations()
    {
        yield return Counsellors();
        yield return ModelSchools();
        var places = Places();
        yield return Evaluator.Evaluate(places, [Report(places, Liling, 6, 30, 115000m)], June30, Year2017);
        var dropout = Dropout();
        yield return Evaluator.Evaluate(dropout, [Share(dropout, Liling, 6, 1, 4m, 100m), Share(dropout, Hetang, 6, 1, 8m, 100m)], June30, Year2017);
        yield return Evaluator.Evaluate(Milestone(), Achievement.None, new LocalDate(2017, 9, 2), Year2017);
        yield return Evaluator.Evaluate(Milestone(), Achievement.None, June30, Year2017);
        yield return Evaluator.Evaluate(AtLeast(100m), Achievement.FromAmount(40m, 1), June30, Year2017);
        var scheduled = AtLeast(100m) with
        {
            Schedule = [new Checkpoint(new LocalDate(2017, 6, 30), 0.3m), new Checkpoint(new LocalDate(2017, 12, 31), 1m)],
        };
        yield return Evaluator.Evaluate(scheduled, Achievement.FromAmount(70m, 1), new LocalDate(2017, 9, 30), Year2017);
    }

    [Fact]
    public void Format_Chinese_IsWhatASupervisorWrites()
        => ExplanationText.Format(Counsellors(), Language.Chinese).Should().Be(
            "指标 8.1：培训100名心理咨询师\n"
            + "截至2017年6月30日，完成40名，要求不少于100名；完成率40.0%，序时进度49.6%，状态为滞后。\n"
            + "报送：2个单位的3条报送，各次增量累计，合计40名。\n"
            + "计算：完成率 = 40名 ÷ 100名 = 40.0%；序时进度 = 181天 ÷ 365天 = 49.6%（2017年1月1日至2017年12月31日按天计算）。\n"
            + "判定：完成率40.0%低于序时进度49.6%减去容差5个百分点（44.6%），滞后。\n");

    [Fact]
    public void Format_English_IsTheSameInEnglish()
        => ExplanationText.Format(Counsellors(), Language.English).Should().Be(
            "Target 8.1: 培训100名心理咨询师\n"
            + "As of 30 June 2017: 40 people achieved, against a requirement of at least 100 people; completion 40.0%, expected progress 49.6%; status: behind.\n"
            + "Reports: 3 reports from 2 org units, increments added up: 40 people in all.\n"
            + "Arithmetic: completion = 40 people ÷ 100 people = 40.0%; expected progress = 181 ÷ 365 days = 49.6% (by day, 1 January 2017 to 31 December 2017).\n"
            + "Status: behind — completion 40.0% is below the expected progress of 49.6% less the tolerance of 5 percentage points (44.6%).\n");

    [Fact]
    public void Format_Exceeded_GivesTheAmountAndTheUpperBound()
    {
        ExplanationText.Format(ModelSchools(), Language.Chinese).Should().EndWith("判定：实际3所，超过上限2所，超额完成。\n");
        ExplanationText.Format(ModelSchools(), Language.English).Should().EndWith("Status: exceeded — 3 institutions, above the upper bound of 2 institutions.\n");
    }

    [Fact]
    public void Format_OneReport_IsSingular()
    {
        var target = AtLeast(100m);
        var evaluation = Evaluator.Evaluate(target, [Report(target, Liling, 6, 30, 1m)], June30, Year2017);

        ExplanationText.Format(evaluation, Language.English).Should().Contain("Reports: 1 report from 1 org unit").And.Contain("1 person ÷ 100 people");
    }

    [Fact]
    public void Format_Overdue_NamesTheDueDate()
    {
        var evaluation = Evaluator.Evaluate(Milestone(), Achievement.None, new LocalDate(2017, 9, 2), Year2017);

        ExplanationText.Format(evaluation, Language.Chinese).Should().Contain("报送：截至2017年9月2日无报送。").And.EndWith("判定：完成期限2017年9月1日已过，完成率0.0%未达100%，逾期未完成。\n");
        ExplanationText.Format(evaluation, Language.English).Should().Contain("Reports: none on or before 2 September 2017.");
    }

    [Fact]
    public void Format_Checkpoints_ShowsTheInterpolationInPercent()
    {
        var text = ExplanationText.Format(Evaluations().Last(), Language.Chinese);

        text.Should().Contain("序时进度 = 30.0% + （100.0% − 30.0%）× 92天 ÷ 184天 = 65.0%（进度节点2017年6月30日至2017年12月31日之间按天计算）");
    }

    [Fact]
    public void Format_GrowthOverBaseline_SubtractsTheBaseline()
    {
        var text = ExplanationText.Format(Evaluations().ElementAt(2), Language.Chinese);

        text.Should().Contain("要求不少于2万个（较基线10万个新增）").And.Contain("完成量 = 实际11.5万个 − 基线10万个 = 1.5万个");
    }

    [Fact]
    public void Format_Chinese_HasNoEnglishNoFormulaNotationAndNoLongDecimals()
    {
        foreach (var evaluation in Evaluations())
        {
            var text = ExplanationText.Format(evaluation, Language.Chinese);

            text.Should().NotMatchRegex("[A-Za-z]", "no English leaks into the Chinese: {0}", text);
            text.Should().NotContain("clamp").And.NotMatchRegex(@"\d\.\d{2,}(?!\d*%)", "numbers are written as people write them: {0}", text);
        }
    }

    [Fact]
    public void Format_English_HasNoChineseBeyondThePlansOwnWords()
    {
        foreach (var evaluation in Evaluations())
        {
            var lines = ExplanationText.Format(evaluation, Language.English).Split('\n', StringSplitOptions.RemoveEmptyEntries);

            // The heading names the target in the plan's words; everything after it is English.
            foreach (var line in lines.Skip(1))
            {
                line.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", "no Chinese in the English sentences: {0}", line);
                line.Should().NotContain("clamp");
            }
        }
    }

    [Fact]
    public void Format_EachLineSaysSomethingNew()
    {
        foreach (var evaluation in Evaluations())
        {
            var lines = ExplanationText.Format(evaluation, Language.Chinese).Split('\n', StringSplitOptions.RemoveEmptyEntries);

            lines.Should().HaveCount(5).And.OnlyHaveUniqueItems();
            Regex.Count(lines[3], "完成率 = ").Should().BeLessThanOrEqualTo(1, "the result is not repeated");
        }
    }

    [Fact]
    public void Format_UnknownLanguage_ThrowsNamingLanguage()
    {
        var act = () => ExplanationText.Format(Counsellors(), (Language)9);

        act.Should().Throw<ArgumentException>().WithParameterName("language");
    }
}

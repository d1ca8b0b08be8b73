using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class WordsTests
{
    [Theory]
    [InlineData(EvaluationStatus.NotStarted, "未启动", "not started")]
    [InlineData(EvaluationStatus.Behind, "滞后", "behind")]
    [InlineData(EvaluationStatus.OnTrack, "正常推进", "on track")]
    [InlineData(EvaluationStatus.Achieved, "已完成", "achieved")]
    [InlineData(EvaluationStatus.Exceeded, "超额完成", "exceeded")]
    [InlineData(EvaluationStatus.Overdue, "逾期未完成", "overdue")]
    public void Status_BothLanguages(EvaluationStatus status, string chinese, string english)
    {
        Words.Status(status, Language.Chinese).Should().Be(chinese);
        Words.Status(status, Language.English).Should().Be(english);
    }

    [Fact]
    public void Status_EveryStatus_HasWordsInBothLanguages()
    {
        foreach (var status in Enum.GetValues<EvaluationStatus>())
        {
            Words.Status(status, Language.Chinese).Should().MatchRegex(@"^\p{IsCJKUnifiedIdeographs}+$");
            Words.Status(status, Language.English).Should().MatchRegex("^[a-z ]+$");
        }
    }

    [Fact]
    public void Of_EveryReportWord_HasChineseWithoutLatinAndEnglishWithoutChinese()
    {
        foreach (var word in Enum.GetValues<ReportWord>())
        {
            Words.Of(word, Language.Chinese).Should().NotMatchRegex("[A-Za-z]", "{0} in Chinese", word);
            Words.Of(word, Language.English).Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", "{0} in English", word);
        }
    }

    [Theory]
    [InlineData("atLeast", "不少于100名", "at least 100 people")]
    [InlineData("between", "1至2所", "between 1 and 2 institutions")]
    [InlineData("coverage", "覆盖率不低于90.0%", "coverage of at least 90.0%")]
    [InlineData("growth", "不少于2万个（较基线10万个新增）", "at least 20,000 (growth over the baseline of 100,000)")]
    public void Rule_InWords(string kind, string chinese, string english)
    {
        var (rule, unit) = kind switch
        {
            "atLeast" => ((CompletionRule)new AtLeastRule(100m), MeasureWord.Persons),
            "between" => (new BetweenRule(1m, 2m), MeasureWord.Institutions),
            "coverage" => (new CoverageRule(0.9m), MeasureWord.None),
            _ => (new AtLeastRule(20000m) { Baseline = 100000m }, MeasureWord.Units),
        };

        Words.Rule(rule, unit, Language.Chinese).Should().Be(chinese);
        Words.Rule(rule, unit, Language.English).Should().Be(english);
    }

    [Fact]
    public void MilestoneDone_InEachLanguage()
    {
        Words.MilestoneDone(true, Language.Chinese).Should().Be("已完成");
        Words.MilestoneDone(false, Language.Chinese).Should().Be("未完成");
        Words.MilestoneDone(false, Language.English).Should().Be("not done");
    }

    [Fact]
    public void Status_UnknownLanguage_ThrowsNamingLanguage()
        => FluentActions.Invoking(() => Words.Status(EvaluationStatus.Behind, (Language)3)).Should().Throw<ArgumentException>().WithParameterName("language");
}

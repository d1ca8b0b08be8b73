using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public class CliTextTests
{
    public static TheoryData<string?> Parameters => new() { "tree", "plan", "rows", "partial", "orgUnit", null };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void NotAggregated_Chinese_HasNoneOfTheEnginesEnglish(string? parameter)
    {
        var refusal = new ArgumentException("Row 3 is rejected: org unit 999999 is not in the tree. No row of the batch was added.", parameter);

        var chinese = CliText.NotAggregated(Language.Chinese, refusal);

        chinese.Should().StartWith("报送无法汇总：");
        Regex.IsMatch(chinese, "[A-Za-z]").Should().BeFalse($"no English leaks into the Chinese: {chinese}");
    }

    [Fact]
    public void NotAggregated_English_GivesTheEnginesReason()
        => CliText.NotAggregated(Language.English, new ArgumentException("Row 3 is rejected: a share without a denominator.", "rows"))
            .Should().StartWith("the reports could not be aggregated: the engine refused the batch").And.Contain("Row 3 is rejected: a share without a denominator.");

    [Fact]
    public void NotAggregated_TooManyCells_SaysWhatToDo()
    {
        CliText.NotAggregated(Language.Chinese, new ArgumentException("The plan's targets times the tree's org units must be fewer than 2^31.", "tree"))
            .Should().Contain("2^31").And.Contain("请按县市区分别统计");
    }

    [Fact]
    public void InternalError_Chinese_IsTheCataloguesLineWithoutTheExceptionsEnglish()
    {
        var chinese = CliText.InternalError(Language.Chinese, new InvalidOperationException("Sequence contains no elements"));

        chinese.Should().Be("内部错误：命令未能完成；请连同命令和输入文件一并报告（加 --lang en 重新运行可看到错误的类型和说明）");
        Regex.IsMatch(chinese.Replace("--lang en", string.Empty, StringComparison.Ordinal), "[A-Za-z]").Should().BeFalse($"no English leaks into the Chinese: {chinese}");
    }

    [Fact]
    public void InternalError_English_GivesTheExceptionsKindAndFirstLine()
        => CliText.InternalError(Language.English, new InvalidOperationException("Sequence contains no elements\r\n   at Somewhere()"))
            .Should().Be("internal error (InvalidOperationException): Sequence contains no elements; please report it with the command and its input files");
}

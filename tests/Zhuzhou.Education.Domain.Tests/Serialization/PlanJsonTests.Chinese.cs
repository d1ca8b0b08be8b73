using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>What the model refuses in a plan file, said in Chinese with the specifics the English gives.</summary>
public partial class PlanJsonTests
{
    [Theory]
    [InlineData("between reversed", "区间的下限不能大于上限。")]
    [InlineData("stages on a count", "只有节点任务才能分阶段。")]
    [InlineData("perMember on a count", "只有覆盖率指标才有每人须达到的要求。")]
    public void Parse_ValueTheModelRefuses_SaysWhyInChinese(string name, string chinese)
    {
        var error = PlanJson.Parse(Mutate(SerializationSamples.PlanWithShare(), Mutations[name])).Errors.Single();

        error.Code.Should().Be("ZJ0010");
        error.MessageIn(Language.Chinese).Should().Be(chinese);
        error.Format("plan.json", Language.Chinese).Should().Contain("错误 ZJ0010: " + chinese);
    }
}

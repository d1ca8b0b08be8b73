using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>A plan that does not say who issued it, in the plan JSON.</summary>
public partial class PlanJsonTests
{
    [Fact]
    public void Parse_PlanWithoutIssuer_IsWrittenAsFilesBeforeAndReadBackAsNotStated()
    {
        var sample = SerializationSamples.PlanWithShare();
        var plan = new Plan(null, sample.Title, sample.Period, sample.Published, sample.Preamble, sample.Sections);

        var json = PlanJson.Serialize(plan);
        var result = PlanJson.Parse(json);

        json.Should().Contain("\"issuer\": \"（未注明）\"", "a file written before the issuer could be left unstated reads the same");
        result.Diagnostics.Should().BeEmpty();
        result.Value!.Issuer.Should().BeNull();
        result.Value.Should().Be(plan);
    }
}

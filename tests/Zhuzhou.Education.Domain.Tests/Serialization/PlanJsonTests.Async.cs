using System.Text;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class PlanJsonTests
{
    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesThePlan()
    {
        var plan = SerializationSamples.PlanWithShare();
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(PlanJson.Serialize(plan)));

        var result = await PlanJson.LoadAsync(stream);

        result.Value.Should().Be(plan);
    }

    [Fact]
    public async Task LoadAsync_TooLarge_IsRefusedAsLoadRefusesIt()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(PlanJson.Serialize(SerializationSamples.PlanWithShare())));

        var result = await PlanJson.LoadAsync(stream, new JsonLoadOptions { MaxDocumentBytes = 100 });

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Code.Should().Be(JsonDiagnosticCodes.DocumentTooLarge);
    }
}

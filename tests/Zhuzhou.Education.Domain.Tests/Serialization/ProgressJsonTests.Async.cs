using System.Text;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class ProgressJsonTests
{
    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesTheBatch()
    {
        var batch = SerializationSamples.Batch();
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(ProgressJson.Serialize(batch)));

        var result = await ProgressJson.LoadAsync(stream, SerializationSamples.PlanWithShare(), ZhuzhouOrgUnits.Tree2017);

        result.Value.Reports.Should().Equal(batch.Reports);
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(ProgressJson.Serialize(SerializationSamples.Batch())));

        var act = () => ProgressJson.LoadAsync(stream, SerializationSamples.PlanWithShare(), ZhuzhouOrgUnits.Tree2017, cancellationToken: new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}

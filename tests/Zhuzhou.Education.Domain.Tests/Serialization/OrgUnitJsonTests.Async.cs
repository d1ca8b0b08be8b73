using System.Text;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class OrgUnitJsonTests
{
    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesWhatParseGives()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(QingdaoJson));

        var result = await OrgUnitJson.LoadAsync(stream);

        result.Value.Units.Should().Equal(OrgUnitJson.Parse(QingdaoJson).Value.Units);
    }

    [Fact]
    public async Task LoadAsync_TooLarge_IsRefusedAsLoadRefusesIt()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(QingdaoJson));

        var result = await OrgUnitJson.LoadAsync(stream, new JsonLoadOptions { MaxDocumentBytes = 100 });

        result.Diagnostics.Select(d => d.Code).Should().Equal(JsonDiagnosticCodes.DocumentTooLarge);
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(QingdaoJson));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var load = () => OrgUnitJson.LoadAsync(stream, cancellationToken: cancelled.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
    }
}

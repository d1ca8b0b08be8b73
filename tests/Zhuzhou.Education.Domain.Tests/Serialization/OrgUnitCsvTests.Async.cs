using System.Text;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class OrgUnitCsvTests
{
    private const string Qingdao = "code,name,parent\n370200,青岛市,\n370212,崂山区,370200\n";

    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesWhatReadGives()
    {
        await using var stream = new AsyncOnlyStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Qingdao)]);

        var result = await OrgUnitCsv.LoadAsync(stream);

        result.Value.Units.Should().Equal(Read(Qingdao).Value.Units);
    }

    [Fact]
    public async Task LoadAsync_BadRecord_NamesItsLineAndColumn()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes("code,name,parent\n370200,青岛市,\n370212,崂山区,3702OO\n"));

        var result = await OrgUnitCsv.LoadAsync(stream);

        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(("ZO0003", 3, 12));
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(Qingdao));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var load = () => OrgUnitCsv.LoadAsync(stream, cancelled.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
    }
}

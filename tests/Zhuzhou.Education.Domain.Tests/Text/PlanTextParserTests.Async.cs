using System.Text;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public partial class PlanTextParserTests
{
    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesTheSamePlan()
    {
        await using var stream = new AsyncOnlyStream(File.ReadAllBytes(SeedPath));

        var result = await PlanTextParser.LoadAsync(stream);

        result.Value.Should().Be(Seed());
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        await using var stream = new AsyncOnlyStream(File.ReadAllBytes(SeedPath));

        var act = () => PlanTextParser.LoadAsync(stream, cancellationToken: new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Parse_Gb18030Bytes_RegistersNoEncodingForTheProcess()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(File.ReadAllText(SeedPath));

        PlanTextParser.Parse(new MemoryStream(bytes)).Value.Should().Be(Seed());

        // Nothing in the library, nor in these tests, registers code pages with Encoding: GB18030 is still unknown to it.
        FluentActions.Invoking(() => Encoding.GetEncoding(54936)).Should().Throw<NotSupportedException>();
    }
}

using System.Text;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class ProgressCsvTests
{
    [Fact]
    public async Task LoadAsync_StreamThatOnlyReadsAsynchronously_GivesWhatReadGives()
    {
        const string Csv = "target,orgUnit,date,value,numerator,denominator\n8.1,430281,2017-03-31,12,,\n9.1,荷塘区,2017-03-31,0.8,80,100\n";
        await using var stream = new AsyncOnlyStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv)]);

        var result = await ProgressCsv.LoadAsync(stream, Plan, Tree);

        result.Value.Reports.Should().Equal(Read(Csv).Value.Reports);
    }

    [Fact]
    public async Task LoadAsync_BadRecord_NamesItsLine()
    {
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes("target,orgUnit,date,value\n8.1,430281,yesterday,1\n"));

        var result = await ProgressCsv.LoadAsync(stream, Plan, Tree);

        result.Success.Should().BeFalse();
        result.Diagnostics.Single().Line.Should().Be(2);
    }
}

using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class ProgressCsvTests
{
    // A quoted field may hold line breaks (a spreadsheet cell with Alt+Enter): the records after it start further down.
    [Theory]
    [InlineData("target,orgUnit,date,value\n8.1,\"430281\n\",2017-03-31,1\n8.1,430281,2017-02-30,1\n", 4)]
    [InlineData("target,orgUnit,date,value\r\n8.1,\"醴陵市\r\n第二行\r\n第三行\",2017-03-31,1\r\n8.1,430281,2017-02-30,1\r\n", 5)]
    [InlineData("target,\"orgUnit\n\",date,value\n8.1,430281,2017-02-30,1\n", 3)]
    public void Read_AfterAQuotedLineBreak_NamesTheLineTheRecordIsOn(string csv, int line)
    {
        var result = Read(csv);

        result.Diagnostics.Should().Contain(d => d.Code == "ZC0010").Which.Line.Should().Be(line);
    }

    [Fact]
    public void Read_MalformedAfterAQuotedLineBreak_NamesTheLineItStartsOn()
    {
        var result = Read("target,orgUnit,date,value\n8.1,\"430281\n\",2017-03-31,1\n8.1,430281,2017-03-31,\"1\n");

        result.Errors.Single().Should().Match<Diagnostic>(d => d.Code == "ZC0003" && d.Line == 4);
    }
}

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class OrgUnitCsvTests
{
    // A name may hold line breaks: the units after it start further down, and a field after it on the next line.
    [Theory]
    [InlineData("code,name,parent\n370200,\"青岛市\n（市本级）\",\n370202,市南区,370100\n", "ZO0003", 4, 12)]
    [InlineData("code,name,parent\r\n370200,青岛市,\r\n370202,\"市南区\r\n（老城区）\",370100\r\n", "ZO0003", 4, 8)]
    [InlineData("code,name,parent\n370200,青岛市,\n370202,\"市南\n区\",\"370200\n\"\n370203,市北区,370299\n", "ZO0003", 6, 12)]
    [InlineData("\"code\n\",name,parent\n370200,青岛市,\n370202,市南区,370100\n", "ZO0003", 4, 12)]
    public void Read_AfterAQuotedLineBreak_NamesTheLineAndColumnOfTheField(string csv, string code, int line, int column)
    {
        var error = Read(csv).Errors.Should().ContainSingle().Subject;

        (error.Code, error.Line, error.Column).Should().Be((code, line, column));
    }

    // Records may be as long as the reader's buffer (16,384 characters): the column is counted on the one long line, every fault located.
    [Fact]
    public void Read_LongLinesWithFaults_LocatesEveryColumn()
    {
        var name = new string('校', 7_000);
        var csv = "code,name,parent,kind\n370200,青岛市,,city\n"
            + $"370202,{name},370100,district\n"
            + $"370203,\"{name}\n{name}\",370100,county\n";

        var result = Read(csv);

        result.Errors.Select(e => (e.Code, e.Line, e.Column)).Should().Equal(
            ("ZO0003", 3, 8 + name.Length + 1),
            ("ZO0008", 3, 8 + name.Length + 1 + 7),
            ("ZO0003", 5, name.Length + 3));
    }
}

using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class OrgUnitCsvTests
{
    private static ParseResult<OrgUnitTree> Read(string csv) => OrgUnitCsv.Read(new StringReader(csv));

    [Fact]
    public void Load_QingdaoSeed_GivesTheSameTreeAsItsJson()
    {
        using var csv = File.OpenRead(RepositoryPaths.Combine("seeds", "qingdao-org-units.csv"));
        using var json = File.OpenRead(RepositoryPaths.Combine("seeds", "qingdao-org-units.json"));

        var fromCsv = OrgUnitCsv.Load(csv);

        fromCsv.Diagnostics.Should().BeEmpty();
        fromCsv.Value.Units.Should().Equal(OrgUnitJson.Load(json).Value.Units);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderAndCase_WithKinds_GivesTheTree()
    {
        var result = Read("Kind,PARENT,name,code\nprovince,,山东省,37\ncity,37,青岛市,370200\n,370200,崂山区,370212\nschool,370212,\"崂山区实验学校, 东校区\",370212-001\n");

        result.Value.Units.Select(u => (u.Code.Value, u.Name, u.Level, u.Parent?.Value)).Should().Equal(
            ("37", "山东省", OrgUnitLevel.Province, null),
            ("370200", "青岛市", OrgUnitLevel.City, "37"),
            ("370212", "崂山区", OrgUnitLevel.County, "370200"),
            ("370212-001", "崂山区实验学校, 东校区", OrgUnitLevel.School, "370212"));
    }

    [Fact]
    public void Load_Utf8WithByteOrderMark_Reads()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. "code,name,parent\n370200,青岛市,\n"u8.ToArray()]);

        OrgUnitCsv.Load(stream).Value.Root.Name.Should().Be("青岛市");
    }

    // Each bad list: the code, the line and the column of the one error.
    [Theory]
    [InlineData("code,name,parent\n370200,青岛市,\n37 02 02,市南区,370200\n", "ZO0001", 3, 1)]
    [InlineData("code,name,parent\n370200,青岛市,\n370202,市南区,370200\n370202,市北区,370200\n", "ZO0002", 4, 1)]
    [InlineData("code,name,parent\n370200,青岛市,\n370202,市南区,370100\n", "ZO0003", 3, 12)]
    [InlineData("code,name,parent\n", "ZO0004", null, null)]
    [InlineData("code,name,parent\n370200,青岛市,\n370100,济南市,\n", "ZO0005", 3, null)]
    [InlineData("code,name,parent\n370200,青岛市,\n370202,市南区,370203\n370203,市北区,370202\n", "ZO0006", 3, 12)]
    [InlineData("code,name,parent\n370200,青岛市,\n370202,  ,370200\n", "ZO0007", 3, 8)]
    [InlineData("code,name,parent,kind\n370200,青岛市,,city\n370202,市南区,370200,district\n", "ZO0008", 3, 19)]
    [InlineData("code,name,parent,kind\n370200,青岛市,,city\n370202,市南区,370200,city\n", "ZO0009", 3, 19)]
    [InlineData("code,name\n370200,青岛市\n", "ZC0002", 1, null)]
    [InlineData("code,name,parent\n370200,\"青岛市,\n", "ZC0003", 2, null)]
    public void Read_BadList_OneLocatedErrorAndNoTree(string csv, string code, int? line, int? column)
    {
        var result = Read(csv);

        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle().Which;
        (error.Code, error.Severity, error.Line, error.Column).Should().Be((code, DiagnosticSeverity.Error, line, column));
    }

    [Fact]
    public void Read_SeveralFaults_ListsEveryOneByLine()
    {
        var result = Read("code,name,parent\n370200,青岛市,\n370202,,370200\n370202,市北区,370200\n370211,黄岛区,370299\n");

        result.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(("ZO0007", 3), ("ZO0002", 4), ("ZO0003", 5));
        result.ValueOrDefault.Should().BeNull();
    }

    [Fact]
    public void Read_SameListAsJson_SaysTheSameThings()
    {
        var csv = Read("code,name,parent\n370200,青岛市,\n370202,市南区,370203\n370203,市北区,370202\n370211,,370200\n");
        var json = OrgUnitJson.Parse("{\"schema\": \"zedu.orgunits/1\", \"units\": [{\"code\": \"370200\", \"name\": \"青岛市\"}, "
            + "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370203\"}, {\"code\": \"370203\", \"name\": \"市北区\", \"parent\": \"370202\"}, "
            + "{\"code\": \"370211\", \"name\": \"\", \"parent\": \"370200\"}]}");

        csv.Diagnostics.Select(d => (d.Code, d.Message)).Should().Equal(json.Diagnostics.Select(d => (d.Code, d.Message)));
    }

    [Fact]
    public void Read_UnknownParent_SaysSoInChineseAndInEnglish()
    {
        var error = Read("code,name,parent\n370200,青岛市,\n370212,崂山区,370299\n").Diagnostics.Single();

        error.Format("qingdao.csv", Language.Chinese).Should().Be("qingdao.csv(3,12): 错误 ZO0003: 370212 崂山区的上级单位370299不在名录中。");
        error.Format("qingdao.csv", Language.English).Should().Be("qingdao.csv(3,12): error ZO0003: The parent 370299 of 370212 崂山区 is not in the list.");
    }
}

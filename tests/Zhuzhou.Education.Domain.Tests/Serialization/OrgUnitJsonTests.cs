using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class OrgUnitJsonTests
{
    private static readonly string QingdaoJson = File.ReadAllText(RepositoryPaths.Combine("seeds", "qingdao-org-units.json"));

    private static string Document(params string[] units) => "{\"schema\": \"zedu.orgunits/1\", \"units\": [" + string.Join(", ", units) + "]}";

    [Fact]
    public void Parse_QingdaoSeed_GivesTheCityAndItsTenDistricts()
    {
        var result = OrgUnitJson.Parse(QingdaoJson);

        result.Diagnostics.Should().BeEmpty();
        var tree = result.Value;
        tree.Root.Should().Be(new OrgUnit(OrgUnitCode.Parse("370200"), "青岛市", OrgUnitLevel.City, null));
        tree.UnitsAt(OrgUnitLevel.County).Select(u => u.ToString()).Should().Equal(
            "370202 市南区", "370203 市北区", "370211 黄岛区", "370212 崂山区", "370213 李沧区",
            "370214 城阳区", "370215 即墨区", "370281 胶州市", "370283 平度市", "370285 莱西市");
        tree.Units.Should().OnlyContain(u => u.Code.IsAdministrativeDivision);
    }

    [Fact]
    public void Serialize_QingdaoSeed_IsTheSeedByteForByte()
        => OrgUnitJson.Serialize(OrgUnitJson.Parse(QingdaoJson).Value).Should().Be(QingdaoJson);

    [Fact]
    public void Serialize_ThenParse_GivesTheSameUnits()
        => Gen.Int[1, 40].Select(Gen.Int[0, int.MaxValue]).Select(t => RandomTree(t.Item1, t.Item2)).Sample(tree =>
            OrgUnitJson.Parse(OrgUnitJson.Serialize(tree)).Value.Units.SequenceEqual(tree.Units), iter: 200);

    [Fact]
    public void Parse_KindLeftOut_IsTheKindBelowTheParents()
    {
        var result = OrgUnitJson.Parse(Document(
            "{\"code\": \"37\", \"name\": \"山东省\", \"kind\": \"province\"}",
            "{\"code\": \"370200\", \"name\": \"青岛市\", \"parent\": \"37\"}",
            "{\"code\": \"370212\", \"name\": \"崂山区\", \"parent\": \"370200\"}",
            "{\"code\": \"370212-001\", \"name\": \"崂山区实验学校\", \"parent\": \"370212\"}"));

        result.Value.Units.Select(u => u.Level).Should().Equal(OrgUnitLevel.Province, OrgUnitLevel.City, OrgUnitLevel.County, OrgUnitLevel.School);
    }

    [Fact]
    public void Parse_UnitsInAnyOrder_GivesTheTreeInTheFilesOrder()
    {
        var result = OrgUnitJson.Parse(Document(
            "{\"code\": \"370212\", \"name\": \"崂山区\", \"parent\": \"370200\"}",
            "{\"code\": \"370200\", \"name\": \"青岛市\"}"));

        result.Value.Units.Select(u => u.Name).Should().Equal("崂山区", "青岛市");
        result.Value.Root.Name.Should().Be("青岛市");
        result.Value.Find(OrgUnitCode.Parse("370212"))!.Level.Should().Be(OrgUnitLevel.County);
    }

    // Each bad list: the code, and the JSON path of the one error.
    [Theory]
    [InlineData("ZO0001", "$.units[1].code", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"37 02 02\", \"name\": \"市南区\", \"parent\": \"370200\"}")]
    [InlineData("ZO0001", "$.units[1].parent", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"青岛市\"}")]
    [InlineData("ZO0002", "$.units[2].code", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370200\"}", "{\"code\": \"370202\", \"name\": \"市北区\", \"parent\": \"370200\"}")]
    [InlineData("ZO0003", "$.units[1].parent", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370100\"}")]
    [InlineData("ZO0004", "$")]
    [InlineData("ZO0005", "$.units[1]", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370100\", \"name\": \"济南市\"}")]
    [InlineData("ZO0006", "$.units[1].parent", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370203\"}", "{\"code\": \"370203\", \"name\": \"市北区\", \"parent\": \"370202\"}")]
    [InlineData("ZO0006", "$.units[1].parent", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370202\"}")]
    [InlineData("ZO0007", "$.units[1].name", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \" \", \"parent\": \"370200\"}")]
    [InlineData("ZO0008", "$.units[1].kind", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370200\", \"kind\": \"district\"}")]
    [InlineData("ZO0009", "$.units[1].kind", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370200\", \"kind\": \"province\"}")]
    [InlineData("ZO0009", "$.units[2].parent", "{\"code\": \"370200\", \"name\": \"青岛市\", \"kind\": \"county\"}", "{\"code\": \"370202\", \"name\": \"一中\", \"parent\": \"370200\"}", "{\"code\": \"370203\", \"name\": \"一中分校\", \"parent\": \"370202\"}")]
    [InlineData("ZJ0004", "$.units[1].name", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": 370202, \"parent\": \"370200\"}")]
    [InlineData("ZJ0006", "$.units[1]", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"parent\": \"370200\"}")]
    [InlineData("ZJ0015", "$.units[1].level", "{\"code\": \"370200\", \"name\": \"青岛市\"}", "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370200\", \"level\": 2}")]
    public void Parse_BadList_OneLocatedErrorAndNoTree(string code, string path, params string[] units)
    {
        var result = OrgUnitJson.Parse(Document(units));

        result.Success.Should().BeFalse();
        result.ValueOrDefault.Should().BeNull();
        var error = result.Diagnostics.Should().ContainSingle().Which;
        (error.Code, error.Severity, error.Path).Should().Be((code, DiagnosticSeverity.Error, path));
    }

    [Theory]
    [InlineData("{\"schema\": \"zedu.orgunit/1\", \"units\": []}", "ZJ0007")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\"}", "ZJ0006")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": [}", "ZJ0002")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": {}}", "ZJ0004")]
    [InlineData("", "ZJ0002")]
    public void Parse_NotADocumentOfTheFormat_OneErrorAndNoTree(string json, string code)
    {
        var result = OrgUnitJson.Parse(json);

        result.Success.Should().BeFalse();
        result.Errors.Select(d => d.Code).Should().Equal(code);
    }

    [Fact]
    public void Parse_SeveralFaults_ListsEveryOneInDocumentOrderWithLineAndColumn()
    {
        const string json = """
            {
              "schema": "zedu.orgunits/1",
              "units": [
                { "code": "370200", "name": "青岛市" },
                { "code": "370202", "name": "", "parent": "370200" },
                { "code": "370202", "name": "市北区", "parent": "370200" },
                { "code": "370211", "name": "黄岛区", "parent": "370299", "kind": "county" }
              ]
            }
            """;

        var result = OrgUnitJson.Parse(json);

        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            ("ZO0007", 5, 33), ("ZO0002", 6, 15), ("ZO0003", 7, 50));
    }

    [Fact]
    public void Parse_EveryUnitWithAParent_NoRootAndTheCycleThatHidesIt()
    {
        var result = OrgUnitJson.Parse(Document(
            "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"370203\"}",
            "{\"code\": \"370203\", \"name\": \"市北区\", \"parent\": \"370202\"}"));

        result.Errors.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo([("ZO0006", "$.units[0].parent"), ("ZO0004", "$")]);
    }

    [Fact]
    public void Parse_UnreadParent_IsNotAlsoCalledUnknown()
    {
        var result = OrgUnitJson.Parse(Document(
            "{\"code\": \"青岛\", \"name\": \"青岛市\"}",
            "{\"code\": \"370202\", \"name\": \"市南区\", \"parent\": \"青岛\"}"));

        result.Errors.Select(d => (d.Code, d.Path)).Should().Equal(("ZO0001", "$.units[0].code"), ("ZO0001", "$.units[1].parent"));
    }

    /// <summary>A tree of <paramref name="size"/> units (a city, counties, schools), shaped by <paramref name="seed"/>.</summary>
    internal static OrgUnitTree RandomTree(int size, int seed)
    {
        var random = new Random(seed);
        var units = new List<OrgUnit> { new(OrgUnitCode.Parse("370200"), "市\"" + seed, OrgUnitLevel.City, null) };
        for (var i = 1; i < size; i++)
        {
            var parent = units[random.Next(units.Count)];
            if (parent.Level == OrgUnitLevel.School)
            {
                parent = units[0];
            }

            var level = parent.Level + 1;
            units.Add(new OrgUnit(OrgUnitCode.Parse("U-" + i), level + " " + i + ",名", level, parent.Code));
        }

        // Units listed in any order.
        return OrgUnitTree.Create(units.OrderBy(_ => random.Next()));
    }
}

using CsCheck;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class JsonSchemaTests
{
    private static readonly Lazy<Json.Schema.JsonSchema> OrgUnitsSchema = new(() => Load("zedu.orgunits-1.schema.json"));

    [Fact]
    public void QingdaoOrgUnits_ValidateAgainstTheOrgUnitsSchema()
    {
        var results = Validate(OrgUnitsSchema, File.ReadAllText(RepositoryPaths.Combine("seeds", "qingdao-org-units.json")));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void GeneratedTrees_ValidateAgainstTheOrgUnitsSchema()
        => Gen.Int[1, 30].Select(Gen.Int[0, int.MaxValue]).Sample(
            t => Validate(OrgUnitsSchema, OrgUnitJson.Serialize(OrgUnitJsonTests.RandomTree(t.Item1, t.Item2))).IsValid, iter: 50);

    [Fact]
    public void Get_OrgUnitsSchema_IsThePublishedFile()
        => JsonSchemas.Get(OrgUnitJson.Schema).Should().Be(File.ReadAllText(RepositoryPaths.Combine("schemas", "zedu.orgunits-1.schema.json")));

    [Theory]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": []}")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": [{\"code\": \"370200\", \"name\": \"\"}]}")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": [{\"code\": \"37 02\", \"name\": \"青岛市\"}]}")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": [{\"code\": \"370200\", \"name\": \"青岛市\", \"kind\": \"district\"}]}")]
    [InlineData("{\"schema\": \"zedu.orgunits/1\", \"units\": [{\"code\": \"370200\", \"name\": \"青岛市\", \"level\": 1}]}")]
    [InlineData("{\"schema\": \"zedu.orgunits/2\", \"units\": [{\"code\": \"370200\", \"name\": \"青岛市\"}]}")]
    public void OrgUnitsSchema_BadDocument_IsInvalid(string json)
        => Validate(OrgUnitsSchema, json).IsValid.Should().BeFalse();
}

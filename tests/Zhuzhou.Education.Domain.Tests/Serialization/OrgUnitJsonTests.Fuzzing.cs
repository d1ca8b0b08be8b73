using CsCheck;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Hostile input: the properties the fuzzing harness's org-units-json target checks, on inputs near its seeds.</summary>
public partial class OrgUnitJsonTests
{
    private static readonly IReadOnlyList<byte[]> OrgUnitSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "org-units-json"));

    [Fact]
    public void LoadUtf8_AnyInputNearAList_GivesATreeOrLocatedErrorsAndNeverThrows()
        => HostileInput.Near(OrgUnitSeeds, HostileInput.JsonTokens).Sample(input =>
        {
            var result = OrgUnitJson.LoadUtf8(input);
            return result.Success != result.Errors.Any()
                && result.Errors.All(d => d.Line is not null || d.Path is not null);
        }, iter: 2000);

    [Fact]
    public void LoadUtf8_AnyTreeRead_WriteThenLoad_IsTheSameTree()
        => HostileInput.Near(OrgUnitSeeds, HostileInput.JsonTokens, maxEdits: 2).Sample(input =>
            OrgUnitJson.LoadUtf8(input).ValueOrDefault is not { } tree
            || OrgUnitJson.Parse(OrgUnitJson.Serialize(tree)).Value.Units.SequenceEqual(tree.Units), iter: 1000);
}

using CsCheck;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Hostile input: the properties the fuzzing harness's org-units-csv target checks, on inputs near its seeds.</summary>
public partial class OrgUnitCsvTests
{
    private static readonly IReadOnlyList<byte[]> CsvSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "org-units-csv"));

    [Fact]
    public void Load_AnyInputNearAList_GivesATreeOrErrorsWithTheirLinesAndNeverThrows()
        => HostileInput.Near(CsvSeeds, HostileInput.CsvTokens).Sample(input =>
        {
            var result = OrgUnitCsv.Load(new MemoryStream(input));
            return result.Success != result.Errors.Any()
                && result.Errors.All(d => d.Line is not null || d.Code == OrgUnitDiagnosticCodes.NoRoot);
        }, iter: 2000);
}

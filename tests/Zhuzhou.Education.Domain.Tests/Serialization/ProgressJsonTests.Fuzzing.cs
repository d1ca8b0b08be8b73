using CsCheck;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Hostile input: what the fuzzing harness found (each input inline) and the properties that stand in for it.</summary>
public partial class ProgressJsonTests
{
    private static readonly IReadOnlyList<byte[]> ProgressSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "progress-json"));

    [Fact]
    public void LoadUtf8_AnyInputNearABatch_GivesABatchOrLocatedErrorsAndNeverThrows()
        => HostileInput.Near(ProgressSeeds, HostileInput.JsonTokens).Sample(input =>
        {
            var result = ProgressJson.LoadUtf8(input, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);
            return result.Success != result.Errors.Any() && result.Errors.All(d => d.Line is not null || d.Path is not null);
        }, iter: 2000);

    [Fact]
    public void LoadUtf8_AnyBatchRead_WriteThenLoad_IsTheSameBatch()
        => HostileInput.Near(ProgressSeeds, HostileInput.JsonTokens, maxEdits: 2).Sample(input =>
        {
            var plan = ZhuzhouPlans.Education2017;
            if (ProgressJson.LoadUtf8(input, plan, ZhuzhouOrgUnits.Tree2017).ValueOrDefault is not { } batch)
            {
                return true;
            }

            var again = ProgressJson.Parse(ProgressJson.Serialize(batch), plan, ZhuzhouOrgUnits.Tree2017);
            return again.Success && again.Value.Equals(batch);
        }, iter: 1000);

    [Fact]
    public void LoadUtf8_PropertyNameNotUtf8_IsMalformedJsonAtItsPlace()
    {
        // Fuzzing finding (progress-json), as minimised: the problems of a document with a property name that is not
        // UTF-8 were being placed when InvalidOperationException ("Cannot transcode invalid UTF-8 JSON text") escaped.
        byte[] input = [.. "{\"\":\"\",\"\":[{\"\":\"\",\"\":\"\",\""u8, 0x92, .. "\":8}]}"u8];

        var result = ProgressJson.LoadUtf8(input, Plan, Tree);

        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line, error.Column).Should().Be(("ZJ0002", 1, 26));
    }

    [Fact]
    public void LoadUtf8_TargetNotUtf8_IsMalformedJsonNotAWrongType()
    {
        byte[] input = [.. "{\"schema\":\"zedu.progress/1\",\"reports\":[{\"target\":\"8"u8, 0x92, .. "\"}]}"u8];

        var result = ProgressJson.LoadUtf8(input, Plan, Tree);

        result.Errors.Should().ContainSingle().Which.Should().Match<Zhuzhou.Education.Domain.Diagnostics.Diagnostic>(d => d.Code == "ZJ0002" && d.Line == 1 && d.Column == 52);
    }
}

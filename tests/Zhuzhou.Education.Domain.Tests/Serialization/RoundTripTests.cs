using CsCheck;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>serialize ∘ deserialize = identity, for every plan and batch the generators make.</summary>
public class RoundTripTests
{
    [Fact]
    public void PlanJson_ParseOfSerialize_IsTheSamePlan()
        => PlanGen.Plan.Sample(plan =>
        {
            var result = PlanJson.Parse(PlanJson.Serialize(plan));
            return result.Success && result.Value.Equals(plan) && result.Diagnostics.IsEmpty;
        }, iter: 300);

    [Fact]
    public void PlanJson_SerializeIsDeterministic_SameTextForEqualPlans()
        => PlanGen.Plan.Sample(plan => PlanJson.Serialize(plan) == PlanJson.Serialize(PlanJson.Parse(PlanJson.Serialize(plan)).Value), iter: 100);

    [Fact]
    public void ProgressJson_LoadOfSerialize_IsTheSameBatch()
    {
        var plan = SerializationSamples.PlanWithShare();
        ReportGen.Batch(plan).Sample(batch =>
        {
            using var stream = new MemoryStream();
            ProgressJson.Serialize(batch, stream);
            var result = ProgressJson.LoadUtf8(stream.ToArray(), plan, OrgUnitGen.ZhuzhouWithSchools);
            return result.Success && result.Value.Equals(batch) && !result.Errors.Any();
        }, iter: 300);
    }

    [Fact]
    public void ProgressJson_LoadOfSerialize_IsTheSameBatch_OnGeneratedPlans()
        => PlanGen.Plan.Where(p => !p.Targets.IsEmpty).SelectMany(p => ReportGen.Batch(p).Select(b => (p, b))).Sample(
            pair => ProgressJson.Parse(ProgressJson.Serialize(pair.b), pair.p, OrgUnitGen.ZhuzhouWithSchools).Value.Equals(pair.b), iter: 100);

    [Fact]
    public void Education2017_RoundTrips()
        => PlanJson.Parse(PlanJson.Serialize(ZhuzhouPlans.Education2017)).Value.Should().Be(ZhuzhouPlans.Education2017);
}

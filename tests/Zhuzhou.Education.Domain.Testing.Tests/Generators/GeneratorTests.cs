using System.Text;
using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Generators;

/// <summary>What the generators promise: valid plans, trees of the city, admissible reports, hostile inputs the readers survive.</summary>
public class GeneratorTests
{
    [Fact]
    public void PlanGenPlan_EveryPlan_RoundTripsThroughItsJson()
        => PlanGen.Plan.Sample(plan => plan.Should().RoundTripThroughJson(), iter: 200);

    [Fact]
    public void PlanGenPlan_Plans_ComeWithAndWithoutPeriodAndWithSectionTargets()
    {
        var plans = new List<Plan>();
        PlanGen.Plan.Sample(plans.Add, iter: 300, threads: 1);

        plans.Should().Contain(p => p.Period == null).And.Contain(p => p.Period != null)
            .And.Contain(p => p.Sections.Any(s => s.Commitments.Any(c => !c.Targets.IsEmpty)));
    }

    [Fact]
    public void PlanFor2017_EveryPlan_PassesThePlanCheck()
        => PlanGen.PlanFor2017.Sample(plan => plan.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning), iter: 200);

    [Fact]
    public void OrgUnitGenTree_EveryTree_IsTheCityItsCountiesAndTheirSchools()
        => OrgUnitGen.Tree.Sample(tree =>
            tree.Root.Code == ZhuzhouOrgUnits.City
            && tree.UnitsAt(OrgUnitLevel.County).Count() is >= 1 and <= 9
            && tree.UnitsAt(OrgUnitLevel.School).All(s => tree.Find(s.Parent!.Value)!.Level == OrgUnitLevel.County
                && s.Code.Value.StartsWith(s.Parent!.Value.Value + "-", StringComparison.Ordinal)));

    [Fact]
    public void ReportGenBatch_EveryBatch_IsAdmissibleAndLoadsBackFromJson()
        => PlanGen.Plan.Where(p => !p.Targets.IsEmpty).SelectMany(p => ReportGen.Batch(p).Select(b => (p, b))).Sample(pair =>
        {
            var (plan, batch) = pair;
            if (plan.Period is not null)
            {
                batch.Reports.Should().BeAdmissibleFor(plan, OrgUnitGen.ZhuzhouWithSchools);
            }

            ProgressJson.Parse(ProgressJson.Serialize(batch), plan, OrgUnitGen.ZhuzhouWithSchools).Value.Should().Be(batch);
        }, iter: 100);

    [Fact]
    public void ReportGenBatch_WithRevisions_IsAdmissibleAndItsRevisionsLoadBackFromJson()
    {
        var revised = 0;
        PlanGen.PlanFor2017.SelectMany(p => ReportGen.Batch(p, revisions: true).Select(b => (p, b))).Sample(pair =>
        {
            var (plan, batch) = pair;
            batch.Reports.Should().BeAdmissibleFor(plan, OrgUnitGen.ZhuzhouWithSchools);
            batch.Reports.Where(r => r.Revision > 0).All(r => r.Submitted != null && batch.Reports.Any(o => o.Revision == 0 && o.Target == r.Target && o.OrgUnit == r.OrgUnit && o.Date == r.Date))
                .Should().BeTrue("a revision says when it was submitted and revises a report of the batch");
            var back = ProgressJson.Parse(ProgressJson.Serialize(batch), plan, OrgUnitGen.ZhuzhouWithSchools).Value;
            back.Should().Be(batch);
            back.Reports.Select(r => r.Submitted).Should().Equal(batch.Reports.Select(r => r.Submitted));
            Interlocked.Add(ref revised, batch.Reports.Count(r => r.Revision > 0));
        }, iter: 100);
        revised.Should().BePositive("some batches carry revisions");
    }

    [Fact]
    public void ReportGenStream_EveryStream_IsAdmissibleForAnyTree()
        => Gen.Select(PlanGen.PlanFor2017, OrgUnitGen.Tree).SelectMany((plan, tree) => ReportGen.Stream(plan, tree).Select(s => (plan, tree, s))).Sample(t =>
        {
            t.s.Should().BeAdmissibleFor(t.plan, t.tree);
            t.s.GroupBy(r => (r.Target, r.OrgUnit)).Should().NotContain(g => g.Count() > 12);
        }, iter: 200);

    [Fact]
    public void ReportGen_PlanWithoutTarget_IsRefused()
    {
        var empty = new Plan("株洲市教育局", "空", Year2017, null, string.Empty, []);

        FluentActions.Invoking(() => ReportGen.Batch(empty)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ReportGen.Stream(empty, ZhuzhouOrgUnits.Tree2017)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void HostileInput_PlanJson_GivesAPlanOrLocatedErrors()
        => HostileInput.PlanJson.Sample(bytes =>
        {
            var result = PlanJson.LoadUtf8(bytes);
            return result.Success != result.Errors.Any() && result.Errors.All(d => d.Line is not null || d.Path is not null);
        }, iter: 300);

    [Fact]
    public void HostileInput_ProgressJsonAndCsv_GiveABatchOrErrors()
    {
        HostileInput.ProgressJson.Sample(bytes => ProgressJson.LoadUtf8(bytes, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017) is var r && r.Success != r.Errors.Any(), iter: 300);
        HostileInput.ProgressCsv.Sample(bytes => ProgressCsv.Load(new MemoryStream(bytes), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017) is var r && r.Success != r.Errors.Any(), iter: 300);
    }

    [Fact]
    public void HostileInput_UntouchedSeeds_AreValid()
    {
        var seeds = HostileInput.Near([Encoding.UTF8.GetBytes(PlanJson.Serialize(KitPlan))], HostileInput.JsonTokens, maxEdits: 0);

        seeds.Sample(bytes => PlanJson.LoadUtf8(bytes).Value.Equals(KitPlan), iter: 5);
    }

    [Fact]
    public void HostileInput_Encodings_ThePlanTextParserNeverThrows()
        => HostileInput.Encodings("株洲市教育局2017年工作要点\n一、着力提高教育质量\n1.提高学生心理素质。培训100名心理咨询师。\n").Sample(bytes =>
        {
            var result = PlanTextParser.Parse(new MemoryStream(bytes));
            return result.Success != result.Errors.Any();
        }, iter: 200);

    [Fact]
    public void HostileInput_Near_WithoutSeeds_IsRefused()
        => FluentActions.Invoking(() => HostileInput.Near([], HostileInput.JsonTokens)).Should().Throw<ArgumentException>();
}

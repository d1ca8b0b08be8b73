using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Tests.Support;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

public partial class ReportStoreTests
{
    /// <summary>
    /// The dense read of level targets over more units than it reads ahead (<see cref="ReportStore.PrefetchCells"/>):
    /// runs of every length from none to forty, a count and a share (numerators and denominators), as of days before,
    /// inside and after the reports — each unit's figure as the rules evaluate the same reports.
    /// </summary>
    [Fact]
    public void AsOf_DenseSegmentOfManyUnitsAndUnevenRuns_EqualsRulesEvaluation()
    {
        var schools = Enumerable.Range(0, 2 * ReportStore.PrefetchCells)
            .Select(i => new OrgUnit(OrgUnitCode.Parse($"{(i % 2 == 0 ? "H" : "L")}{i:D2}"), $"学校{i}", OrgUnitLevel.School, i % 2 == 0 ? Hetang : Lusong))
            .ToArray();
        var tree = OrgUnitTree.Create(
        [
            new OrgUnit(City, "株洲市", OrgUnitLevel.City, null),
            new OrgUnit(Hetang, "荷塘区", OrgUnitLevel.County, City),
            new OrgUnit(Lusong, "芦淞区", OrgUnitLevel.County, City),
            .. schools,
        ]);
        Target[] targets =
        [
            new(TargetId.Create(1, 1), "学位", Comparison.AtLeast(400m), MeasureWord.Units),
            new(TargetId.Create(1, 2), "艺术特长", Comparison.Coverage(0.9m), MeasureWord.Persons),
        ];
        var plan = new Plan("株洲市教育局", "密集段", Year2017, null, string.Empty, [new Section(1, "一", [new Item(1, "要点1", [new Commitment("举措1", targets)])])]);
        var random = new Random(15);
        var reports = new List<ProgressReport>();
        foreach (var target in targets)
        {
            foreach (var school in schools)
            {
                var runLength = random.Next(41);
                for (var k = 0; k < runLength; k++)
                {
                    reports.Add(Report(target, school.Code, Year2017.Start.PlusDays((5 * k) + random.Next(5)), random.Next(41), random.Next(1, 41)));
                }
            }
        }

        var store = ReportStore.Open(plan, tree);
        store.Append(reports);

        store.Segments.Should().ContainSingle().Which.IsDense.Should().BeTrue();
        foreach (var day in new[] { 0, 3, 61, 102, 180, 250 })
        {
            var asOf = Year2017.Start.PlusDays(day);
            var result = store.AsOf(asOf);
            foreach (var target in targets)
            {
                var mine = reports.Where(r => r.Target == target.Id).ToList();
                foreach (var unit in tree.Units.Select(u => u.Code))
                {
                    var expected = Evaluator.Evaluate(target, tree, unit, mine, asOf, Year2017, null);
                    result.Evaluate(target.Id, unit).Completion.Should().BeApproximately(expected.Completion, 1e-9m, "target {0} at {1} on day {2}", target.Id, unit, day);
                    var oracle = AchievementOracle.Of(target, tree, unit, mine, asOf);
                    var achieved = result.Achieved(target.Id, unit);
                    achieved.Amount.Should().BeApproximately(oracle.Amount, 1e-9m, "target {0} at {1} on day {2}", target.Id, unit, day);
                    achieved.ReportCount.Should().Be(oracle.ReportCount, "target {0} at {1} on day {2}", target.Id, unit, day);
                }
            }
        }
    }
}

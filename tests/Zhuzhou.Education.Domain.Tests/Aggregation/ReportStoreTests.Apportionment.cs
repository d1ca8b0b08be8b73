using System.Globalization;
using Zhuzhou.Education.Domain.Aggregation;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

public partial class ReportStoreTests
{
    [Fact]
    public void AsOf_TargetsSharingOneProportionalAllocation_EachUnitOwesItsOwnTargetsPart()
    {
        // Forty counties weighted 1..40; two targets of different sizes share the one allocation, so a split kept for
        // one target must never answer for the other.
        var counties = Enumerable.Range(1, 40).Select(i => OrgUnitCode.Parse((430200 + i).ToString(CultureInfo.InvariantCulture))).ToArray();
        var tree = OrgUnitTree.Create([new OrgUnit(City, "株洲市", OrgUnitLevel.City, null), .. counties.Select((c, i) => new OrgUnit(c, "县" + i.ToString(CultureInfo.InvariantCulture), OrgUnitLevel.County, City))]);
        var allocation = Allocation.Proportional(counties.Select((c, i) => new AllocationPart(c, i + 1m)));
        Target[] targets =
        [
            new(TargetId.Create(1, 1), "新增学位", Comparison.AtLeast(20000m), MeasureWord.Units) { Allocation = allocation },
            new(TargetId.Create(1, 2), "培训心理咨询师", Comparison.AtLeast(101m), MeasureWord.People) { Allocation = allocation },
        ];
        var plan = new Plan("株洲市教育局", "分解测试", Year2017, null, string.Empty, [new Section(1, "一", [new Item(1, "甲", [new Commitment("甲", targets)])])]);

        var result = ReportStore.Open(plan, tree).AsOf(new LocalDate(2017, 6, 30));

        foreach (var target in targets)
        {
            var parts = counties.Select(c => result.Required(target.Id, c)).ToArray();
            parts.Should().Equal(counties.Select(c => Apportionment.OwedBy(target, tree, c)?.Comparison.Required));
            parts.Sum(p => p ?? 0m).Should().Be(target.Comparison.Required, "the parts of {0} add up to the whole", target.Id);
        }
    }
}

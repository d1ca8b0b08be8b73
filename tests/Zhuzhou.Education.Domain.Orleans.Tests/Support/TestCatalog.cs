using NodaTime;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Benchmarks;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Support;

/// <summary>The plans every test silo serves: W2 scaled as issue 14 says (C=120 S=10 R=5), the built-in 2017 plan, and a small plan of two counties.</summary>
internal static class TestCatalog
{
    public const string Builtin = "zhuzhou-2017";

    /// <summary>W2 scaled as <see cref="W2"/>, each county's reports split across <see cref="W2Partitions"/> grains.</summary>
    public const string W2Partitioned = "w2-partitioned";

    public const int W2Partitions = 4;

    /// <summary>The small plan, each county split across two grains.</summary>
    public const string SmallPartitioned = "small-partitioned";

    /// <summary>The small plan under a name of its own per test ("small-0" … "small-19"), so tests sharing a cluster never share grains.</summary>
    public static string Small(int test) => "small-" + test.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static W1Parameters W2 { get; } = W2Workload.Parameters(schools: 10, reports: 5);

    public static readonly OrgUnitCode City = OrgUnitCode.Parse("430200");
    public static readonly OrgUnitCode Hetang = OrgUnitCode.Parse("430202");
    public static readonly OrgUnitCode Lusong = OrgUnitCode.Parse("430203");
    public static readonly OrgUnitCode[] Schools = [.. new[] { "H1", "H2", "L1" }.Select(OrgUnitCode.Parse)];

    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static readonly Target Places = new(TargetId.Create(1, 1), "学位", Comparison.AtLeast(40m), MeasureWord.Units);
    public static readonly Target Counsellors = new(TargetId.Create(1, 2), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons) { TimeAggregation = TimeAggregation.Increment };
    public static readonly Target Arts = new(TargetId.Create(2, 1), "艺术特长", Comparison.Coverage(0.9m), MeasureWord.Persons);

    public static readonly OrgUnitTree SmallTree = OrgUnitTree.Create(
    [
        new OrgUnit(City, "株洲市", OrgUnitLevel.City, null),
        new OrgUnit(Hetang, "荷塘区", OrgUnitLevel.County, City),
        new OrgUnit(Lusong, "芦淞区", OrgUnitLevel.County, City),
        new OrgUnit(Schools[0], "荷塘一中", OrgUnitLevel.School, Hetang),
        new OrgUnit(Schools[1], "荷塘二中", OrgUnitLevel.School, Hetang),
        new OrgUnit(Schools[2], "芦淞一中", OrgUnitLevel.School, Lusong),
    ]);

    public static readonly Plan SmallPlan = new(
        "株洲市教育局",
        "集群测试",
        Year2017,
        null,
        string.Empty,
        [
            new Section(1, "一", [new Item(1, "要点1", [new Commitment("举措1", [Places, Counsellors])])]),
            new Section(2, "二", [new Item(2, "要点2", [new Commitment("举措2", [Arts])])]),
        ]);

    public static PlanCatalog Instance { get; } = Build();

    private static PlanCatalog Build()
    {
        var catalog = W2Workload.Catalog(W2)
            .Add(W2Partitioned, W1Workload.BuildPlan(W2), W1Workload.BuildTree(W2), W2Partitions)
            .Add(SmallPartitioned, SmallPlan, SmallTree, 2)
            .Add(Builtin, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);
        for (var test = 0; test < 20; test++)
        {
            catalog.Add(Small(test), SmallPlan, SmallTree);
        }

        return catalog;
    }
}

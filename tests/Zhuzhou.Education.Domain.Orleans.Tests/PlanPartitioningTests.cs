using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.OrgUnits;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests;

public class PlanPartitioningTests
{
    [Fact]
    public void PartitionOf_OnePartition_EveryUnitInPartitionZero()
    {
        var partitioning = new PlanCatalog().Add("one", SmallPlan, SmallTree)["one"];

        SmallTree.Units.Select(u => partitioning.PartitionOf(u.Code)).Should().OnlyContain(p => p == 0);
        partitioning.GrainKeys.Should().Equal("one/430200", "one/430202", "one/430203");
    }

    [Fact]
    public void PartitionOf_Schools_ByTheirCodesHash()
    {
        // FNV-1a of the code mod the partition count, computed independently: H1 → 0, H2 → 1, L1 → 0 (of 2);
        // S0…S3 → 2, 1, 0, 3 (of 4). The owners' own reports stay in partition 0.
        var small = new PlanCatalog().Add("p", SmallPlan, SmallTree, 2)["p"];
        var w2 = new PlanCatalog().Add("p", W1Workload.BuildPlan(W2), W1Workload.BuildTree(W2), 4)["p"];

        Schools.Select(small.PartitionOf).Should().Equal(0, 1, 0);
        new[] { Hetang, Lusong, City }.Select(small.PartitionOf).Should().Equal(0, 0, 0);
        Enumerable.Range(0, 4).Select(u => w2.PartitionOf(OrgUnitCode.Parse("S" + u))).Should().Equal(2, 1, 0, 3);
        small.GrainKeys.Should().Equal("p/430200", "p/430202#0", "p/430202#1", "p/430203#0", "p/430203#1");
        w2.GrainKeys.Should().HaveCount(1 + (W2.Counties * 4));
    }

    [Fact]
    public void TryGetGrainIndex_EveryUnit_PointsAtItsGrainKey()
    {
        var small = new PlanCatalog().Add("p", SmallPlan, SmallTree, 2)["p"];

        foreach (var unit in SmallTree.Units)
        {
            small.TryGetGrainIndex(unit.Code, out var grain).Should().BeTrue();
            small.GrainKeys[grain].Should().Be(small.GrainKeyOf(unit.Code), "unit {0}", unit.Code);
        }

        Schools.Select(s => small.TryGetGrainIndex(s, out var g) ? small.GrainKeys[g] : null).Should().Equal("p/430202#0", "p/430202#1", "p/430203#0");
        small.TryGetGrainIndex(OrgUnitCode.Parse("999999"), out _).Should().BeFalse();
    }

    [Fact]
    public void PartitionOf_SchoolsOfADistrict_FollowTheirDistrict()
    {
        // A province whose owners are cities with districts: each district's subtree is one partition's, whatever its
        // schools' codes.
        var province = OrgUnitCode.Parse("430000");
        var owner = City;
        var units = new List<OrgUnit> { new(province, "湖南省", OrgUnitLevel.Province, null), new(owner, "株洲市", OrgUnitLevel.City, province) };
        for (var d = 0; d < 8; d++)
        {
            var district = OrgUnitCode.Parse("D" + d);
            units.Add(new OrgUnit(district, "区" + d, OrgUnitLevel.County, owner));
            units.AddRange(Enumerable.Range(0, 5).Select(s => new OrgUnit(OrgUnitCode.Parse($"D{d}S{s}"), "学校", OrgUnitLevel.School, district)));
        }

        var tree = OrgUnitTree.Create(units);
        var partitioning = new PlanCatalog().Add("d", SmallPlan, tree, 3)["d"];

        foreach (var district in tree.ChildrenOf(owner))
        {
            tree.ChildrenOf(district.Code).Select(s => partitioning.PartitionOf(s.Code)).Should().OnlyContain(p => p == partitioning.PartitionOf(district.Code));
        }

        tree.ChildrenOf(owner).Select(d => partitioning.PartitionOf(d.Code)).Distinct().Should().HaveCountGreaterThan(1);
        (partitioning.PartitionOf(owner), partitioning.PartitionOf(province)).Should().Be((0, 0));
    }

    [Fact]
    public void PartitionOf_UnitNotInTheTree_ThrowsNamingIt()
    {
        var partitioning = new PlanCatalog().Add("p", SmallPlan, SmallTree, 2)["p"];

        var act = () => partitioning.PartitionOf(OrgUnitCode.Parse("X9"));

        act.Should().Throw<ArgumentException>().WithMessage("Org unit X9 is not in the tree of 株洲市.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4097)]
    public void Add_PartitionsOutOfRange_Throws(int partitions)
    {
        var act = () => new PlanCatalog().Add("p", SmallPlan, SmallTree, partitions);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("partitions");
    }
}

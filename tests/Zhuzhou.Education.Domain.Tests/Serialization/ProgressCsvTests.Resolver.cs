using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>Units a resolver joins: admitted when they make a tree with the tree's units, else refused as the tree refuses them.</content>
public partial class ProgressCsvTests
{
    // Parents a joined unit may name: the city, a county, each of the joined units, a code no unit has, or none.
    private static readonly string?[] JoinedParents = ["430200", "430281", "J0", "J1", "J2", "Z9", null];

    // What a resolver gives for each of three texts: a new code, the tree's 醴陵市, another text's code, or nothing;
    // beneath any parent, at any level.
    private static readonly Gen<OrgUnit?[]> GenJoined =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, JoinedParents.Length - 1], Gen.Enum<OrgUnitLevel>()).Array[3]
            .Select(picks => picks.Select((pick, i) => Joined(i, pick.Item1, JoinedParents[pick.Item2], pick.Item3)).ToArray());

    [Fact]
    public void Read_AnyUnitsJoined_AdmittedOrRefusedAsTheTreeOfThemIs()
    {
        GenJoined.Sample(units =>
        {
            var options = new ProgressCsvOptions { ResolveOrgUnit = text => units[text[1] - '0'] };
            var csv = "target,orgUnit,date,value\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"8.1,x{i % 3},2017-03-{10 + i},{i}\n"));
            var joined = units.OfType<OrgUnit>().DistinctBy(u => u.Code).ToList();

            var expected = Refusal(() => OrgUnitTree.Create([.. Tree.Units, .. joined]));
            ParseResult<ProgressBatch>? result = null;
            var refusal = Refusal(() => result = Read(csv, options));

            refusal.Should().Be(expected);
            if (expected is null)
            {
                result!.Errors.Select(e => e.Code).Should().Equal(Enumerable.Repeat(ReportDiagnosticCodes.UnknownOrgUnit, 2 * units.Count(u => u is null)));
            }
        }, iter: 300);
    }

    [Fact]
    public void Read_SchoolJoinedBeneathAJoinedCounty_Admitted()
    {
        var county = new OrgUnit(OrgUnitCode.Parse("430299"), "新区", OrgUnitLevel.County, ZhuzhouOrgUnits.City);
        var school = new OrgUnit(OrgUnitCode.Parse("430299-001"), "新区一中", OrgUnitLevel.School, county.Code);
        var options = new ProgressCsvOptions { ResolveOrgUnit = text => text == "新区一中" ? school : text == "新区" ? county : null };

        var result = Read("target,orgUnit,date,value\n8.1,新区一中,2017-03-31,3\n8.1,新区,2017-03-31,4\n", options);

        result.Value.Reports.Select(r => r.OrgUnit).Should().Equal(school.Code, county.Code);
    }

    private static OrgUnit? Joined(int i, int code, string? parent, OrgUnitLevel level)
    {
        var written = code switch { 0 or 4 => $"J{i}", 1 => "430281", 2 => $"J{(i + 1) % 3}", _ => null };
        return written is null ? null : new OrgUnit(OrgUnitCode.Parse(written), written, level, parent is null ? null : OrgUnitCode.Parse(parent == written ? "430200" : parent));
    }

    private static string? Refusal(Action act)
    {
        try
        {
            act();
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}

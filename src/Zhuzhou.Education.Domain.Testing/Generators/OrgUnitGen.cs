using CsCheck;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Org-unit trees (单位) for property tests: the city (市), some of its county-level divisions (县市区) with their
/// GB/T 2260 codes, and schools beneath them.
/// </summary>
/// <remarks>Thread-safe: the generators and trees are immutable.</remarks>
public static class OrgUnitGen
{
    private static readonly OrgUnit[] Counties = [.. ZhuzhouOrgUnits.Tree2017.UnitsAt(OrgUnitLevel.County)];

    /// <summary>
    /// The 2017 tree of 株洲市 (<see cref="ZhuzhouOrgUnits.Tree2017"/>) with two schools whose codes are not the usual
    /// county-hyphen-number: 430281-LL01 醴陵市第一中学 under 醴陵市 and hetang-x 荷塘区实验小学 under 荷塘区.
    /// </summary>
    public static OrgUnitTree ZhuzhouWithSchools { get; } = ZhuzhouOrgUnits.Tree2017
        .WithSchool(OrgUnitCode.Parse("430281"), OrgUnitCode.Parse("430281-LL01"), "醴陵市第一中学")
        .WithSchool(OrgUnitCode.Parse("430202"), OrgUnitCode.Parse("hetang-x"), "荷塘区实验小学");

    /// <summary>
    /// Trees of 株洲市 (430200) with 1 to 9 of its county-level divisions, each with 0 to 3 schools coded as the
    /// county's code, a hyphen and a number (430281-001). Shrinks towards one county without schools.
    /// </summary>
    public static Gen<OrgUnitTree> Tree { get; } =
        Gen.Int[0, 3].Array[1, Counties.Length].Select(schools => OrgUnitTree.Create(
        [
            ZhuzhouOrgUnits.Tree2017.Root,
            .. Counties.Take(schools.Length),
            .. schools.SelectMany((n, c) => Enumerable.Range(1, n).Select(s => new OrgUnit(
                OrgUnitCode.Parse($"{Counties[c].Code}-{s:000}"), $"{Counties[c].Name}第{s}中学", OrgUnitLevel.School, Counties[c].Code))),
        ]));
}

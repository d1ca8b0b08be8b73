namespace Zhuzhou.Education.Domain.OrgUnits;

/// <summary>The org units of 株洲市 (Zhuzhou) as of 2017, with GB/T 2260 codes.</summary>
public static class ZhuzhouOrgUnits
{
    /// <summary>株洲市, 430200.</summary>
    public static readonly OrgUnitCode City = OrgUnitCode.Parse("430200");

    /// <summary>
    /// The city and its nine county-level divisions as of 2017: 荷塘区, 芦淞区, 石峰区, 天元区, 株洲县, 攸县,
    /// 茶陵县, 炎陵县, 醴陵市. (株洲县 became 渌口区 in 2018; the 2017 plan predates that.)
    /// </summary>
    public static OrgUnitTree Tree2017 { get; } = OrgUnitTree.Create(
    [
        new OrgUnit(City, "株洲市", OrgUnitLevel.City, null),
        County("430202", "荷塘区"),
        County("430203", "芦淞区"),
        County("430204", "石峰区"),
        County("430211", "天元区"),
        County("430221", "株洲县"),
        County("430223", "攸县"),
        County("430224", "茶陵县"),
        County("430225", "炎陵县"),
        County("430281", "醴陵市"),
    ]);

    private static OrgUnit County(string code, string name)
        => new(OrgUnitCode.Parse(code), name, OrgUnitLevel.County, City);
}

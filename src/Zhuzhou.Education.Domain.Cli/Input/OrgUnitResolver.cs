using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// The org units named in zedu's files and options: a code (430281) or a name (醴陵市), which the tree resolves, or a
/// school written as its county's code, a hyphen and the school's own number (430281-017), which joins the tree.
/// </summary>
internal sealed class OrgUnitResolver
{
    private readonly OrgUnitTree tree;
    private readonly Dictionary<OrgUnitCode, OrgUnit> schools = [];
    private OrgUnitTree current;
    private int joined;

    public OrgUnitResolver(OrgUnitTree tree)
    {
        this.tree = tree;
        current = tree;
    }

    /// <summary>The tree with the schools met so far, built again only when a school has joined since.</summary>
    public OrgUnitTree Tree
    {
        get
        {
            if (joined != schools.Count)
            {
                current = OrgUnitTree.Create([.. tree.Units, .. schools.Values]);
                joined = schools.Count;
            }

            return current;
        }
    }

    public OrgUnit? Resolve(string text) => tree.Resolve(text) ?? School(text);

    /// <summary>A school by zedu's convention (it joins the tree); null when the text is not one.</summary>
    public OrgUnit? School(string text)
    {
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == text.Length - 1 || !OrgUnitCode.TryParse(text, out var code))
        {
            return null;
        }

        if (schools.TryGetValue(code, out var school))
        {
            return school;
        }

        if (tree.Find(OrgUnitCode.Parse(text[..hyphen])) is not { Level: OrgUnitLevel.County } county)
        {
            return null;
        }

        return schools[code] = new OrgUnit(code, text, OrgUnitLevel.School, county.Code);
    }
}

using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// Resolves the org units named in progress files and options: a code (430281), a name (醴陵市), or a school
/// written as its county's code, a hyphen and the school's own number (430281-017), which joins the tree.
/// </summary>
internal sealed class OrgUnitResolver
{
    private readonly OrgUnitTree tree;
    private readonly Dictionary<string, OrgUnit> byText = new(StringComparer.Ordinal);
    private readonly List<OrgUnit> schools = [];

    public OrgUnitResolver(OrgUnitTree tree)
    {
        this.tree = tree;
        foreach (var unit in tree.Units)
        {
            byText[unit.Code.Value] = unit;
            byText.TryAdd(unit.Name, unit);
        }
    }

    /// <summary>The tree with the schools met so far.</summary>
    public OrgUnitTree Tree => schools.Count == 0 ? tree : OrgUnitTree.Create([.. tree.Units, .. schools]);

    public OrgUnit? Resolve(string text)
    {
        if (byText.TryGetValue(text, out var unit))
        {
            return unit;
        }

        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen < text.Length - 1 && OrgUnitCode.TryParse(text, out var code)
            && tree.Find(OrgUnitCode.Parse(text[..hyphen])) is { Level: OrgUnitLevel.County } county)
        {
            var school = new OrgUnit(code, text, OrgUnitLevel.School, county.Code);
            schools.Add(school);
            byText[text] = school;
            return school;
        }

        return null;
    }
}

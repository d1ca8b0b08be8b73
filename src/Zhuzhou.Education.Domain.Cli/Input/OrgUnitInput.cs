using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// Loads the org unit tree (单位名录) of <c>--org-units</c>: a <c>zedu.orgunits/1</c> JSON file or a CSV
/// <c>code,name,parent[,kind]</c>, read by the library (<see cref="OrgUnitJson"/>, <see cref="OrgUnitCsv"/>); the
/// built-in tree of 株洲市 when none is given.
/// </summary>
internal static class OrgUnitInput
{
    public static OrgUnitTree Load(string? file, CliContext context)
    {
        if (file is null)
        {
            return ZhuzhouOrgUnits.Tree2017;
        }

        return PlanInput.Unwrap(Read(file, context), file, context);
    }

    /// <summary>An org unit file read by the library, every diagnostic kept (for <c>zedu validate --org-units</c>).</summary>
    public static ParseResult<OrgUnitTree> Read(string file, CliContext context)
    {
        var bytes = PlanInput.ReadBytes(file, context.Language);
        return PlanInput.IsJson(file, bytes) ? OrgUnitJson.LoadUtf8(bytes) : OrgUnitCsv.Load(new MemoryStream(bytes, writable: false));
    }
}

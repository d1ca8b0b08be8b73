using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// Who owes what, in "zedu.plan/3": a target's <c>"allocation"</c> (任务分解: <c>{"method": "explicit" |
/// "proportional", "parts": [{"orgUnit": "430281", "amount": 17, "baseline": …}]}</c>) and a milestone's
/// <c>"scope"</c> (<c>{"kind": "issuer", "responsible": "430200"}</c> or <c>{"kind": "everyUnit", "level":
/// "county"}</c>), each left out when the target has none (the issuer owes it).
/// </content>
public static partial class PlanJson
{
    private static AllocationWire? AllocationToWire(Allocation? allocation) => allocation is null ? null : new AllocationWire
    {
        Method = WireNames.AllocationMethods.Name(allocation.Method),
        Parts = [.. allocation.Parts.Select(p => (AllocationPartWire?)new AllocationPartWire
        {
            OrgUnit = p.OrgUnit.Value,
            Amount = p.Amount,
            Baseline = WireNumber.FromNullable(p.Baseline),
        })],
    };

    private static ScopeWire? ScopeToWire(MilestoneScope scope) => scope == MilestoneScope.Issuer ? null : new ScopeWire
    {
        Kind = WireNames.ScopeKinds.Name(scope.Kind),
        Level = scope.Level is { } level ? WireNames.OrgUnitLevels.Name(level) : default(WireString),
        Responsible = scope.Responsible is { } unit ? unit.Value : default(WireString),
    };
}

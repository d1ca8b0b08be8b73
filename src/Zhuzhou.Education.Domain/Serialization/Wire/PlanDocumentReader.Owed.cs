using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <content>Who owes what (version 3): a target's allocation (任务分解) and a milestone's scope.</content>
internal sealed partial class PlanDocumentReader
{
    /// <summary>A target's allocation and scope, null and the issuer when left out; problems are listed.</summary>
    private (Allocation? Allocation, MilestoneScope Scope) ReadOwed(TargetWire wire, At at)
    {
        Allocation? allocation = null;
        var scope = MilestoneScope.Issuer;
        if (wire.Allocation is { } allocationWire && Since(3, absent: false, at, "allocation"))
        {
            allocation = ReadAllocation(allocationWire, at.Child("allocation"));
        }

        if (wire.Scope is { } scopeWire && Since(3, absent: false, at, "scope"))
        {
            scope = ReadScope(scopeWire, at.Child("scope")) ?? MilestoneScope.Issuer;
        }

        return (allocation, scope);
    }

    private Allocation? ReadAllocation(AllocationWire wire, At at)
    {
        reader.Unknown(wire, at);
        var hasMethod = reader.Enum(wire.Method, WireNames.AllocationMethods, at, "method", required: true, out var method);
        var parts = List(wire.Parts, at, "parts", required: true, ReadPart);
        if (!hasMethod || parts.IsDefault)
        {
            return null;
        }

        return reader.Build(() => method == AllocationMethod.Explicit ? Allocation.Explicit(parts) : Allocation.Proportional(parts), at.Path);
    }

    private AllocationPart? ReadPart(AllocationPartWire wire, At at)
    {
        var unit = Code(wire.OrgUnit, at, "orgUnit", required: true);
        var amount = reader.Number(wire.Amount, at, "amount", required: true);
        var baseline = reader.Number(wire.Baseline, at, "baseline", required: false);
        return unit is null || amount is null ? null : reader.Build(() => new AllocationPart(unit.Value, amount.Value) { Baseline = baseline }, at.Path);
    }

    private MilestoneScope? ReadScope(ScopeWire wire, At at)
    {
        reader.Unknown(wire, at);
        if (!reader.Enum(wire.Kind, WireNames.ScopeKinds, at, "kind", required: true, out var kind))
        {
            return null;
        }

        if (kind == MilestoneScopeKind.EveryUnit)
        {
            return reader.Enum(wire.Level, WireNames.OrgUnitLevels, at, "level", required: true, out var level)
                ? reader.Build(() => MilestoneScope.EveryUnitAt(level), at.Path)
                : null;
        }

        var responsible = Code(wire.Responsible, at, "responsible", required: false);
        return wire.Responsible.State == WireState.Absent ? MilestoneScope.Issuer
            : responsible is { } code ? MilestoneScope.ResponsibleUnit(code)
            : null;
    }

    private OrgUnitCode? Code(WireString wire, At at, string name, bool required)
    {
        if (reader.String(wire, at, name, required) is not { } text)
        {
            return null;
        }

        if (!OrgUnitCode.TryParse(text, out var code))
        {
            Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), "ZJ0010.orgUnitOrSchool", [text]);
            return null;
        }

        return code;
    }
}

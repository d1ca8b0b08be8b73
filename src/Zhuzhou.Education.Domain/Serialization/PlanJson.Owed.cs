using System.Collections.Immutable;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// Who owes what, in "zedu.plan/2": a target's <c>"allocation"</c> (任务分解: <c>{"method": "explicit" |
/// "proportional", "parts": [{"orgUnit": "430281", "amount": 17, "baseline": …}]}</c>) and a milestone's
/// <c>"scope"</c> (<c>{"kind": "issuer", "responsible": "430200"}</c> or <c>{"kind": "everyUnit", "level":
/// "county"}</c>). A plan without either is written as "zedu.plan/1", which readers of version 1 still read.
/// </content>
public static partial class PlanJson
{
    /// <summary>The first version, still read, and written for a plan that has no allocation or scope.</summary>
    internal const string Version1 = "zedu.plan/1";

    /// <summary>The version a plan needs: 2 when a target has an allocation or a scope other than the issuer.</summary>
    private static string SchemaFor(Plan plan)
        => plan.Targets.Any(t => t.Allocation is not null || t.Scope != MilestoneScope.Issuer) ? Schema : Version1;

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

    /// <content>Reading a target's allocation and scope.</content>
    private sealed partial class PlanReader
    {
        /// <summary>The schema version being read; version 1 has no allocation or scope.</summary>
        public string Version { get; init; } = Schema;

        /// <summary>A target's allocation and scope; false (with the problems listed) when either is bad.</summary>
        private bool ReadOwed(TargetWire wire, At at, out Allocation? allocation, out MilestoneScope scope)
        {
            (allocation, scope) = (null, MilestoneScope.Issuer);
            if (Version == Version1)
            {
                var ok = true;
                foreach (var (name, present) in new[] { ("allocation", wire.Allocation is not null), ("scope", wire.Scope is not null) })
                {
                    if (present)
                    {
                        Problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), $"Property \"{name}\" is not part of {Version1}; it came with {Schema}.");
                        ok = false;
                    }
                }

                return ok;
            }

            var before = Problems.Count;
            if (wire.Allocation is { } allocationWire)
            {
                allocation = ReadAllocation(allocationWire, at.Child("allocation"));
            }

            if (wire.Scope is { } scopeWire)
            {
                scope = ReadScope(scopeWire, at.Child("scope")) ?? MilestoneScope.Issuer;
            }

            return Problems.Count == before;
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
                Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), $"\"{text}\" is not an org unit code such as \"430281\" or \"430281-001\".");
                return null;
            }

            return code;
        }
    }
}

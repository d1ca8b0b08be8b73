namespace Zhuzhou.Education.Domain.Serialization.Wire;

// Who owes what, on a target of "zedu.plan/2": its allocation (任务分解) and, for a milestone, its scope.
#pragma warning disable CA2227, CA1002 // wire types are plain mutable bags filled by the source-generated serializer

/// <summary>An allocation: <c>{"method": "explicit" | "proportional", "parts": [{"orgUnit", "amount", "baseline"}]}</c>.</summary>
internal sealed class AllocationWire : WireObject
{
    public WireString Method { get; set; }

    public List<AllocationPartWire?>? Parts { get; set; }
}

/// <summary>One org unit's part: its amount (explicit) or weight (proportional), and for an at-most target its baseline.</summary>
internal sealed class AllocationPartWire : WireObject
{
    public WireString OrgUnit { get; set; }

    public WireNumber Amount { get; set; }

    public WireNumber Baseline { get; set; }
}

/// <summary>A milestone's scope: <c>{"kind": "issuer", "responsible": …}</c> or <c>{"kind": "everyUnit", "level": "county"}</c>.</summary>
internal sealed class ScopeWire : WireObject
{
    public WireString Kind { get; set; }

    public WireString Level { get; set; }

    public WireString Responsible { get; set; }
}

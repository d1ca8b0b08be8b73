namespace Zhuzhou.Education.Domain.Serialization.Wire;

// The wire shape of "zedu.orgunits/1": an org unit tree (单位名录) as a flat list, parents by code.
#pragma warning disable CA2227, CA1002 // wire types are plain mutable bags filled by the source-generated serializer

internal sealed class OrgUnitDocument : WireObject
{
    public WireString Schema { get; set; }

    public List<OrgUnitWire?>? Units { get; set; }
}

internal sealed class OrgUnitWire : WireObject
{
    public WireString Code { get; set; }

    public WireString Name { get; set; }

    public WireString Parent { get; set; }

    public WireString Kind { get; set; }
}

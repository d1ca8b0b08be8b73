using System.Text.Json.Serialization;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

// The wire shape of "zedu.progress/2" (and /1, which lacks reason, revision and submitted): a batch of progress
// reports (进度报送).
#pragma warning disable CA2227, CA1002 // wire types are plain mutable bags filled by the source-generated serializer

internal sealed class ProgressDocument : WireObject
{
    public WireString Schema { get; set; }

    public List<ReportWire?>? Reports { get; set; }
}

internal sealed class ReportWire : WireObject
{
    public WireString Target { get; set; }

    public WireString OrgUnit { get; set; }

    public WireDate Date { get; set; }

    public WireNumber Value { get; set; }

    public WireNumber Numerator { get; set; }

    public WireNumber Denominator { get; set; }

    public WireString Stage { get; set; }

    public WireString Reason { get; set; }

    public WireNumber Revision { get; set; }

    public WireString Submitted { get; set; }

    public WireString Reporter { get; set; }

    public WireString Note { get; set; }

    public WireDate Received { get; set; }

    public List<EvidenceWire?>? Evidence { get; set; }
}

internal sealed class EvidenceWire : WireObject
{
    public WireString Title { get; set; }

    public WireString Uri { get; set; }
}

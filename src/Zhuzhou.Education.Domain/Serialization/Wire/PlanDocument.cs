using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

// The wire shape of "zedu.plan/3" (and /2, which has no allocation or scope, and /1, which has no period-less plans,
// section commitments or perMember either). Property order here is the order written; names are camelCase.
// Every object keeps the properties it does not know in Unknown, so that each can be reported with its path.
#pragma warning disable CA2227, CA1002 // wire types are plain mutable bags filled by the source-generated serializer

internal abstract class WireObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class PlanDocument : WireObject
{
    public WireString Schema { get; set; }

    public WireString Issuer { get; set; }

    public WireString Title { get; set; }

    public PeriodWire? Period { get; set; }

    public WireDate Published { get; set; }

    public WireString Preamble { get; set; }

    public List<SectionWire?>? Sections { get; set; }
}

internal sealed class PeriodWire : WireObject
{
    public WireDate Start { get; set; }

    public WireDate End { get; set; }
}

internal sealed class SectionWire : WireObject
{
    public WireNumber Number { get; set; }

    public WireString Title { get; set; }

    public WireNumber Weight { get; set; }

    public List<CommitmentWire?>? Commitments { get; set; }

    public List<ItemWire?>? Items { get; set; }
}

internal sealed class ItemWire : WireObject
{
    public WireNumber Number { get; set; }

    public WireString Title { get; set; }

    public WireNumber Weight { get; set; }

    public List<CommitmentWire?>? Commitments { get; set; }
}

internal sealed class CommitmentWire : WireObject
{
    public WireString Text { get; set; }

    public List<DocumentWire?>? Documents { get; set; }

    public List<TargetWire?>? Targets { get; set; }
}

internal sealed class DocumentWire : WireObject
{
    public WireString Title { get; set; }

    public WireNumber FromYear { get; set; }

    public WireNumber ToYear { get; set; }
}

internal sealed class TargetWire : WireObject
{
    public WireString Id { get; set; }

    public WireString Subject { get; set; }

    public ComparisonWire? Comparison { get; set; }

    public ComparisonWire? PerMember { get; set; }

    public WireString Unit { get; set; }

    public WireString Text { get; set; }

    public WireString TimeAggregation { get; set; }

    public WireString OrgUnitAggregation { get; set; }

    public WireString Direction { get; set; }

    public WireString ReportingFrequency { get; set; }

    public WireNumber Baseline { get; set; }

    public WireDate Deadline { get; set; }

    public WireNumber Weight { get; set; }

    public List<CheckpointWire?>? Schedule { get; set; }

    public List<StageWire?>? Stages { get; set; }

    public AllocationWire? Allocation { get; set; }

    public ScopeWire? Scope { get; set; }
}

/// <summary>A comparison, polymorphic on "kind": each kind has its own fields (see the schema).</summary>
internal sealed class ComparisonWire : WireObject
{
    public WireString Kind { get; set; }

    public WireNumber Minimum { get; set; }

    public WireNumber Maximum { get; set; }

    public WireNumber Value { get; set; }

    public WireNumber Share { get; set; }
}

internal sealed class CheckpointWire : WireObject
{
    public WireDate Date { get; set; }

    public WireNumber Expected { get; set; }
}

internal sealed class StageWire : WireObject
{
    public WireString Name { get; set; }

    public WireNumber Completion { get; set; }
}

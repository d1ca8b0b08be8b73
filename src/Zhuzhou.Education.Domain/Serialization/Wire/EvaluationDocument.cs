using System.Text.Json.Serialization;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

// The wire shape of "zedu.evaluation/2": the results of evaluation and roll-up, per org unit, plan, section, item
// and target. Written only: it is an output of this library, not an input.
#pragma warning disable CA2227, CA1002 // wire types are plain mutable bags filled by the source-generated serializer

internal sealed class EvaluationDocument : WireObject
{
    public WireString Schema { get; set; }

    public WireString Plan { get; set; }

    public WireDate AsOf { get; set; }

    public WireString Language { get; set; }

    public List<OrgUnitEvaluationWire>? OrgUnits { get; set; }
}

// Written in the order: identity (org unit, number, title), these figures, then the children.
internal abstract class RollUpWire : WireObject
{
    [JsonPropertyOrder(1)]
    public WireNumber Completion { get; set; }

    [JsonPropertyOrder(1)]
    public WireNumber ExpectedProgress { get; set; }

    [JsonPropertyOrder(1)]
    public WireString Status { get; set; }

    [JsonPropertyOrder(1)]
    public WireString StatusText { get; set; }

    [JsonPropertyOrder(1)]
    public CountsWire? Counts { get; set; }
}

internal sealed class OrgUnitEvaluationWire : RollUpWire
{
    public WireString OrgUnit { get; set; }

    public WireString Name { get; set; }

    [JsonPropertyOrder(2)]
    public List<SectionEvaluationWire>? Sections { get; set; }
}

internal sealed class SectionEvaluationWire : RollUpWire
{
    public WireNumber Number { get; set; }

    public WireString Title { get; set; }

    [JsonPropertyOrder(2)]
    public List<ItemEvaluationWire>? Items { get; set; }
}

internal sealed class ItemEvaluationWire : RollUpWire
{
    public WireNumber Number { get; set; }

    public WireString Title { get; set; }

    [JsonPropertyOrder(2)]
    public List<TargetEvaluationWire>? Targets { get; set; }
}

internal sealed class TargetEvaluationWire : WireObject
{
    public WireString Id { get; set; }

    public WireString Text { get; set; }

    public RuleWire? Rule { get; set; }

    public WireString RuleText { get; set; }

    public WireNumber Value { get; set; }

    public WireNumber Numerator { get; set; }

    public WireNumber Denominator { get; set; }

    public WireNumber Achieved { get; set; }

    public WireNumber Required { get; set; }

    public WireNumber Completion { get; set; }

    public WireNumber ExpectedProgress { get; set; }

    public WireDate DueDate { get; set; }

    public WireNumber Tolerance { get; set; }

    public WireString Status { get; set; }

    public WireString StatusText { get; set; }

    public WireNumber ReportCount { get; set; }

    public WireNumber Contribution { get; set; }
}

/// <summary>A completion rule, polymorphic on "kind" (the names of the rules issue: atLeast, atMost, between, …).</summary>
internal sealed class RuleWire : WireObject
{
    public WireString Kind { get; set; }

    public WireNumber Minimum { get; set; }

    public WireNumber Maximum { get; set; }

    public WireNumber Value { get; set; }

    public WireNumber Share { get; set; }

    public WireNumber Baseline { get; set; }

    public WireString Direction { get; set; }

    public List<StageWire>? Stages { get; set; }
}

internal sealed class CountsWire : WireObject
{
    public WireNumber Total { get; set; }

    public WireNumber NotStarted { get; set; }

    public WireNumber Behind { get; set; }

    public WireNumber OnTrack { get; set; }

    public WireNumber Achieved { get; set; }

    public WireNumber Exceeded { get; set; }

    public WireNumber Overdue { get; set; }

    public WireNumber NotAssigned { get; set; }

    public WireNumber AchievedRate { get; set; }
}

using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// Reads a wire plan into the model, listing every problem. Version 2 adds an optional period, a section's own
/// commitments and a coverage target's per-member requirement, and more measure words; a version 1 document that
/// uses them is refused, as its schema refuses it.
/// </summary>
internal sealed partial class PlanDocumentReader(WireReader reader, int version)
{
    /// <summary>The last measure word of version 1 (节/课时).</summary>
    private const MeasureWord LastVersion1Unit = MeasureWord.Lessons;

    private readonly Dictionary<int, string> sectionNumbers = [];
    private readonly Dictionary<int, string> itemNumbers = [];
    private readonly Dictionary<TargetId, string> targetIds = [];

    private Problems Problems => reader.Problems;

    public Plan? Read(PlanDocument wire)
    {
        var at = At.Root;
        reader.Unknown(wire, at);
        var issuer = Text(wire.Issuer, at, "issuer", required: true);
        var title = Text(wire.Title, at, "title", required: true);
        var preamble = Text(wire.Preamble, at, "preamble", required: false, allowBlank: true) ?? string.Empty;
        var published = reader.Date(wire.Published, at, "published", required: false);
        var (periodOk, period) = ReadPeriod(wire.Period, at);
        var sections = List(wire.Sections, at, "sections", required: true, ReadSection);
        if (issuer is null || title is null || !periodOk || sections.IsDefault || Problems.HasErrors)
        {
            return null;
        }

        // A plan that does not say who issued it is written with the word the parser once put in its place.
        var stated = issuer == PlanJson.IssuerNotStated ? null : issuer;
        return reader.Build(() => new Plan(stated, title, period, published, preamble, sections), at.Path);
    }

    /// <summary>The period; in version 2 it may be left out (a plan whose text named no year).</summary>
    private (bool Ok, DateInterval? Period) ReadPeriod(PeriodWire? wire, At at)
    {
        if (wire is null)
        {
            if (version >= 2)
            {
                return (true, null);
            }

            Problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, "ZJ0006", ["period"]);
            return (false, null);
        }

        var periodAt = at.Child("period");
        reader.Unknown(wire, periodAt);
        var start = reader.Date(wire.Start, periodAt, "start", required: true);
        var end = reader.Date(wire.End, periodAt, "end", required: true);
        if (start is null || end is null)
        {
            return (false, null);
        }

        if (end < start)
        {
            Problems.Error(JsonDiagnosticCodes.InvalidValue, periodAt.Property("end"), "ZJ0010.period", []);
            return (false, null);
        }

        return (true, new DateInterval(start.Value, end.Value));
    }

    private Section? ReadSection(SectionWire wire, At at)
    {
        var number = Number(wire.Number, at, sectionNumbers, "Section");
        var title = Text(wire.Title, at, "title", required: true);
        var weight = Weight(wire.Weight, at);
        var commitments = Since(2, wire.Commitments is null, at, "commitments")
            ? List(wire.Commitments, at, "commitments", required: false, (c, cAt) => ReadCommitment(c, cAt, new Owner(null, number)))
            : default;
        var items = List(wire.Items, at, "items", required: true, ReadItem);
        return number is null || title is null || weight is null || items.IsDefault || commitments.IsDefault
            ? null
            : reader.Build(() => new Section(number.Value, title, items) { Weight = weight.Value, Commitments = commitments }, at.Path);
    }

    private Item? ReadItem(ItemWire wire, At at)
    {
        var number = Number(wire.Number, at, itemNumbers, "Item");
        var title = Text(wire.Title, at, "title", required: true);
        var weight = Weight(wire.Weight, at);
        var commitments = List(wire.Commitments, at, "commitments", required: true, (c, cAt) => ReadCommitment(c, cAt, new Owner(number, null)));
        return number is null || title is null || weight is null || commitments.IsDefault
            ? null
            : reader.Build(() => new Item(number.Value, title, commitments) { Weight = weight.Value }, at.Path);
    }

    private Commitment? ReadCommitment(CommitmentWire wire, At at, Owner owner)
    {
        var text = Text(wire.Text, at, "text", required: true);
        var documents = List(wire.Documents, at, "documents", required: false, ReadDocument);
        var targets = List(wire.Targets, at, "targets", required: false, (t, tAt) => ReadTarget(t, tAt, owner));
        return text is null || documents.IsDefault || targets.IsDefault
            ? null
            : reader.Build(() => new Commitment(text, targets, documents), at.Path);
    }

    private DocumentReference? ReadDocument(DocumentWire wire, At at)
    {
        var title = Text(wire.Title, at, "title", required: true);
        var from = reader.Integer(wire.FromYear, at, "fromYear", required: false, minimum: 1);
        var to = reader.Integer(wire.ToYear, at, "toYear", required: false, minimum: 1);
        return title is null || Problems.HasErrors ? null : reader.Build(() => new DocumentReference(title, from, to), at.Path);
    }

    private Target? ReadTarget(TargetWire wire, At at, Owner owner)
    {
        var before = Problems.Count;
        TargetId? id = null;
        if (Text(wire.Id, at, "id", required: true) is { } idText)
        {
            if (!TargetId.TryParse(idText, out var parsed) || (parsed.IsSectionLevel && version < 2))
            {
                Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("id"), version >= 2 ? "ZJ0010.targetId2" : "ZJ0010.targetId", [idText]);
            }
            else if (owner.Item is { } item && parsed.Item != item)
            {
                Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("id"), "ZJ0010.targetItem", [$"{parsed}", $"{item}"]);
            }
            else if (owner.Section is { } section && parsed.Section != section)
            {
                Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("id"), "ZJ0010.targetSection", [$"{parsed}", $"{section}"]);
            }
            else if (targetIds.TryGetValue(parsed, out var first))
            {
                Problems.Error(JsonDiagnosticCodes.Duplicate, at.Property("id"), "ZJ0011.target", [$"{parsed}", first]);
            }
            else
            {
                targetIds.Add(parsed, at.Path);
                id = parsed;
            }
        }

        var subject = Text(wire.Subject, at, "subject", required: true);
        var comparison = ReadComparison(wire.Comparison, at, "comparison", required: true);
        var perMember = Since(2, wire.PerMember is null, at, "perMember") ? ReadComparison(wire.PerMember, at, "perMember", required: false) : null;
        if (reader.Enum(wire.Unit, WireNames.MeasureWords, at, "unit", required: true, out var unit) && version < 2 && unit > LastVersion1Unit)
        {
            Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("unit"), "ZJ0010.unit", [WireNames.MeasureWords.Name(unit), PlanJson.Version1]);
        }

        var text = Text(wire.Text, at, "text", required: false);
        var hasTime = reader.Enum(wire.TimeAggregation, WireNames.TimeAggregations, at, "timeAggregation", required: false, out var time);
        var hasOrgUnit = reader.Enum(wire.OrgUnitAggregation, WireNames.OrgUnitAggregations, at, "orgUnitAggregation", required: false, out var orgUnit);
        var hasDirection = reader.Enum(wire.Direction, WireNames.Directions, at, "direction", required: false, out var direction);
        var hasFrequency = reader.Enum(wire.ReportingFrequency, WireNames.ReportingFrequencies, at, "reportingFrequency", required: false, out var frequency);
        var baseline = reader.Number(wire.Baseline, at, "baseline", required: false);
        var deadline = reader.Date(wire.Deadline, at, "deadline", required: false);
        var weight = Weight(wire.Weight, at);
        var schedule = List(wire.Schedule, at, "schedule", required: false, ReadCheckpoint);
        var stages = List(wire.Stages, at, "stages", required: false, ReadStage);
        var (allocation, scope) = ReadOwed(wire, at);
        if (Problems.Count != before || id is null || subject is null || comparison is null || weight is null || schedule.IsDefault || stages.IsDefault)
        {
            return null;
        }

        return reader.Build(
            () =>
            {
                var target = new Target(id.Value, subject, comparison, unit)
                {
                    Text = text,
                    PerMember = perMember,
                    Baseline = baseline,
                    Deadline = deadline,
                    Weight = weight.Value,
                    Schedule = schedule,
                    Stages = stages,
                };

                // Settings left out keep the model's defaults, which depend on the comparison; who owes what comes
                // after them, for it is checked against them.
                return target with
                {
                    TimeAggregation = hasTime ? time : target.TimeAggregation,
                    OrgUnitAggregation = hasOrgUnit ? orgUnit : target.OrgUnitAggregation,
                    Direction = hasDirection ? direction : target.Direction,
                    ReportingFrequency = hasFrequency ? frequency : target.ReportingFrequency,
                } with
                {
                    Allocation = allocation,
                    Scope = scope,
                };
            },
            at.Path);
    }

    private Comparison? ReadComparison(ComparisonWire? wire, At targetAt, string property, bool required)
    {
        if (wire is null)
        {
            if (required)
            {
                Problems.Error(JsonDiagnosticCodes.MissingProperty, targetAt.Path, "ZJ0006", [property]);
            }

            return null;
        }

        var at = targetAt.Child(property);
        reader.Unknown(wire, at);
        if (!reader.Enum(wire.Kind, WireNames.ComparisonKinds, at, "kind", required: true, out var kind))
        {
            return null;
        }

        var fields = new (string Name, WireNumber Value, bool Used)[]
        {
            ("minimum", wire.Minimum, kind is ComparisonKind.AtLeast or ComparisonKind.Between),
            ("maximum", wire.Maximum, kind is ComparisonKind.AtMost or ComparisonKind.Between),
            ("value", wire.Value, kind is ComparisonKind.Exactly),
            ("share", wire.Share, kind is ComparisonKind.Coverage),
        };
        var values = new Dictionary<string, decimal>();
        var ok = true;
        foreach (var (name, value, used) in fields)
        {
            if (!used)
            {
                if (value.State != WireState.Absent)
                {
                    Problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), "ZJ0015.comparison", [name, WireNames.ComparisonKinds.Name(kind)]);
                    ok = false;
                }

                continue;
            }

            if (reader.Number(value, at, name, required: true) is { } number)
            {
                values[name] = number;
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        return reader.Build(
            () => kind switch
            {
                ComparisonKind.AtLeast => Comparison.AtLeast(values["minimum"]),
                ComparisonKind.AtMost => Comparison.AtMost(values["maximum"]),
                ComparisonKind.Between => Comparison.Between(values["minimum"], values["maximum"]),
                ComparisonKind.Exactly => Comparison.Exactly(values["value"]),
                ComparisonKind.Milestone => Comparison.Milestone(),
                _ => Comparison.Coverage(values["share"]),
            },
            at.Path);
    }

    private Checkpoint? ReadCheckpoint(CheckpointWire wire, At at)
    {
        var date = reader.Date(wire.Date, at, "date", required: true);
        var expected = reader.Number(wire.Expected, at, "expected", required: true);
        return date is null || expected is null ? null : reader.Build(() => new Checkpoint(date.Value, expected.Value), at.Path);
    }

    private MilestoneStage? ReadStage(StageWire wire, At at)
    {
        var name = Text(wire.Name, at, "name", required: true);
        var completion = reader.Number(wire.Completion, at, "completion", required: true);
        return name is null || completion is null ? null : reader.Build(() => new MilestoneStage(name, completion.Value), at.Path);
    }

    private int? Number(WireNumber wire, At at, Dictionary<int, string> seen, string what)
    {
        var number = reader.Integer(wire, at, "number", required: true, minimum: 1);
        if (number is { } n)
        {
            if (seen.TryGetValue(n, out var first))
            {
                Problems.Error(JsonDiagnosticCodes.Duplicate, at.Property("number"), what == "Section" ? "ZJ0011.section" : "ZJ0011.item", [$"{n}", first]);
                return null;
            }

            seen.Add(n, at.Path);
        }

        return number;
    }

    private decimal? Weight(WireNumber wire, At at)
    {
        if (wire.State == WireState.Absent)
        {
            return 1m;
        }

        var weight = reader.Number(wire, at, "weight", required: false, nonNegative: false);
        if (weight is <= 0)
        {
            Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("weight"), "ZJ0010.positive", ["weight", weight.Value.ToString(CultureInfo.InvariantCulture)]);
            return null;
        }

        return weight ?? 1m;
    }

    private string? Text(WireString wire, At at, string name, bool required, bool allowBlank = false)
    {
        var text = reader.String(wire, at, name, required, allowBlank);
        if (text is not null && text.Length > reader.Options.MaxStringLength)
        {
            Problems.Error(JsonDiagnosticCodes.StringTooLong, at.Property(name), "ZJ0014.property",
                [name, text.Length.ToString(CultureInfo.InvariantCulture), reader.Options.MaxStringLength.ToString(CultureInfo.InvariantCulture)]);
            return null;
        }

        return text;
    }

    /// <summary>Reads an array of objects; default when it is missing (and required) or any element failed.</summary>
    private ImmutableArray<T> List<TWire, T>(List<TWire?>? wires, At at, string name, bool required, Func<TWire, At, T?> read)
        where TWire : WireObject
        where T : class
    {
        if (wires is null)
        {
            if (required)
            {
                Problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, "ZJ0006", [name]);
                return default;
            }

            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(wires.Count);
        var ok = true;
        for (var i = 0; i < wires.Count; i++)
        {
            var elementAt = at.Element(name, i);
            if (!reader.Present(wires[i], elementAt))
            {
                ok = false;
                continue;
            }

            reader.Unknown(wires[i]!, elementAt);
            if (read(wires[i]!, elementAt) is { } value)
            {
                builder.Add(value);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? builder.ToImmutable() : default;
    }

    /// <summary>
    /// Whether a property added in <paramref name="sinceVersion"/> may be read: true in that version and later, and
    /// where it is absent; otherwise reports it as not part of the document's version.
    /// </summary>
    private bool Since(int sinceVersion, bool absent, At at, string name)
    {
        if (absent || version >= sinceVersion)
        {
            return true;
        }

        Problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), "ZJ0015.version", [name, $"zedu.plan/{version}", $"zedu.plan/{sinceVersion}"]);
        return false;
    }

    /// <summary>What holds a commitment: an item (its targets' ids are item.n) or a section outside its items (S2.n).</summary>
    private readonly record struct Owner(int? Item, int? Section);
}

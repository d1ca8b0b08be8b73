using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads and writes plans (工作要点) as "zedu.plan/2" JSON documents (schema: <c>schemas/zedu.plan-2.schema.json</c>);
/// reads "zedu.plan/1" documents too, and writes a plan without allocations or scopes as one.
/// </summary>
/// <remarks>
/// <para>The document holds the plan's issuer, title, period (<c>{"start", "end"}</c>), published date and preamble,
/// then its sections, items, commitments (with the documents they cite) and targets. A target's comparison is
/// polymorphic on <c>"kind"</c>: <c>atLeast</c> (<c>minimum</c>), <c>atMost</c> (<c>maximum</c>), <c>between</c>
/// (<c>minimum</c>, <c>maximum</c>), <c>exactly</c> (<c>value</c>), <c>milestone</c>, <c>coverage</c> (<c>share</c>).
/// Measure words and the aggregation, direction and frequency settings are camelCase names that never change with
/// the C# names (<c>persons</c>, <c>institutions</c>, <c>level</c>, <c>increment</c>, <c>ratio</c>, …); a target's
/// four settings are always written, weights only when not 1, and absent optional values are left out. Version 2 adds
/// who owes what: a target's <c>allocation</c> (任务分解) and a milestone's <c>scope</c>.</para>
/// <para>Writing is deterministic: properties in a fixed order, indented by two spaces, LF line ends, UTF-8 without
/// escaping Chinese text, and a final line feed — the canonical <c>seeds/zhuzhou-2017-work-plan.json</c> is pinned
/// byte for byte.</para>
/// <para>Loading never throws for bad input: it returns the plan, or every problem found with its JSON path, line
/// and column (see <see cref="JsonDiagnosticCodes"/>), and never a half-built plan. All members are thread-safe.</para>
/// </remarks>
public static partial class PlanJson
{
    /// <summary>The value of the "schema" property: the document kind and its format version.</summary>
    public const string Schema = "zedu.plan/2";

    /// <summary>Writes a plan as indented UTF-8 JSON (LF line ends, Chinese unescaped), ending with a line feed.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Plan plan, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, ZeduJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, ToWire(plan), ZeduJson.Context.PlanDocument);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a plan as an indented JSON string.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(Plan plan)
    {
        using var stream = new MemoryStream();
        Serialize(plan, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Loads a plan from an untrusted UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream, read to its end (or refused unread when it says it is too long).</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The plan, or every problem found and no plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<Plan> Load(Stream utf8Json, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.ReadAll(utf8Json, options, problems);
        return bytes is null ? Failed(problems, default) : LoadChecked(bytes, options, problems);
    }

    /// <summary>Loads a plan from untrusted UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The plan, or every problem found and no plan.</returns>
    public static ParseResult<Plan> LoadUtf8(ReadOnlySpan<byte> utf8Json, JsonLoadOptions? options = null)
    {
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        return JsonInput.WithinLimit(utf8Json, options, problems) ? LoadChecked(utf8Json, options, problems) : Failed(problems, default);
    }

    /// <summary>Loads a plan from an untrusted JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The plan, or every problem found and no plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<Plan> Parse(string json, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.FromString(json, options, problems);
        return bytes is null ? Failed(problems, default) : LoadChecked(bytes, options, problems);
    }

    internal static PlanDocument ToWire(Plan plan) => new()
    {
        Schema = SchemaFor(plan),
        Issuer = plan.Issuer,
        Title = plan.Title,
        Period = new PeriodWire { Start = plan.Period.Start, End = plan.Period.End },
        Published = WireDate.FromNullable(plan.Published),
        Preamble = plan.Preamble,
        Sections = [.. plan.Sections.Select(s => (SectionWire?)new SectionWire
        {
            Number = s.Number,
            Title = s.Title,
            Weight = Weight(s.Weight),
            Items = [.. s.Items.Select(i => (ItemWire?)new ItemWire
            {
                Number = i.Number,
                Title = i.Title,
                Weight = Weight(i.Weight),
                Commitments = [.. i.Commitments.Select(ToWire)],
            })],
        })],
    };

    private static CommitmentWire? ToWire(Commitment commitment) => new()
    {
        Text = commitment.Text,
        Documents = commitment.Documents.IsEmpty ? null : [.. commitment.Documents.Select(d => (DocumentWire?)new DocumentWire
        {
            Title = d.Title,
            FromYear = WireNumber.FromNullable(d.FromYear),
            ToYear = WireNumber.FromNullable(d.ToYear),
        })],
        Targets = commitment.Targets.IsEmpty ? null : [.. commitment.Targets.Select(ToWire)],
    };

    private static TargetWire? ToWire(Target target) => new()
    {
        Id = target.Id.ToString(),
        Subject = target.Subject,
        Comparison = ToWire(target.Comparison),
        Unit = WireNames.MeasureWords.Name(target.Unit),
        Text = target.Text,
        TimeAggregation = WireNames.TimeAggregations.Name(target.TimeAggregation),
        OrgUnitAggregation = WireNames.OrgUnitAggregations.Name(target.OrgUnitAggregation),
        Direction = WireNames.Directions.Name(target.Direction),
        ReportingFrequency = WireNames.ReportingFrequencies.Name(target.ReportingFrequency),
        Baseline = WireNumber.FromNullable(target.Baseline),
        Deadline = WireDate.FromNullable(target.Deadline),
        Weight = Weight(target.Weight),
        Schedule = target.Schedule.IsEmpty ? null : [.. target.Schedule.Select(c => (CheckpointWire?)new CheckpointWire { Date = c.Date, Expected = c.Expected })],
        Stages = target.Stages.IsEmpty ? null : [.. target.Stages.Select(s => (StageWire?)new StageWire { Name = s.Name, Completion = s.Completion })],
        Allocation = AllocationToWire(target.Allocation),
        Scope = ScopeToWire(target.Scope),
    };

    private static ComparisonWire ToWire(Comparison comparison)
    {
        var wire = new ComparisonWire { Kind = WireNames.ComparisonKinds.Name(comparison.Kind) };
        switch (comparison.Kind)
        {
            case ComparisonKind.AtLeast:
                wire.Minimum = comparison.Minimum!.Value;
                break;
            case ComparisonKind.AtMost:
                wire.Maximum = comparison.Maximum!.Value;
                break;
            case ComparisonKind.Between:
                wire.Minimum = comparison.Minimum!.Value;
                wire.Maximum = comparison.Maximum!.Value;
                break;
            case ComparisonKind.Exactly:
                wire.Value = comparison.Minimum!.Value;
                break;
            case ComparisonKind.Coverage:
                wire.Share = comparison.Minimum!.Value;
                break;
        }

        return wire;
    }

    private static WireNumber Weight(decimal weight) => weight == 1m ? default(WireNumber) : weight;

    private static ParseResult<Plan> LoadChecked(ReadOnlySpan<byte> utf8, JsonLoadOptions options, Problems problems)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        var document = JsonInput.Deserialize(utf8, ZeduJson.Context.PlanDocument, options, problems);
        if (document is null)
        {
            return Failed(problems, utf8);
        }

        var reader = new WireReader(options, problems);
        if (reader.Schema(document.Schema, Schema, Version1) is not { } version)
        {
            return Failed(problems, utf8);
        }

        var plan = new PlanReader(reader) { Version = version }.Read(document);
        return plan is not null && !problems.HasErrors
            ? ParseResult.Succeeded(plan, problems.ToDiagnostics(utf8))
            : Failed(problems, utf8);
    }

    private static ParseResult<Plan> Failed(Problems problems, ReadOnlySpan<byte> utf8)
        => ParseResult.Failed<Plan>(problems.ToDiagnostics(utf8));

    /// <summary>Reads the wire plan into the model, listing every problem.</summary>
    private sealed partial class PlanReader(WireReader reader)
    {
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
            var period = ReadPeriod(wire.Period, at);
            var sections = List(wire.Sections, at, "sections", required: true, ReadSection);
            if (issuer is null || title is null || period is null || sections.IsDefault || Problems.HasErrors)
            {
                return null;
            }

            return reader.Build(() => new Plan(issuer, title, period, published, preamble, sections), at.Path);
        }

        private DateInterval? ReadPeriod(PeriodWire? wire, At at)
        {
            if (wire is null)
            {
                Problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, "Property \"period\" is required.");
                return null;
            }

            var periodAt = at.Child("period");
            reader.Unknown(wire, periodAt);
            var start = reader.Date(wire.Start, periodAt, "start", required: true);
            var end = reader.Date(wire.End, periodAt, "end", required: true);
            if (start is null || end is null)
            {
                return null;
            }

            if (end < start)
            {
                Problems.Error(JsonDiagnosticCodes.InvalidValue, periodAt.Property("end"), "The period must not end before it starts.");
                return null;
            }

            return new DateInterval(start.Value, end.Value);
        }

        private Section? ReadSection(SectionWire wire, At at)
        {
            var number = Number(wire.Number, at, sectionNumbers, "Section");
            var title = Text(wire.Title, at, "title", required: true);
            var weight = Weight(wire.Weight, at);
            var items = List(wire.Items, at, "items", required: true, ReadItem);
            return number is null || title is null || weight is null || items.IsDefault
                ? null
                : reader.Build(() => new Section(number.Value, title, items) { Weight = weight.Value }, at.Path);
        }

        private Item? ReadItem(ItemWire wire, At at)
        {
            var number = Number(wire.Number, at, itemNumbers, "Item");
            var title = Text(wire.Title, at, "title", required: true);
            var weight = Weight(wire.Weight, at);
            var commitments = List(wire.Commitments, at, "commitments", required: true, (c, cAt) => ReadCommitment(c, cAt, number));
            return number is null || title is null || weight is null || commitments.IsDefault
                ? null
                : reader.Build(() => new Item(number.Value, title, commitments) { Weight = weight.Value }, at.Path);
        }

        private Commitment? ReadCommitment(CommitmentWire wire, At at, int? item)
        {
            var text = Text(wire.Text, at, "text", required: true);
            var documents = List(wire.Documents, at, "documents", required: false, ReadDocument);
            var targets = List(wire.Targets, at, "targets", required: false, (t, tAt) => ReadTarget(t, tAt, item));
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

        private Target? ReadTarget(TargetWire wire, At at, int? item)
        {
            var before = Problems.Count;
            TargetId? id = null;
            if (Text(wire.Id, at, "id", required: true) is { } idText)
            {
                if (!TargetId.TryParse(idText, out var parsed))
                {
                    Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("id"), $"\"{idText}\" is not a target id such as \"14.2\".");
                }
                else if (item is not null && parsed.Item != item)
                {
                    Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("id"),
                        $"Target {parsed} is in item {item}: a target's id must start with its item's number.");
                }
                else if (targetIds.TryGetValue(parsed, out var first))
                {
                    Problems.Error(JsonDiagnosticCodes.Duplicate, at.Property("id"), $"Target id {parsed} is already used at {first}.");
                }
                else
                {
                    targetIds.Add(parsed, at.Path);
                    id = parsed;
                }
            }

            var subject = Text(wire.Subject, at, "subject", required: true);
            var comparison = ReadComparison(wire.Comparison, at);
            reader.Enum(wire.Unit, WireNames.MeasureWords, at, "unit", required: true, out var unit);
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
            var owed = ReadOwed(wire, at, out var allocation, out var scope);
            if (!owed || Problems.Count != before || id is null || subject is null || comparison is null || weight is null || schedule.IsDefault || stages.IsDefault)
            {
                return null;
            }

            return reader.Build(
                () =>
                {
                    var target = new Target(id.Value, subject, comparison, unit)
                    {
                        Text = text,
                        Baseline = baseline,
                        Deadline = deadline,
                        Weight = weight.Value,
                        Schedule = schedule,
                        Stages = stages,
                    };

                    // Settings left out keep the model's defaults, which depend on the comparison; who owes what
                    // comes after them, for it is checked against them.
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

        private Comparison? ReadComparison(ComparisonWire? wire, At targetAt)
        {
            if (wire is null)
            {
                Problems.Error(JsonDiagnosticCodes.MissingProperty, targetAt.Path, "Property \"comparison\" is required.");
                return null;
            }

            var at = targetAt.Child("comparison");
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
                        Problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name),
                            $"Property \"{name}\" is not part of a comparison of kind \"{WireNames.ComparisonKinds.Name(kind)}\".");
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
                    Problems.Error(JsonDiagnosticCodes.Duplicate, at.Property("number"), $"{what} number {n} is already used at {first}.");
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
                Problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("weight"),
                    string.Create(CultureInfo.InvariantCulture, $"\"weight\" must be positive; found {weight}."));
                return null;
            }

            return weight ?? 1m;
        }

        private string? Text(WireString wire, At at, string name, bool required, bool allowBlank = false)
        {
            var text = reader.String(wire, at, name, required, allowBlank);
            if (text is not null && text.Length > reader.Options.MaxStringLength)
            {
                Problems.Error(JsonDiagnosticCodes.StringTooLong, at.Property(name), string.Create(CultureInfo.InvariantCulture,
                    $"\"{name}\" is {text.Length} characters long; the limit is {reader.Options.MaxStringLength}."));
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
                    Problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, $"Property \"{name}\" is required.");
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
    }
}

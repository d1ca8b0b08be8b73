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
/// Reads and writes plans (工作要点) as "zedu.plan/3" JSON documents (schema: <c>schemas/zedu.plan-3.schema.json</c>);
/// reads "zedu.plan/2" and "zedu.plan/1" documents too.
/// </summary>
/// <remarks>
/// <para>The document holds the plan's issuer, title, period (<c>{"start", "end"}</c>; left out when it is not known),
/// published date and preamble, then its sections — each with the commitments it states outside its items, if any,
/// and its items — and the items' commitments (with the documents they cite) and targets. A target's comparison is
/// polymorphic on <c>"kind"</c>: <c>atLeast</c> (<c>minimum</c>), <c>atMost</c> (<c>maximum</c>), <c>between</c>
/// (<c>minimum</c>, <c>maximum</c>), <c>exactly</c> (<c>value</c>), <c>milestone</c>, <c>coverage</c> (<c>share</c>);
/// a coverage target may add <c>"perMember"</c>, a comparison of the amount each member must reach.</para>
/// <para>Version 2 added, over version 1: the optional period, a section's <c>"commitments"</c> (with section-level
/// target ids such as <c>"S2.1"</c>), <c>"perMember"</c>, and measure words from <c>personTimes</c> to
/// <c>hours</c>. A version 1 document that uses any of them is refused. Version 3 added who owes what: a target's
/// <c>"allocation"</c> (任务分解) and a milestone's <c>"scope"</c>; an older document that uses them is refused.
/// Measure words and the aggregation, direction and frequency settings are camelCase names that never change with
/// the C# names (<c>persons</c>, <c>institutions</c>, <c>level</c>, <c>increment</c>, <c>ratio</c>, …); a target's
/// four settings are always written, weights only when not 1, and absent optional values are left out.</para>
/// <para>Writing is deterministic: properties in a fixed order, indented by two spaces, LF line ends, UTF-8 without
/// escaping Chinese text, and a final line feed — the canonical <c>seeds/zhuzhou-2017-work-plan.json</c> is pinned
/// byte for byte.</para>
/// <para>Loading never throws for bad input: it returns the plan, or every problem found with its JSON path, line
/// and column (see <see cref="JsonDiagnosticCodes"/>), and never a half-built plan. All members are thread-safe.</para>
/// </remarks>
public static partial class PlanJson
{
    /// <summary>The value of the "schema" property written: the document kind and its format version.</summary>
    public const string Schema = "zedu.plan/3";

    /// <summary>The second version, still read.</summary>
    internal const string Version2 = "zedu.plan/2";

    /// <summary>The first version of the format, still read.</summary>
    internal const string Version1 = "zedu.plan/1";

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

    /// <summary>What the document says where the plan does not say who issued it: "issuer" stays a required text, as files before it read.</summary>
    internal const string IssuerNotStated = "（未注明）";

    internal static PlanDocument ToWire(Plan plan) => new()
    {
        Schema = Schema,
        Issuer = plan.Issuer ?? IssuerNotStated,
        Title = plan.Title,
        Period = plan.Period is { } period ? new PeriodWire { Start = period.Start, End = period.End } : null,
        Published = WireDate.FromNullable(plan.Published),
        Preamble = plan.Preamble,
        Sections = [.. plan.Sections.Select(s => (SectionWire?)new SectionWire
        {
            Number = s.Number,
            Title = s.Title,
            Weight = Weight(s.Weight),
            Commitments = s.Commitments.IsEmpty ? null : [.. s.Commitments.Select(ToWire)],
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
        PerMember = target.PerMember is { } perMember ? ToWire(perMember) : null,
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
        if (reader.Schema(document.Schema, Schema, Version2, Version1) is not { } schema)
        {
            return Failed(problems, utf8);
        }

        var plan = new PlanDocumentReader(reader, schema == Version1 ? 1 : schema == Version2 ? 2 : 3).Read(document);
        return plan is not null && !problems.HasErrors
            ? ParseResult.Succeeded(plan, problems.ToDiagnostics(utf8))
            : Failed(problems, utf8);
    }

    private static ParseResult<Plan> Failed(Problems problems, ReadOnlySpan<byte> utf8)
        => ParseResult.Failed<Plan>(problems.ToDiagnostics(utf8));
}

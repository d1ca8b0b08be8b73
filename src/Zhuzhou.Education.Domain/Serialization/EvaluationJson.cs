using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization.Wire;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Writes evaluation results (完成率, 序时进度, status) as "zedu.evaluation/2" JSON documents
/// (schema: <c>schemas/zedu.evaluation-2.schema.json</c>; the <c>zedu.evaluation/1</c> schema stays published), for
/// services that publish or chart them.
/// </summary>
/// <remarks>
/// <para>The document: <c>{"schema": "zedu.evaluation/2", "plan": title, "asOf": "2017-06-30", "orgUnits": [...]}</c>;
/// each org unit holds the plan's completion, expected progress, status and status counts (with the count-based
/// achieved rate supervisors publish), then its sections, items and targets with the same figures. A target also
/// carries its completion rule, polymorphic on <c>"kind"</c> (<c>atLeast</c>, <c>atMost</c>, <c>between</c>,
/// <c>exactly</c>, <c>coverage</c>, <c>milestone</c>), the value, the achieved and required amounts, numerator and
/// denominator for shares, the due date, the tolerance and how many reports counted. Figures that do not exist
/// (the completion of an item without targets) are left out. Statuses are <c>notStarted</c>, <c>behind</c>,
/// <c>onTrack</c>, <c>achieved</c>, <c>exceeded</c>, <c>overdue</c> and <c>notAssigned</c> (未分解: the org unit owes
/// nothing of the target; its value is its contribution, and <c>contribution</c> its part of the whole's value); an
/// item, section or plan is only <c>achieved</c>, <c>behind</c> or <c>onTrack</c>, with its targets counted per
/// status (<c>notAssigned</c> among them). These are stable machine values, with the words people read
/// beside them in the document's language (<c>"language": "zh-CN"</c> or <c>"en"</c>) — <c>statusText</c> (正常推进),
/// an org unit's <c>name</c> (醴陵市), a target's <c>text</c> and <c>ruleText</c> (不少于100名).</para>
/// <para>Shares (completion, expected progress, the achieved rate, a share's value, a contribution) are written to 4 decimal places
/// (0.5003, that is 50.03%) and amounts to 4 as well: enough for any chart or table, and the status beside each figure
/// was decided on the exact numbers.</para>
/// <para>Writing is deterministic (fixed property order, two-space indent, LF, UTF-8 with Chinese unescaped). All
/// members are thread-safe.</para>
/// </remarks>
public static class EvaluationJson
{
    /// <summary>The value of the "schema" property: the document kind and its format version.</summary>
    public const string Schema = "zedu.evaluation/2";

    /// <summary>
    /// Writes the evaluations of one plan for one or more org units as indented UTF-8 JSON, each org unit as it is
    /// enumerated and then let go: the document is never held whole (a report by school has an org unit per school).
    /// </summary>
    /// <param name="asOf">The as-of date of the evaluations.</param>
    /// <param name="evaluations">The evaluations, in the order to write them; all of the same plan.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="language">The language of the display fields (<c>statusText</c>, <c>ruleText</c>).</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">There is no evaluation, they are of different plans (found when the first
    /// of another plan is reached, with those before it written), or the language is undefined.</exception>
    public static void Serialize(LocalDate asOf, IEnumerable<OrgUnitEvaluation> evaluations, Stream utf8Json, Language language)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(utf8Json);
        Figures.Check(language);
        using var each = evaluations.GetEnumerator();
        Preconditions.CheckArgument(each.MoveNext(), nameof(evaluations), "At least one evaluation is needed.");
        var first = Preconditions.CheckNotNull(each.Current, nameof(evaluations));
        var plan = first.RollUp.Plan;
        using (var writer = new Utf8JsonWriter(utf8Json, ZeduJson.WriterOptions))
        {
            // The document's own properties as the serializer writes EvaluationDocument, then its org units one by one.
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WritePropertyName("plan");
            JsonSerializer.Serialize(writer, (WireString)plan.Title, ZeduJson.Context.WireString);
            writer.WritePropertyName("asOf");
            JsonSerializer.Serialize(writer, (WireDate)asOf, ZeduJson.Context.WireDate);
            writer.WriteString("language", language == Language.Chinese ? "zh-CN" : "en");
            writer.WriteStartArray("orgUnits");
            for (var evaluation = first; evaluation is not null; evaluation = each.MoveNext() ? Preconditions.CheckNotNull(each.Current, nameof(evaluations)) : null)
            {
                Preconditions.CheckArgument(evaluation.RollUp.Plan.Equals(plan), nameof(evaluations), "Every evaluation must be of the same plan.");
                JsonSerializer.Serialize(writer, ToWire(evaluation, language), ZeduJson.Context.OrgUnitEvaluationWire);
                writer.Flush();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes the evaluations of one plan for one or more org units as an indented JSON string.</summary>
    /// <param name="asOf">The as-of date of the evaluations.</param>
    /// <param name="evaluations">The evaluations, in the order to write them; all of the same plan.</param>
    /// <param name="language">The language of the display fields (<c>statusText</c>, <c>ruleText</c>).</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">There is no evaluation, they are of different plans, or the language is undefined.</exception>
    public static string Serialize(LocalDate asOf, IEnumerable<OrgUnitEvaluation> evaluations, Language language)
    {
        using var stream = new MemoryStream();
        Serialize(asOf, evaluations, stream, language);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static OrgUnitEvaluationWire ToWire(OrgUnitEvaluation e, Language language)
        => Fill(new OrgUnitEvaluationWire
        {
            OrgUnit = e.OrgUnit.Value,
            Name = e.Name is { } name ? name : default(WireString),
            Sections = [.. e.RollUp.Sections.Select(s => Fill(new SectionEvaluationWire
            {
                Number = s.Section.Number,
                Title = s.Section.Title,
                Items = [.. s.Items.Select(i => Fill(new ItemEvaluationWire
                {
                    Number = i.Item.Number,
                    Title = i.Item.Title,
                    Targets = [.. i.Targets.Select(t => ToWire(t, language))],
                }, i.Completion, i.ExpectedProgress, i.Status, i.Counts, language))],
            }, s.Completion, s.ExpectedProgress, s.Status, s.Counts, language))],
        }, e.RollUp.Completion, e.RollUp.ExpectedProgress, e.RollUp.Status, e.RollUp.Counts, language);

    /// <summary>A figure as written: 4 decimal places, half away from zero (0.5003103493… → 0.5003).</summary>
    private static decimal Rounded(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static WireNumber Rounded(decimal? value) => WireNumber.FromNullable(value is { } v ? Rounded(v) : null);

    private static T Fill<T>(T wire, decimal? completion, decimal? expected, EvaluationStatus? status, StatusCounts counts, Language language)
        where T : RollUpWire
    {
        wire.Completion = Rounded(completion);
        wire.ExpectedProgress = Rounded(expected);
        wire.Status = status is { } s ? WireNames.Statuses.Name(s) : default(WireString);
        wire.StatusText = status is { } t ? Words.Status(t, language) : default(WireString);
        wire.Counts = new CountsWire
        {
            Total = counts.Total,
            NotStarted = counts.NotStarted,
            Behind = counts.Behind,
            OnTrack = counts.OnTrack,
            Achieved = counts.Achieved,
            Exceeded = counts.Exceeded,
            Overdue = counts.Overdue,
            NotAssigned = counts.NotAssigned,
            AchievedRate = Rounded(counts.AchievedRate),
        };
        return wire;
    }

    private static TargetEvaluationWire ToWire(TargetEvaluation evaluation, Language language) => new()
    {
        Id = evaluation.Target.Id.ToString(),
        Text = evaluation.Target.Text ?? evaluation.Target.Subject,
        Rule = ToWire(evaluation.Rule),
        RuleText = Words.Rule(evaluation.Rule, evaluation.Target.Unit, language),
        Value = Rounded(evaluation.Value),
        Numerator = WireNumber.FromNullable(evaluation.Achievement.Numerator),
        Denominator = WireNumber.FromNullable(evaluation.Achievement.Denominator),
        Achieved = Rounded(evaluation.Achieved),
        Required = Rounded(evaluation.Required),
        Completion = Rounded(evaluation.Completion),
        ExpectedProgress = Rounded(evaluation.ExpectedProgress),
        DueDate = evaluation.DueDate,
        Tolerance = evaluation.Tolerance,
        Status = WireNames.Statuses.Name(evaluation.Status),
        StatusText = Words.Status(evaluation.Status, language),
        ReportCount = evaluation.Achievement.ReportCount,
        Contribution = Rounded(evaluation.Contribution),
    };

    internal static RuleWire ToWire(MeasureRule rule)
    {
        var wire = new RuleWire();
        switch (rule)
        {
            case AtLeastRule r:
                wire.Kind = "atLeast";
                wire.Minimum = r.Minimum;
                break;
            case BetweenRule r:
                wire.Kind = "between";
                wire.Minimum = r.Minimum;
                wire.Maximum = r.Maximum;
                break;
            case ExactlyRule r:
                wire.Kind = "exactly";
                wire.Value = r.Value;
                break;
            case CoverageRule r:
                wire.Kind = "coverage";
                wire.Share = r.Share;
                break;
            case AtMostRule r:
                wire.Kind = "atMost";
                wire.Maximum = r.Maximum;
                wire.Baseline = WireNumber.FromNullable(r.Baseline);
                break;
            case MilestoneRule r:
                wire.Kind = "milestone";
                wire.Stages = r.Stages.IsEmpty ? null : [.. r.Stages.Select(s => new StageWire { Name = s.Name, Completion = s.Completion })];
                break;
            default:
                throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule));
        }

        if (rule is AmountRule amount)
        {
            wire.Baseline = WireNumber.FromNullable(amount.Baseline);
            wire.Direction = WireNames.Directions.Name(amount.Direction);
        }

        return wire;
    }
}

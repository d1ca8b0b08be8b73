using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// CsCheck generators of valid plans (工作要点) and their parts, for property tests: every plan they make is one the
/// model accepts, with text that is hard to write as JSON (Chinese, quotes, backslashes, control characters, a
/// surrogate pair) and amounts and dates at their edges.
/// </summary>
/// <remarks>
/// <para>CsCheck shrinks a failing plan towards fewer sections, items and targets and smaller numbers.</para>
/// <example>
/// <code>
/// PlanGen.Plan.Sample(plan => PlanJson.Parse(PlanJson.Serialize(plan)).Value.Equals(plan));
/// </code>
/// </example>
/// <para>Thread-safe: the generators are immutable.</para>
/// </remarks>
public static class PlanGen
{
    // Chinese, quotes, backslashes, control characters, HTML characters, a surrogate pair.
    private const string Alphabet = "株洲市教育局学位校名所个项《》(),、。“”\"\\/\n\t\u0001\u007f<>&'+ abcZ09😀";

    private static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    /// <summary>Non-blank text of 1 to 12 characters, without lone surrogates, from an alphabet hard to escape.</summary>
    public static Gen<string> Text { get; } =
        Gen.String[Gen.Char[Alphabet], 1, 12].Where(s => !string.IsNullOrWhiteSpace(s) && !HasLoneSurrogate(s));

    /// <summary>Amounts (数量) from 0 up to <see cref="decimal.MaxValue"/>: whole numbers, thousandths and both extremes.</summary>
    public static Gen<decimal> Amount { get; } = Gen.OneOf(
        Gen.Int[0, 100_000].Select(i => (decimal)i),
        Gen.Int[0, 1_000_000].Select(i => i / 1000m),
        Gen.Const(decimal.MaxValue),
        Gen.Const(0.0000000001m));

    /// <summary>Shares from 0.01 to 1 in hundredths, as a coverage target (覆盖率) requires them.</summary>
    public static Gen<decimal> Share { get; } = Gen.Int[1, 100].Select(i => i / 100m);

    /// <summary>ISO dates around 2016-2019, on 29 February and at both ends of the calendar (0001-01-01, 9999-12-31).</summary>
    public static Gen<LocalDate> Date { get; } = Gen.OneOf(
        Gen.Int[0, 1500].Select(d => new LocalDate(2016, 1, 1).PlusDays(d)),
        Gen.Int[1, 9999].Select(y => new LocalDate(y, 2, CalendarSystem.Iso.GetDaysInMonth(y, 2))),
        Gen.Const(new LocalDate(1, 1, 1)),
        Gen.Const(new LocalDate(9999, 12, 31)));

    /// <summary>Weights in the roll-up: 1 (the default) or 0.01 to 5.</summary>
    public static Gen<decimal> Weight { get; } = Gen.OneOf(Gen.Const(1m), Gen.Int[1, 500].Select(i => i / 100m));

    /// <summary>Comparisons of every kind: at least, at most, between, exactly, milestone, coverage.</summary>
    public static Gen<Comparison> Comparison { get; } = Gen.OneOf(
        Amount.Select(Quantities.Comparison.AtLeast),
        Amount.Select(Quantities.Comparison.AtMost),
        Gen.Select(Amount, Amount, (a, b) => Quantities.Comparison.Between(Math.Min(a, b), Math.Max(a, b))),
        Amount.Select(Quantities.Comparison.Exactly),
        Gen.Const(Quantities.Comparison.Milestone()),
        Share.Select(Quantities.Comparison.Coverage));

    /// <summary>
    /// Targets (指标) with every optional part varied — text, aggregations, direction, frequency, baseline, deadline,
    /// weight, a schedule of checkpoints, a staged milestone's stages, a coverage target's per-member amount — given
    /// the id to carry.
    /// </summary>
    public static Gen<Func<TargetId, Target>> Target { get; } =
        from comparison in Comparison
        from subject in Text
        from unit in Gen.Enum<MeasureWord>()
        from text in Text.Null()
        from settings in Gen.Select(Gen.Enum<TimeAggregation>(), Gen.Enum<OrgUnitAggregation>(), Gen.Enum<Direction>(), Gen.Enum<ReportingFrequency>())
        from baseline in Amount.Nullable()
        from deadline in Date.Nullable()
        from weight in Weight
        from schedule in Schedules()
        from stages in comparison.Kind == ComparisonKind.Milestone ? Stages() : Gen.Const(ImmutableArray<MilestoneStage>.Empty)
        from perMember in comparison.Kind == ComparisonKind.Coverage ? PerMember() : Gen.Const((Comparison?)null)
        select (Func<TargetId, Target>)(id => new Target(id, subject, comparison, unit)
        {
            Text = text,
            PerMember = perMember,
            TimeAggregation = settings.Item1,
            OrgUnitAggregation = settings.Item2,
            Direction = settings.Item3,
            ReportingFrequency = settings.Item4,
            Baseline = baseline,
            Deadline = deadline,
            Weight = weight,
            Schedule = schedule,
            Stages = stages,
        });

    /// <summary>
    /// Valid plans of up to 4 sections of up to 3 items of up to 3 commitments of up to 3 targets, with any period
    /// (a day to about two years, anywhere in the calendar) or, one time in five, none (plan text that names no year),
    /// section numbers starting at 1 to 3, commitments a section states outside its items (targets S2.1, …),
    /// documents in 《》, and targets of every kind. Deadlines may fall outside the period: the model allows it and
    /// <see cref="Validation.PlanCheck"/> reports it.
    /// </summary>
    public static Gen<Plan> Plan { get; } =
        from issuer in Text
        from title in Text
        from start in Date
        from days in Gen.Int[0, 800]
        from published in Date.Nullable()
        from preamble in Gen.OneOf(Gen.Const(string.Empty), Text)
        from sections in Gen.Select(Text, Weight, ItemShapes().Array[0, 3], CommitmentShapes().Array[0, 2]).Array[0, 4]
        from firstSection in Gen.Int[1, 3]
        from withPeriod in Gen.Int[0, 4]
        select BuildPlan(issuer, title, start, withPeriod == 0 ? null : days, published, preamble, sections, firstSection);

    /// <summary>
    /// Plans for the calendar year 2017 whose every target is measurable and due inside the period, shaped as a bureau
    /// writes them (counts in 名/所/个, ranges, milestones, coverage), so that <see cref="Validation.PlanCheck"/> finds
    /// no error in them: 1 to 6 items of one target each, in sections of 1 to 3 items.
    /// </summary>
    public static Gen<Plan> PlanFor2017 { get; } =
        from targets in ScheduledTarget().Array[1, 6]
        from itemsPerSection in Gen.Int[1, 3]
        select PlanOf(targets, itemsPerSection);

    private static Gen<Func<TargetId, Target>> ScheduledTarget() =>
        from kind in Gen.Int[0, 4]
        from amount in Gen.Int[1, 500]
        from span in Gen.Int[0, 20]
        from time in Gen.Enum<TimeAggregation>()
        from deadline in Gen.Int[31, 364].Nullable()
        select (Func<TargetId, Target>)(id => (kind switch
        {
            0 => new Target(id, "心理咨询师", Quantities.Comparison.AtLeast(amount), MeasureWord.Persons) { TimeAggregation = TimeAggregation.Increment },
            1 => new Target(id, "学位", Quantities.Comparison.AtLeast(amount * 100m), MeasureWord.Units) { TimeAggregation = time },
            2 => new Target(id, "试点校", Quantities.Comparison.Between(amount % 10 + 1, amount % 10 + 1 + span), MeasureWord.Institutions) { TimeAggregation = TimeAggregation.Maximum },
            3 => new Target(id, "学生", Quantities.Comparison.Coverage((amount % 100 + 1) / 100m), MeasureWord.Persons),
            _ => new Target(id, "特殊教育学校秋季入学", Quantities.Comparison.Milestone(), MeasureWord.None),
        }) with { Deadline = deadline is { } d ? Year2017.Start.PlusDays(d) : null });

    private static Plan PlanOf(Func<TargetId, Target>[] targets, int itemsPerSection)
    {
        var items = targets.Select((t, i) => new Item(i + 1, "要点" + (i + 1), [new Commitment("举措" + (i + 1), [t(TargetId.Create(i + 1, 1))])])).ToList();
        var sections = items.Chunk(itemsPerSection).Select((chunk, s) => new Section(s + 1, "部分" + (s + 1), [.. chunk])).ToList();
        return new Plan("株洲市教育局", "株洲市教育局2017年工作要点", Year2017, null, string.Empty, sections);
    }

    private static Gen<ImmutableArray<Checkpoint>> Schedules() =>
        Gen.Select(Gen.Int[1, 60].Array[0, 4], Gen.Int[0, 100].Array[0, 4], (gaps, expectations) =>
        {
            var n = Math.Min(gaps.Length, expectations.Length);
            var day = new LocalDate(2017, 1, 1);
            var sorted = expectations.Take(n).Order().ToArray();
            return Enumerable.Range(0, n).Select(i => new Checkpoint(day = day.PlusDays(gaps[i]), sorted[i] / 100m)).ToImmutableArray();
        });

    private static Gen<ImmutableArray<MilestoneStage>> Stages() =>
        Gen.Int[0, 99].Array[0, 3].Select(points =>
        {
            var completions = points.Distinct().Order().Select(p => p / 100m).Append(1m).ToArray();
            return completions.Length == 1 && points.Length == 0
                ? []
                : completions.Select((c, i) => new MilestoneStage("阶段" + i, c)).ToImmutableArray();
        });

    private static Gen<DocumentReference> Documents() =>
        Gen.Select(Text, Gen.Int[1990, 2030].Nullable(), Gen.Int[0, 10], (title, from, span) => new DocumentReference(title, from, from + span));

    private static Gen<Comparison?> PerMember() =>
        Comparison.Where(c => c.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage)).Null();

    // A commitment: a sentence with the targets it states (given their ids) and the documents it names.
    private static Gen<(string Text, Func<TargetId, Target>[] Targets, DocumentReference[] Documents)> CommitmentShapes() =>
        Gen.Select(Text, Target.Array[0, 3], Documents().Array[0, 2]);

    // An item: its title, weight and commitments.
    private static Gen<(string Title, decimal Weight, (string Text, Func<TargetId, Target>[] Targets, DocumentReference[] Documents)[] Commitments)> ItemShapes() =>
        Gen.Select(Text, Weight, CommitmentShapes().Array[0, 3]);

    private static Plan BuildPlan(
        string issuer, string title, LocalDate start, int? days, LocalDate? published, string preamble,
        (string Title, decimal Weight, (string Title, decimal Weight, (string Text, Func<TargetId, Target>[] Targets, DocumentReference[] Documents)[] Commitments)[] Items,
            (string Text, Func<TargetId, Target>[] Targets, DocumentReference[] Documents)[] Own)[] sections,
        int firstSection)
    {
        var itemNumber = 0;
        var period = days is { } d ? new DateInterval(start, start.Year == 9999 ? start : LocalDate.Min(start.PlusDays(d), new LocalDate(9999, 12, 31))) : null;
        return new Plan(issuer, title, period, published, preamble, sections.Select((s, si) =>
        {
            var sectionNumber = firstSection + si;
            var goal = 0;
            return new Section(sectionNumber, s.Title, s.Items.Select(item =>
            {
                var number = ++itemNumber;
                var ordinal = 0;
                return new Item(number, item.Title, item.Commitments.Select(c =>
                    new Commitment(c.Text, c.Targets.Select(t => t(TargetId.Create(number, ++ordinal))).ToArray(), c.Documents)).ToArray())
                { Weight = item.Weight };
            }).ToArray())
            {
                Weight = s.Weight,
                Commitments = [.. s.Own.Select(c => new Commitment(c.Text, c.Targets.Select(t => t(TargetId.ForSection(sectionNumber, ++goal))).ToArray(), c.Documents))],
            };
        }).ToArray());
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}

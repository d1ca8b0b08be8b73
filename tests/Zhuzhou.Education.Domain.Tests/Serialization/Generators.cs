using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>CsCheck generators of valid plans and report batches, with text that is hard to write as JSON.</summary>
public static class Generators
{
    // Chinese, quotes, backslashes, control characters, HTML characters, a surrogate pair.
    private const string Alphabet = "株洲市教育局学位校名所个项《》(),、。“”\"\\/\n\t\u0001\u007f<>&'+ abcZ09😀";

    public static readonly Gen<string> Text =
        Gen.String[Gen.Char[Alphabet], 1, 12].Where(s => !string.IsNullOrWhiteSpace(s) && !HasLoneSurrogate(s));

    public static readonly Gen<decimal> Amount = Gen.OneOf(
        Gen.Int[0, 100_000].Select(i => (decimal)i),
        Gen.Int[0, 1_000_000].Select(i => i / 1000m),
        Gen.Const(79228162514264337593543950335m),
        Gen.Const(0.0000000001m));

    public static readonly Gen<decimal> Share = Gen.Int[1, 100].Select(i => i / 100m);

    public static readonly Gen<LocalDate> Date = Gen.OneOf(
        Gen.Int[0, 1500].Select(d => new LocalDate(2016, 1, 1).PlusDays(d)),
        Gen.Int[1, 9999].Select(y => new LocalDate(y, 2, CalendarSystem.Iso.GetDaysInMonth(y, 2))),
        Gen.Const(new LocalDate(1, 1, 1)),
        Gen.Const(new LocalDate(9999, 12, 31)));

    public static readonly Gen<decimal> Weight = Gen.OneOf(Gen.Const(1m), Gen.Int[1, 500].Select(i => i / 100m));

    public static readonly Gen<Comparison> Comparisons = Gen.OneOf(
        Amount.Select(Comparison.AtLeast),
        Amount.Select(Comparison.AtMost),
        Gen.Select(Amount, Amount, (a, b) => Comparison.Between(Math.Min(a, b), Math.Max(a, b))),
        Amount.Select(Comparison.Exactly),
        Gen.Const(Comparison.Milestone()),
        Share.Select(Comparison.Coverage));

    private static readonly Gen<ImmutableArray<Checkpoint>> Schedules =
        Gen.Select(Gen.Int[1, 60].Array[0, 4], Gen.Int[0, 100].Array[0, 4], (gaps, expectations) =>
        {
            var n = Math.Min(gaps.Length, expectations.Length);
            var day = new LocalDate(2017, 1, 1);
            var sorted = expectations.Take(n).Order().ToArray();
            return Enumerable.Range(0, n).Select(i => new Checkpoint(day = day.PlusDays(gaps[i]), sorted[i] / 100m)).ToImmutableArray();
        });

    private static readonly Gen<ImmutableArray<MilestoneStage>> Stages =
        Gen.Int[0, 99].Array[0, 3].Select(points =>
        {
            var completions = points.Distinct().Order().Select(p => p / 100m).Append(1m).ToArray();
            return completions.Length == 1 && points.Length == 0
                ? []
                : completions.Select((c, i) => new MilestoneStage("阶段" + i, c)).ToImmutableArray();
        });

    private static readonly Gen<Func<TargetId, Target>> TargetShapes =
        from comparison in Comparisons
        from subject in Text
        from unit in Gen.Enum<MeasureWord>()
        from text in Text.Null()
        from settings in Gen.Select(Gen.Enum<TimeAggregation>(), Gen.Enum<OrgUnitAggregation>(), Gen.Enum<Direction>(), Gen.Enum<ReportingFrequency>())
        from baseline in Amount.Nullable()
        from deadline in Date.Nullable()
        from weight in Weight
        from schedule in Schedules
        from stages in comparison.Kind == ComparisonKind.Milestone ? Stages : Gen.Const(ImmutableArray<MilestoneStage>.Empty)
        from perMember in comparison.Kind == ComparisonKind.Coverage ? Comparisons.Where(c => c.Kind is not (ComparisonKind.Milestone or ComparisonKind.Coverage)).Null() : Gen.Const((Comparison?)null)
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

    private static readonly Gen<DocumentReference> Documents =
        Gen.Select(Text, Gen.Int[1990, 2030].Nullable(), Gen.Int[0, 10], (title, from, span) => new DocumentReference(title, from, from + span));

    // A commitment given its item number and the number of targets before it in the item.
    private static readonly Gen<(string Text, Func<TargetId, Target>[] Targets, DocumentReference[] Documents)> CommitmentShapes =
        Gen.Select(Text, TargetShapes.Array[0, 3], Documents.Array[0, 2]);

    private static readonly Gen<(string Title, decimal Weight, (string, Func<TargetId, Target>[], DocumentReference[])[] Commitments)> ItemShapes =
        Gen.Select(Text, Weight, CommitmentShapes.Array[0, 3]);

    public static readonly Gen<Plan> Plans =
        from issuer in Text
        from title in Text
        from start in Date
        from days in Gen.Int[0, 800]
        from published in Date.Nullable()
        from preamble in Gen.OneOf(Gen.Const(string.Empty), Text)
        from sections in Gen.Select(Text, Weight, ItemShapes.Array[0, 3], CommitmentShapes.Array[0, 2]).Array[0, 4]
        from firstSection in Gen.Int[1, 3]
        from withPeriod in Gen.Int[0, 4]
        select BuildPlan(issuer, title, start, withPeriod == 0 ? null : days, published, preamble, sections, firstSection);

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

    /// <summary>The org units the batches report from: the 2017 tree and two schools with letter-and-hyphen codes.</summary>
    public static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017
        .WithSchool(OrgUnitCode.Parse("430281"), OrgUnitCode.Parse("430281-LL01"), "醴陵市第一中学")
        .WithSchool(OrgUnitCode.Parse("430202"), OrgUnitCode.Parse("hetang-x"), "荷塘区实验小学");

    /// <summary>
    /// Batches of admissible reports on the targets of <paramref name="plan"/>: at most one per target, org unit and
    /// date, dated within the plan period, a milestone's value its stage's completion or at most 1.
    /// </summary>
    public static Gen<ProgressBatch> Batches(Plan plan)
    {
        // A plan without a period (its text named no year) admits reports of any date.
        var period = plan.Period ?? new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));
        var report =
            from target in Pick(plan.Targets)
            from unit in Pick(Tree.Units)
            from day in Gen.Int[0, period.Length - 1]
            from amount in Amount
            from share in Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 1000])
            from stage in Pick<string?>([null, .. target.Stages.Select(s => s.Name)])
            from reporter in Text.Null()
            from note in Text.Null()
            from received in Date.Nullable()
            from evidence in Gen.Select(Text, Gen.Int[0, 99999]).Array[0, 2]
            let date = period.Start.PlusDays(day)
            let value = target.Comparison.Kind != ComparisonKind.Milestone ? amount
                : stage is null ? share.Item1 / 1000m : target.FindStage(stage)!.Completion
            select new ProgressReport(target.Id, unit.Code, date, value)
            {
                Numerator = target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? share.Item1 : null,
                Denominator = target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? share.Item2 : null,
                Stage = stage,
                Reporter = reporter,
                Note = note,
                Received = received,
                Evidence = [.. evidence.Select(e => new EvidenceLink(e.Item1, new Uri($"https://example.org/证据/{e.Item2}?a=1&b=\"x\"")))],
            };
        return report.Array[0, 30].Select(reports => new ProgressBatch(reports.DistinctBy(r => (r.Target, r.OrgUnit, r.Date))));
    }

    private static Gen<T> Pick<T>(IReadOnlyList<T> values) => Gen.Int[0, values.Count - 1].Select(i => values[i]);

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

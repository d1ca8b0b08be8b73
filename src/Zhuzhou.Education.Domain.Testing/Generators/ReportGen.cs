using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Progress reports (进度报送) for property tests: batches a reader must take whole, and streams of levels,
/// increments, shares and milestones whose figures a test can compute to the last digit.
/// </summary>
/// <remarks>
/// <para>Every report generated is admissible (<see cref="ReportAdmission"/>): on a target of the plan, from a unit of
/// the tree, dated inside the plan period, at most one per target, org unit and date, a share with its numerator and
/// denominator, a milestone's value its stage's completion or at most 1.</para>
/// <para>Thread-safe: the generators are immutable.</para>
/// </remarks>
public static class ReportGen
{
    // A report's amount: up to the most a count admits (MeasureWords.MaximumAmount), with or without a fraction;
    // a count of whole things is truncated where it is used.
    private static readonly Gen<decimal> ReportAmount = Gen.OneOf(
        Gen.Int[0, 100_000].Select(i => (decimal)i),
        Gen.Int[0, 1_000_000].Select(i => i / 1000m),
        Gen.Const(MeasureWords.MaximumAmount(MeasureWord.Persons)),
        Gen.Const(0.0000000001m));

    // lcm(1..12): with at most 12 reports per unit and target, every mean of multiples of it is a whole number.
    private const int Lcm = 27720;

    /// <summary>
    /// Batches of up to 30 admissible reports on the targets of <paramref name="plan"/>, with every optional field
    /// (reporter, note, received date, evidence links) and text that is hard to write as JSON or CSV.
    /// </summary>
    /// <param name="plan">The plan whose targets are reported; it must have at least one target.</param>
    /// <param name="orgUnits">The units that report; <see cref="OrgUnitGen.ZhuzhouWithSchools"/> when null.</param>
    /// <param name="revisions">Whether some reports come with a revision (修订) of themselves in the same batch: revision
    /// 1, submitted 0 to 3 days after the date it holds for, which supersedes the report it revises.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has no target.</exception>
    public static Gen<ProgressBatch> Batch(Plan plan, OrgUnitTree? orgUnits = null, bool revisions = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Targets.IsEmpty)
        {
            throw new ArgumentException("The plan has no target to report on.", nameof(plan));
        }

        var tree = orgUnits ?? OrgUnitGen.ZhuzhouWithSchools;

        // A plan without a period (its text named no year) admits reports of any date.
        var period = plan.Period ?? new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));
        var report =
            from target in Pick(plan.Targets)
            from unit in Pick(tree.Units)
            from day in Gen.Int[0, period.Length - 1]
            from amount in ReportAmount
            from share in Gen.Int[1, 1000].SelectMany(whole => Gen.Int[0, whole].Select(part => (part, whole)))
            from stage in Pick<string?>([null, .. target.Stages.Select(s => s.Name)])
            from reporter in PlanGen.Text.Null()
            from note in PlanGen.Text.Null()
            from received in PlanGen.Date.Nullable()
            from evidence in Gen.Select(PlanGen.Text, Gen.Int[0, 99999]).Array[0, 2]
            let date = period.Start.PlusDays(day)
            let value = target.Comparison.Kind != ComparisonKind.Milestone ? (MeasureWords.IsWhole(target.Unit) ? decimal.Truncate(amount) : amount)
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
        var distinct = report.Array[0, 30].Select(reports => reports.DistinctBy(r => (r.Target, r.OrgUnit, r.Date)).ToArray());
        return revisions
            ? distinct.SelectMany(reports => Gen.Int[-1, 3].Array[reports.Length].Select(days => new ProgressBatch(
                reports.Concat(reports.Select((r, i) => (Report: r, Days: days[i])).Where(p => p.Days >= 0).Select(p => Revised(p.Report, p.Days))))))
            : distinct.Select(reports => new ProgressBatch(reports));
    }

    // A revision of a report (修订): the same key, revision 1, submitted some days after the date it holds for.
    private static ProgressReport Revised(ProgressReport report, int days)
        => report with { Revision = 1, Submitted = report.Date.PlusDays(days).At(new LocalTime(9, 30)) };

    /// <summary>
    /// Streams of up to 50 admissible reports over the plan period whose every sum and mean is exact, even in a
    /// double: whole numbers for counts (levels, increments, maxima, minima), multiples of 27720 for averages, whole
    /// numerators and denominators for shares, quarters or stage completions for milestones; at most 12 reports per
    /// target and org unit. Use them to compare figures computed two ways (the evaluator and the engine, a service and
    /// the library) for equality, not closeness.
    /// </summary>
    /// <param name="plan">The plan whose targets are reported; it must have a period and at least one target.</param>
    /// <param name="orgUnits">The units that report.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has no period or no target.</exception>
    public static Gen<ProgressReport[]> Stream(Plan plan, OrgUnitTree orgUnits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        if (plan.Targets.IsEmpty || plan.Period is not { } period)
        {
            throw new ArgumentException("The plan has no period or no target to report on.", nameof(plan));
        }

        var units = orgUnits.Units;
        return Gen.Select(Gen.Int[0, plan.Targets.Length - 1], Gen.Int[0, units.Length - 1], Gen.Int[0, period.Length - 1], Gen.Int[0, 40], Gen.Int[1, 40])
            .Array[0, 50]
            .Select(rows => rows
                .DistinctBy(r => (r.Item1, r.Item2, r.Item3))
                .GroupBy(r => (r.Item1, r.Item2)).SelectMany(g => g.Take(12))
                .Select(r => Exact(plan.Targets[r.Item1], units[r.Item2].Code, period.Start.PlusDays(r.Item3), r.Item4, r.Item5))
                .ToArray());
    }

    private static ProgressReport Exact(Target target, OrgUnitCode unit, LocalDate date, int a, int b)
    {
        var unitOfMean = target.TimeAggregation == TimeAggregation.Average ? Lcm : 1;
        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            var stage = target.Stages.IsEmpty ? null : target.Stages[a % target.Stages.Length];
            return new ProgressReport(target.Id, unit, date, stage?.Completion ?? (a % 5) / 4m) { Stage = stage?.Name };
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            var (n, d) = (Math.Min(a, b) * unitOfMean, b * unitOfMean);
            return new ProgressReport(target.Id, unit, date, (decimal)n / d) { Numerator = n, Denominator = d };
        }

        return new ProgressReport(target.Id, unit, date, a * unitOfMean);
    }

    private static Gen<T> Pick<T>(IReadOnlyList<T> values) => Gen.Int[0, values.Count - 1].Select(i => values[i]);
}

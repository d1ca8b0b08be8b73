using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Cli.Model;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>
/// Builds the report from the library: what each org unit achieved, its share of each target and the completion
/// from the aggregation engine (<see cref="ReportStore"/>, ingested once); expected progress (序时进度), status and
/// roll-ups from the rules (<see cref="Evaluator"/>, <see cref="RollUp"/>); explanations from
/// <see cref="Explanation"/>.
/// </summary>
internal sealed class ReportEngine
{
    private readonly Plan plan;
    private readonly OrgUnitTree tree;
    private readonly IReadOnlyCollection<ProgressReport> reports;
    private readonly ReportStore store;
    private readonly HashSet<TargetId> reportedBelow = [];
    private readonly Dictionary<LocalDate, AsOfResult> results = [];

    public ReportEngine(Plan plan, OrgUnitTree tree, IReadOnlyCollection<ProgressReport> reports)
    {
        this.plan = plan;
        this.tree = tree;
        this.reports = reports;
        store = ReportStore.Open(plan, tree);
        try
        {
            store.Append(reports);
        }
        catch (ArgumentException e)
        {
            throw new CliException("the reports could not be aggregated: " + e.Message, e);
        }

        foreach (var report in reports)
        {
            if (report.OrgUnit != tree.Root.Code)
            {
                reportedBelow.Add(report.Target);
            }
        }
    }

    public ReportView Build(LocalDate asOf, OrgUnitLevel by)
    {
        var units = tree.UnitsAt(by).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToImmutableArray();
        var rollUp = Evaluate(asOf);
        var sections = ImmutableArray.CreateBuilder<SectionView>();
        foreach (var section in rollUp.Sections)
        {
            var items = section.Items.Where(i => i.IsMeasurable)
                .Select(i => new ItemView(i.Item.Number, i.Item.Title, Figure(i.Completion, i.ExpectedProgress, i.Status), [.. i.Targets.Select(t => TargetView(t, asOf, units))]))
                .ToImmutableArray();
            var figure = section.Completion is null ? null : Figure(section.Completion, section.ExpectedProgress, section.Status);
            sections.Add(new SectionView(section.Section.Number, section.Section.Numeral, section.Section.Title, figure, items));
        }

        return new ReportView(
            plan.Title,
            plan.Period,
            asOf,
            Figure(rollUp.Completion, rollUp.ExpectedProgress, rollUp.Status),
            rollUp.Counts.Complete,
            rollUp.Counts.Total,
            sections.ToImmutable(),
            units,
            Series(asOf),
            Reporting(asOf));
    }

    /// <summary>The evaluation of a target for the city or one org unit, with the reports that went into it.</summary>
    public TargetEvaluation Explain(Target target, OrgUnit? unit, LocalDate asOf)
    {
        var scope = unit ?? tree.Root;
        var under = reports.Where(r => r.Target == target.Id && Covers(scope, r.OrgUnit)).ToList();
        var scoped = unit is null ? target : ShareOf(target, unit, At(asOf));
        try
        {
            return Evaluator.Evaluate(scoped, under, asOf, plan.Period, EvaluationSettings.Default);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"target {target.Id} cannot be evaluated: {e.Message}", e);
        }
    }

    private AsOfResult At(LocalDate asOf)
    {
        if (!results.TryGetValue(asOf, out var result))
        {
            results[asOf] = result = store.AsOf(asOf);
        }

        return result;
    }

    /// <summary>Evaluates every target city-wide from the engine's figures and rolls them up.</summary>
    private PlanRollUp Evaluate(LocalDate asOf)
    {
        var result = At(asOf);
        var evaluations = plan.Targets.Select(t => Evaluator.Evaluate(t, AchievementOf(t, null, result), asOf, plan.Period, EvaluationSettings.Default));
        return RollUp.Of(plan, evaluations, EvaluationSettings.Default);
    }

    private TargetView TargetView(TargetEvaluation evaluation, LocalDate asOf, ImmutableArray<OrgUnit> units)
    {
        var target = evaluation.Target;
        var result = At(asOf);
        var byUnit = ImmutableArray.CreateBuilder<UnitResult>();

        // A target reported only by the city itself (a city milestone) has no per-unit figures.
        foreach (var unit in reportedBelow.Contains(target.Id) ? units : [])
        {
            var share = ShareOf(target, unit, result);
            var achievement = AchievementOf(target, unit.Code, result);
            var unitEvaluation = Evaluator.Evaluate(share, achievement, asOf, plan.Period, EvaluationSettings.Default);
            byUnit.Add(new UnitResult(
                unit,
                achievement.HasReports ? unitEvaluation.Achieved : null,
                share.Comparison.Required,
                new Figure(unitEvaluation.Completion, unitEvaluation.ExpectedProgress, unitEvaluation.Status)));
        }

        return new TargetView(
            target.Id.ToString(),
            target.Text ?? target.Subject,
            MeasureWords.ToChinese(target.Unit),
            target.OrgUnitAggregation == OrgUnitAggregation.Ratio,
            evaluation.Achieved,
            evaluation.Required,
            new Figure(evaluation.Completion, evaluation.ExpectedProgress, evaluation.Status),
            byUnit.ToImmutable());
    }

    /// <summary>What an org unit (or the city) achieved on a target, from the engine.</summary>
    private static Achievement AchievementOf(Target target, OrgUnitCode? unit, AsOfResult result)
    {
        var count = result.ReportCount(target.Id, unit);
        if (count == 0)
        {
            return Achievement.None;
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            var (numerator, denominator) = result.Fraction(target.Id, unit);
            return denominator > 0 ? Achievement.FromRatio(numerator, denominator, count) : Achievement.None;
        }

        return Achievement.FromAmount(result.Value(target.Id, unit), count);
    }

    /// <summary>
    /// The target as it applies to one org unit: the engine's allocation (指标分解) of the required amount, the rest
    /// of the target unchanged, so that the rules judge the unit against its own share.
    /// </summary>
    private static Target ShareOf(Target target, OrgUnit unit, AsOfResult result)
    {
        var required = (decimal)result.Required(target.Id, unit.Code);
        var whole = target.Comparison.Required;
        if (whole == 0 || required == whole || target.Comparison.Kind is ComparisonKind.Milestone or ComparisonKind.Coverage or ComparisonKind.AtMost)
        {
            return target;
        }

        var factor = required / whole;
        var comparison = target.Comparison.Kind switch
        {
            ComparisonKind.Between => Comparison.Between(target.Comparison.Minimum!.Value * factor, target.Comparison.Maximum!.Value * factor),
            ComparisonKind.Exactly => Comparison.Exactly(target.Comparison.Minimum!.Value * factor),
            _ => Comparison.AtLeast(target.Comparison.Minimum!.Value * factor),
        };
        return new Target(target.Id, target.Subject, comparison, target.Unit)
        {
            Text = target.Text,
            TimeAggregation = target.TimeAggregation,
            OrgUnitAggregation = target.OrgUnitAggregation,
            Direction = target.Direction,
            ReportingFrequency = target.ReportingFrequency,
            Baseline = target.Baseline is { } b ? b * factor : null,
            Deadline = target.Deadline,
            Weight = target.Weight,
            Schedule = target.Schedule,
            Stages = target.Stages,
        };
    }

    private bool Covers(OrgUnit scope, OrgUnitCode code)
        => scope.Code == code || tree.AncestorsAndSelf(code).Any(u => u.Code == scope.Code);

    private static Figure Figure(decimal? completion, decimal? expected, EvaluationStatus? status)
        => new(completion ?? 0m, expected ?? 0m, status ?? EvaluationStatus.NotStarted);

    /// <summary>The plan's completion and expected progress at each month end up to the as-of date, and on it.</summary>
    private ImmutableArray<SeriesPoint> Series(LocalDate asOf)
    {
        var dates = new List<LocalDate>();
        for (var month = plan.Period.Start.With(DateAdjusters.EndOfMonth); month < asOf && month <= plan.Period.End; month = month.PlusMonths(1).With(DateAdjusters.EndOfMonth))
        {
            dates.Add(month);
        }

        dates.Add(asOf);
        return [.. dates.Select(d =>
        {
            var rollUp = Evaluate(d);
            return new SeriesPoint(d, rollUp.Completion ?? 0m, rollUp.ExpectedProgress ?? 0m);
        })];
    }

    /// <summary>
    /// STAND-IN until the engine's reporting completeness lands: of the monthly reports due from each county on each
    /// target up to the as-of date, how many months have one (from the county or its schools).
    /// </summary>
    private ReportingView Reporting(LocalDate asOf)
    {
        var counties = tree.UnitsAt(OrgUnitLevel.County).Select(u => u.Code).ToHashSet();
        var months = Math.Clamp(Period.Between(plan.Period.Start, asOf, PeriodUnits.Months).Months + 1, 0, 12);
        var expected = plan.Targets.Length * counties.Count * months;
        var countyOf = tree.Units.ToDictionary(u => u.Code, u => tree.AncestorsAndSelf(u.Code).FirstOrDefault(a => a.Level == OrgUnitLevel.County)?.Code);
        var seen = new HashSet<(TargetId, OrgUnitCode, int)>();
        foreach (var report in reports)
        {
            if (report.Date <= asOf && report.Date >= plan.Period.Start && countyOf.GetValueOrDefault(report.OrgUnit) is { } county)
            {
                seen.Add((report.Target, county, report.Date.Month));
            }
        }

        return new ReportingView(expected, Math.Min(seen.Count, expected));
    }
}

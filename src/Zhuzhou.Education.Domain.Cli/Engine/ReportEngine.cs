using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Cli.Model;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>
/// Builds the report from the library: the aggregation engine (<see cref="ReportStore"/>, ingested once) evaluates
/// every target for the city and each org unit against its share, through the rules (<see cref="AsOfResult.Evaluate"/>,
/// <see cref="AsOfResult.RollUp"/>), and gives the completion-over-time series (<see cref="ReportStore.Series"/>);
/// explanations come from <see cref="ExplanationText"/>.
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
        var rollUp = At(asOf).RollUp(null, EvaluationSettings.Default);
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
            plan.Period!, // PlanInput refuses a plan without one for the report
            asOf,
            Figure(rollUp.Completion, rollUp.ExpectedProgress, rollUp.Status),
            rollUp.Counts.Complete,
            rollUp.Counts.Total,
            sections.ToImmutable(),
            units,
            Series(asOf),
            Reporting(asOf));
    }

    /// <summary>The evaluation of a target for the city or one org unit, and the reports on or before the date that went into it.</summary>
    public (TargetEvaluation Evaluation, IReadOnlyList<ProgressReport> Reports) Explain(Target target, OrgUnit? unit, LocalDate asOf)
    {
        var scope = unit ?? tree.Root;
        var used = reports.Where(r => r.Target == target.Id && r.Date <= asOf && Covers(scope, r.OrgUnit))
            .OrderBy(r => r.OrgUnit.Value, StringComparer.Ordinal).ThenBy(r => r.Date)
            .ToList();
        return (At(asOf).Evaluate(target.Id, unit?.Code, EvaluationSettings.Default), used);
    }

    /// <summary>Writes the evaluation of the city and of each unit at <paramref name="by"/> as <c>zedu.evaluation/1</c> JSON.</summary>
    public void WriteJson(LocalDate asOf, OrgUnitLevel by, Stream stream)
    {
        var result = At(asOf);
        var units = tree.UnitsAt(by).OrderBy(u => u.Code.Value, StringComparer.Ordinal).Select(u => u.Code);
        var evaluations = new[] { tree.Root.Code }.Concat(units)
            .Select(code => new OrgUnitEvaluation(code, result.RollUp(code, EvaluationSettings.Default)));
        EvaluationJson.Serialize(asOf, evaluations, stream);
    }

    private AsOfResult At(LocalDate asOf)
    {
        if (!results.TryGetValue(asOf, out var result))
        {
            results[asOf] = result = store.AsOf(asOf);
        }

        return result;
    }

    private TargetView TargetView(TargetEvaluation evaluation, LocalDate asOf, ImmutableArray<OrgUnit> units)
    {
        var target = evaluation.Target;
        var result = At(asOf);
        var byUnit = ImmutableArray.CreateBuilder<UnitResult>();

        // A target reported only by the city itself (a city milestone) has no per-unit figures.
        foreach (var unit in reportedBelow.Contains(target.Id) ? units : [])
        {
            var unitEvaluation = result.Evaluate(target.Id, unit.Code, EvaluationSettings.Default);
            byUnit.Add(new UnitResult(
                unit,
                unitEvaluation.Achievement.HasReports ? unitEvaluation.Achieved : null,
                unitEvaluation.Required,
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

    private bool Covers(OrgUnit scope, OrgUnitCode code)
        => scope.Code == code || tree.AncestorsAndSelf(code).Any(u => u.Code == scope.Code);

    private static Figure Figure(decimal? completion, decimal? expected, EvaluationStatus? status)
        => new(completion ?? 0m, expected ?? 0m, status ?? EvaluationStatus.NotStarted);

    /// <summary>
    /// The plan's completion at each month end before the as-of date (the engine's one-pass series) and on it, with
    /// the expected progress (序时进度) the rules give for those dates.
    /// </summary>
    private ImmutableArray<SeriesPoint> Series(LocalDate asOf)
    {
        var series = store.Series(SeriesInterval.Month);
        var plan = series.Plan();
        var points = new List<(LocalDate Date, decimal Completion)>();
        for (var i = 0; i < series.Dates.Length && series.Dates[i] < asOf; i++)
        {
            points.Add((series.Dates[i], (decimal)plan[i]));
        }

        points.Add((asOf, At(asOf).RollUp(null, EvaluationSettings.Default).Completion ?? 0m));
        return [.. points.Select(p => new SeriesPoint(p.Date, p.Completion, Expected(p.Date)))];
    }

    private decimal Expected(LocalDate date)
    {
        var nothing = this.plan.Targets.Select(t => Evaluator.Evaluate(t, Achievement.None, date, this.plan.Period!, EvaluationSettings.Default));
        return RollUp.Of(this.plan, nothing, EvaluationSettings.Default).ExpectedProgress ?? 0m;
    }

    /// <summary>Reporting completeness from the engine: reports due from the leaf units for ended periods, and received.</summary>
    private ReportingView Reporting(LocalDate asOf)
    {
        var completeness = store.Completeness(asOf);
        return new ReportingView(
            plan.Targets.Sum(t => completeness.Expected(t.Id)),
            plan.Targets.Sum(t => completeness.Received(t.Id)));
    }
}

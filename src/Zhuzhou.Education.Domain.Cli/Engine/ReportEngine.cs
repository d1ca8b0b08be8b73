using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Cli.Model;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>
/// Builds the report from the library: values, required amounts and completions per target and org unit from the
/// aggregation engine (<see cref="ReportStore"/>). STAND-IN until branch <c>rules</c> lands: expected progress,
/// status and explanations, done simply after the design.
/// </summary>
internal sealed class ReportEngine
{
    private const decimal Tolerance = 0.05m;

    private readonly Plan plan;
    private readonly OrgUnitTree tree;
    private readonly IReadOnlyCollection<ProgressReport> reports;
    private readonly HashSet<TargetId> reportedBelow = [];
    private readonly ReportStore store;
    private readonly Dictionary<LocalDate, AsOfResult> results = [];

    public ReportEngine(Plan plan, OrgUnitTree tree, IReadOnlyCollection<ProgressReport> reports)
    {
        this.plan = plan;
        this.tree = tree;
        store = ReportStore.Open(plan, tree);
        try
        {
            store.Append(reports);
        }
        catch (ArgumentException e)
        {
            throw new CliException("the reports could not be aggregated: " + e.Message, e);
        }

        this.reports = reports;
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
        var sections = ImmutableArray.CreateBuilder<SectionView>();
        foreach (var section in plan.Sections)
        {
            var items = ImmutableArray.CreateBuilder<ItemView>();
            foreach (var item in section.Items.Where(i => i.Targets.Length > 0))
            {
                var targets = item.Targets.Select(t => EvaluateTarget(t, asOf, units)).ToImmutableArray();
                items.Add(new ItemView(item.Number, item.Title, RollUp(targets.Select(t => (t.Figure, Weight(t.Id))), ToDecimal(At(asOf).ItemCompletion(item.Number))), targets));
            }

            var figure = items.Count == 0 ? null : RollUp(items.Select(i => (i.Figure, plan.FindItem(i.Number)!.Weight)), ToDecimal(At(asOf).SectionCompletion(section.Number)));
            sections.Add(new SectionView(section.Number, section.Numeral, section.Title, figure, items.ToImmutable()));
        }

        var built = sections.ToImmutable();
        var planFigure = RollUp(built.Where(s => s.Figure is not null).Select(s => (s.Figure!, plan.Sections.First(x => x.Number == s.Number).Weight)), ToDecimal(At(asOf).PlanCompletion()));
        var targetViews = built.SelectMany(s => s.Items).SelectMany(i => i.Targets).ToList();
        var achieved = targetViews.Count(t => t.Figure.Status is ProgressStatus.Achieved or ProgressStatus.Exceeded);
        return new ReportView(
            plan.Title, plan.Period, asOf, planFigure, achieved, targetViews.Count, built, units, Series(asOf), Reporting(asOf));
    }

    public IReadOnlyList<string> Explain(Target target, OrgUnit? unit, LocalDate asOf)
    {
        var lines = new List<string>();
        var scope = unit is null ? tree.Root : unit;
        lines.Add($"{target.Id} {target.Text ?? target.Subject}");
        lines.Add($"rule: {Describe(target)}");
        lines.Add($"as of {Format(asOf)}, {scope.Name} ({scope.Code}):");
        var shares = unit is null ? 1 : tree.UnitsAt(unit.Level).Count();
        var required = Required(target, shares);
        decimal total = 0, numerators = 0, denominators = 0;
        var counted = 0;
        var byUnit = reports.Where(r => r.Target == target.Id)
            .GroupBy(r => r.OrgUnit)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).Select(r => new Entry(r.Date, r.Value, r.Numerator, r.Denominator)).ToArray());
        {
            foreach (var (code, entries) in byUnit.OrderBy(c => c.Key.Value, StringComparer.Ordinal))
            {
                if (!Covers(scope, code))
                {
                    continue;
                }

                var cell = Cell(target, entries, asOf);
                var name = tree.Find(code)?.Name ?? code.Value;
                var used = entries.Where(e => e.Date <= asOf).ToList();
                var shown = string.Join(", ", used.Select(e => $"{Format(e.Date)} {Format(e.Value)}"));
                lines.Add($"  {code} {name}: {used.Count} report(s) on or before {Format(asOf)}: {(used.Count == 0 ? "none" : shown)} → {TimeRule(target)} = {(cell.Count == 0 ? "none" : Format(cell.Value))}");
                if (cell.Count > 0)
                {
                    counted++;
                    total += cell.Value;
                    numerators += cell.Numerator;
                    denominators += cell.Denominator;
                }
            }
        }

        var achieved = target.OrgUnitAggregation == OrgUnitAggregation.Ratio
            ? (denominators == 0 ? 0 : numerators / denominators)
            : total;
        lines.Add(target.OrgUnitAggregation == OrgUnitAggregation.Ratio
            ? $"achieved = Σ numerator / Σ denominator = {Format(numerators)} / {Format(denominators)} = {Format(achieved)}"
            : $"achieved = Σ over {counted} org unit(s) = {Format(achieved)}");
        var completion = Completion.Of(Scale(target.Comparison, shares), target.Baseline, achieved);
        lines.Add(target.Comparison.Kind == ComparisonKind.AtMost && target.Baseline is { } b
            ? $"completion = clamp(({Format(b)} − {Format(achieved)}) / ({Format(b)} − {Format(required)}), 0, 1) = {Percent(completion)}"
            : $"completion = clamp({Format(achieved)} / {Format(required)}, 0, 1) = {Percent(completion)}");
        var expected = Expected(target, asOf);
        lines.Add($"expected progress (序时进度) = {ExpectedRule(target, asOf)} = {Percent(expected)}");
        var status = Status(target, completion, achieved, expected, counted > 0, asOf);
        lines.Add($"status: {status} ({StatusReason(status, completion, expected, target.Deadline)})");
        return lines;
    }

    private AsOfResult At(LocalDate asOf)
    {
        if (!results.TryGetValue(asOf, out var result))
        {
            results[asOf] = result = store.AsOf(asOf);
        }

        return result;
    }

    private TargetView EvaluateTarget(Target target, LocalDate asOf, ImmutableArray<OrgUnit> units)
    {
        var result = At(asOf);
        var achieved = ToDecimal(result.Value(target.Id));
        var completion = ToDecimal(result.Completion(target.Id));
        var expected = Expected(target, asOf);
        var figure = new Figure(completion, expected, Status(target, completion, achieved, expected, result.ReportCount(target.Id) > 0, asOf));
        var byUnit = ImmutableArray.CreateBuilder<UnitResult>();

        // A target reported only by the city itself (a city milestone) has no per-unit figures.
        foreach (var unit in reportedBelow.Contains(target.Id) ? units : [])
        {
            var value = ToDecimal(result.Value(target.Id, unit.Code));
            var count = result.ReportCount(target.Id, unit.Code);
            var unitCompletion = ToDecimal(result.Completion(target.Id, unit.Code));
            var unitFigure = new Figure(unitCompletion, expected, Status(target, unitCompletion, value, expected, count > 0, asOf, ToDecimal(result.Required(target.Id, unit.Code))));
            byUnit.Add(new UnitResult(unit, count > 0 ? value : null, ToDecimal(result.Required(target.Id, unit.Code)), unitFigure));
        }

        return new TargetView(target.Id.ToString(), target.Text ?? target.Subject, UnitLabel(target), achieved, ToDecimal(result.Required(target.Id)), figure, byUnit.ToImmutable());
    }

    private static decimal ToDecimal(double value) => (decimal)Math.Round(value, 9);

    private bool Covers(OrgUnit scope, OrgUnitCode code)
        => scope.Code == code || tree.AncestorsAndSelf(code).Any(u => u.Code == scope.Code);

    private static CellValue Cell(Target target, Entry[] entries, LocalDate asOf)
    {
        var count = 0;
        decimal sum = 0, max = decimal.MinValue, min = decimal.MaxValue, num = 0, den = 0;
        Entry last = default;
        foreach (var entry in entries)
        {
            if (entry.Date > asOf)
            {
                break;
            }

            count++;
            sum += entry.Value;
            max = Math.Max(max, entry.Value);
            min = Math.Min(min, entry.Value);
            num += entry.Numerator ?? entry.Value;
            den += entry.Denominator ?? 1;
            last = entry;
        }

        if (count == 0)
        {
            return default;
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            // Shares carry the latest numerator and denominator of each unit.
            var n = last.Numerator ?? last.Value;
            var d = last.Denominator ?? 1;
            return new CellValue(count, d == 0 ? 0 : n / d, n, d);
        }

        var value = target.TimeAggregation switch
        {
            TimeAggregation.Increment => sum,
            TimeAggregation.Average => sum / count,
            TimeAggregation.Maximum => max,
            TimeAggregation.Minimum => min,
            _ => last.Value,
        };
        return new CellValue(count, value, num, den);
    }

    private decimal Expected(Target target, LocalDate asOf)
    {
        if (!target.Schedule.IsDefaultOrEmpty)
        {
            var previous = (Date: plan.Period.Start, Expected: 0m);
            foreach (var checkpoint in target.Schedule)
            {
                if (asOf < checkpoint.Date)
                {
                    var span = Period.DaysBetween(previous.Date, checkpoint.Date);
                    var done = Period.DaysBetween(previous.Date, asOf);
                    return span <= 0 ? checkpoint.Expected : previous.Expected + ((checkpoint.Expected - previous.Expected) * Math.Max(0, done) / span);
                }

                previous = (checkpoint.Date, checkpoint.Expected);
            }

            return previous.Expected;
        }

        var days = Period.DaysBetween(plan.Period.Start, asOf) + 1;
        return Math.Clamp((decimal)days / plan.Period.Length, 0m, 1m);
    }

    private string ExpectedRule(Target target, LocalDate asOf)
    {
        if (!target.Schedule.IsDefaultOrEmpty)
        {
            return "the target's own schedule (" + string.Join(", ", target.Schedule.Select(c => $"{Percent(c.Expected)} by {Format(c.Date)}")) + ")";
        }

        var days = Math.Clamp(Period.DaysBetween(plan.Period.Start, asOf) + 1, 0, plan.Period.Length);
        return $"{days} / {plan.Period.Length} days of {Format(plan.Period.Start)}…{Format(plan.Period.End)}";
    }

    private static ProgressStatus Status(Target target, decimal completion, decimal achieved, decimal expected, bool reported, LocalDate asOf, decimal? unitRequired = null)
    {
        if (completion >= 1)
        {
            var comparison = unitRequired is { } r && target.Comparison.Required > 0 ? Scale(target.Comparison, r / target.Comparison.Required) : target.Comparison;
            return comparison.Kind != ComparisonKind.AtMost && Completion.IsExceeded(comparison, achieved)
                ? ProgressStatus.Exceeded
                : ProgressStatus.Achieved;
        }

        if (target.Deadline is { } deadline && asOf > deadline)
        {
            return ProgressStatus.Overdue;
        }

        if (!reported)
        {
            return ProgressStatus.NotStarted;
        }

        return completion < expected - Tolerance ? ProgressStatus.Behind : ProgressStatus.OnTrack;
    }

    private static string StatusReason(ProgressStatus status, decimal completion, decimal expected, LocalDate? deadline) => status switch
    {
        ProgressStatus.Exceeded => "completion is 100% and the value went past what the plan requires",
        ProgressStatus.Achieved => "completion is 100%",
        ProgressStatus.Overdue => $"not complete and the deadline {Format(deadline!.Value)} has passed",
        ProgressStatus.NotStarted => "no report counts yet",
        ProgressStatus.Behind => $"completion {Percent(completion)} is below expected {Percent(expected)} − tolerance {Percent(Tolerance)}",
        _ => $"completion {Percent(completion)} is at least expected {Percent(expected)} − tolerance {Percent(Tolerance)}",
    };

    /// <summary>STAND-IN roll-up of expected progress and status; the completion comes from the aggregation engine.</summary>
    private static Figure RollUp(IEnumerable<(Figure Figure, decimal Weight)> parts, decimal completion)
    {
        var list = parts.ToList();
        var weights = list.Sum(p => p.Weight);
        var expected = weights == 0 ? 0 : list.Sum(p => p.Figure.Expected * p.Weight) / weights;
        ProgressStatus status;
        if (completion >= 1)
        {
            status = ProgressStatus.Achieved;
        }
        else if (list.All(p => p.Figure.Status == ProgressStatus.NotStarted))
        {
            status = ProgressStatus.NotStarted;
        }
        else
        {
            status = completion < expected - Tolerance ? ProgressStatus.Behind : ProgressStatus.OnTrack;
        }

        return new Figure(completion, expected, status);
    }

    private ImmutableArray<SeriesPoint> Series(LocalDate asOf)
    {
        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        var dates = new List<LocalDate>();
        for (var month = plan.Period.Start.With(DateAdjusters.EndOfMonth); month < asOf && month <= plan.Period.End; month = month.PlusMonths(1).With(DateAdjusters.EndOfMonth))
        {
            dates.Add(month);
        }

        dates.Add(asOf);
        foreach (var date in dates)
        {
            var view = BuildPlanOnly(date);
            points.Add(new SeriesPoint(date, view.Completion, view.Expected));
        }

        return points.ToImmutable();
    }

    private Figure BuildPlanOnly(LocalDate asOf)
    {
        var sections = new List<(Figure, decimal)>();
        foreach (var section in plan.Sections)
        {
            var items = section.Items.Where(i => i.Targets.Length > 0)
                .Select(i => (RollUp(i.Targets.Select(t => (TargetFigure(t, asOf), t.Weight)), ToDecimal(At(asOf).ItemCompletion(i.Number))), i.Weight))
                .ToList();
            if (items.Count > 0)
            {
                sections.Add((RollUp(items, ToDecimal(At(asOf).SectionCompletion(section.Number))), section.Weight));
            }
        }

        return RollUp(sections, ToDecimal(At(asOf).PlanCompletion()));
    }

    private Figure TargetFigure(Target target, LocalDate asOf)
    {
        var result = At(asOf);
        var achieved = ToDecimal(result.Value(target.Id));
        var completion = ToDecimal(result.Completion(target.Id));
        var expected = Expected(target, asOf);
        return new Figure(completion, expected, Status(target, completion, achieved, expected, result.ReportCount(target.Id) > 0, asOf));
    }

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

        var received = seen.Count;
        return new ReportingView(expected, Math.Min(received, expected));
    }

    private decimal Weight(string id) => plan.FindTarget(id)!.Weight;

    private static decimal Required(Target target, int shares)
        => target.OrgUnitAggregation == OrgUnitAggregation.Ratio || target.Comparison.Kind == ComparisonKind.Milestone
            ? target.Comparison.Required
            : target.Comparison.Required / shares;

    private static Comparison Scale(Comparison comparison, int shares) => Scale(comparison, shares <= 1 ? 1m : 1m / shares);

    private static Comparison Scale(Comparison comparison, decimal factor)
    {
        if (factor == 1m)
        {
            return comparison;
        }

        return comparison.Kind switch
        {
            ComparisonKind.AtLeast => Comparison.AtLeast(comparison.Minimum!.Value * factor),
            ComparisonKind.Between => Comparison.Between(comparison.Minimum!.Value * factor, comparison.Maximum!.Value * factor),
            ComparisonKind.Exactly => Comparison.Exactly(comparison.Minimum!.Value * factor),
            _ => comparison,
        };
    }

    private static string Describe(Target target)
    {
        var comparison = target.Comparison.Kind switch
        {
            ComparisonKind.AtLeast => $"at least {Format(target.Comparison.Minimum!.Value)}",
            ComparisonKind.AtMost => $"at most {Format(target.Comparison.Maximum!.Value)}" + (target.Baseline is { } b ? $" from a baseline of {Format(b)}" : string.Empty),
            ComparisonKind.Between => $"between {Format(target.Comparison.Minimum!.Value)} and {Format(target.Comparison.Maximum!.Value)} (the lower bound is required)",
            ComparisonKind.Exactly => $"exactly {Format(target.Comparison.Minimum!.Value)}",
            ComparisonKind.Milestone => "milestone (done = 1)",
            _ => $"coverage of {Percent(target.Comparison.Minimum!.Value)}",
        };
        var deadline = target.Deadline is { } d ? $", due {Format(d)}" : string.Empty;
        var across = target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? "numerators and denominators add up across org units" : "counts add up across org units";
        return $"{comparison} {UnitLabelOf(target)}{deadline}; {TimeRule(target)} over time; {across}";
    }

    private static string TimeRule(Target target) => target.OrgUnitAggregation == OrgUnitAggregation.Ratio
        ? "latest share"
        : target.TimeAggregation switch
        {
            TimeAggregation.Increment => "sum",
            TimeAggregation.Average => "mean",
            TimeAggregation.Maximum => "greatest",
            TimeAggregation.Minimum => "least",
            _ => "latest",
        };

    private static string UnitLabel(Target target) => UnitLabelOf(target);

    private static string UnitLabelOf(Target target) => MeasureWords.ToChinese(target.Unit);

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    internal static string Percent(decimal value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private readonly record struct Entry(LocalDate Date, decimal Value, decimal? Numerator, decimal? Denominator);

    private readonly record struct CellValue(int Count, decimal Value, decimal Numerator, decimal Denominator);
}

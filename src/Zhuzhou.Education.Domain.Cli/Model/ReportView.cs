using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Cli.Model;

/// <summary>Completion, expected progress (序时进度) and status of one target, item, section or the plan.</summary>
internal sealed record Figure(decimal Completion, decimal Expected, EvaluationStatus Status);

/// <summary>Everything a renderer prints: the report's figures, already computed by the library.</summary>
internal sealed record ReportView(
    string PlanTitle,
    DateInterval Period,
    LocalDate AsOf,
    Figure Plan,
    int TargetsAchieved,
    int TargetsMeasured,
    ImmutableArray<SectionView> Sections,
    ImmutableArray<OrgUnit> Units,
    ImmutableArray<SeriesPoint> Series,
    ReportingView Reporting)
{
    /// <summary>The count-based rate supervisors publish: targets achieved / targets.</summary>
    public decimal Rate => TargetsMeasured == 0 ? 0m : (decimal)TargetsAchieved / TargetsMeasured;

    public IEnumerable<TargetView> Targets => Sections.SelectMany(s => s.Items).SelectMany(i => i.Targets);
}

internal sealed record SectionView(int Number, string Numeral, string Title, Figure? Figure, ImmutableArray<ItemView> Items);

internal sealed record ItemView(int Number, string Title, Figure Figure, ImmutableArray<TargetView> Targets);

internal sealed record TargetView(
    string Id,
    string Text,
    string Unit,
    bool IsShare,
    decimal Achieved,
    decimal Required,
    Figure Figure,
    ImmutableArray<UnitResult> ByUnit)
{
    /// <summary>
    /// The units behind schedule on their share of the target. None once the target is complete city-wide: a
    /// county's proportional share of "5所" is not a commitment of its own, and listing counties behind on a
    /// target already met misleads the reader.
    /// </summary>
    public IEnumerable<UnitResult> Behind => Figure.Status is EvaluationStatus.Achieved or EvaluationStatus.Exceeded
        ? []
        : ByUnit.Where(u => u.Figure.Status is EvaluationStatus.Behind or EvaluationStatus.Overdue);
}

/// <summary>One org unit's figure for one target; <see cref="Achieved"/> is null when the unit reported nothing.</summary>
internal sealed record UnitResult(OrgUnit Unit, decimal? Achieved, decimal Required, Figure Figure);

/// <summary>A point of the completion-over-time chart.</summary>
internal sealed record SeriesPoint(LocalDate Date, decimal Completion, decimal Expected);

/// <summary>Reporting completeness: reports expected and received up to the as-of date.</summary>
internal sealed record ReportingView(int Expected, int Received)
{
    public decimal Rate => Expected == 0 ? 1m : Math.Min(1m, (decimal)Received / Expected);
}

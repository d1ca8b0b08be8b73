using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

/// <summary>Targets and reports for evaluation tests; every number is chosen to be checked by hand.</summary>
internal static class EvaluationFixtures
{
    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));
    public static readonly LocalDate June30 = new(2017, 6, 30);

    // 2017-06-30 is day 181 of 365.
    public const decimal ExpectedJune30 = 181m / 365m;

    public static readonly OrgUnitCode Liling = OrgUnitCode.Parse("430281");
    public static readonly OrgUnitCode Lusong = OrgUnitCode.Parse("430203");
    public static readonly OrgUnitCode Hetang = OrgUnitCode.Parse("430202");

    public static readonly ImmutableArray<MilestoneStage> FourStages =
    [
        new("未启动", 0m), new("已启动", 0.3m), new("推进中", 0.6m), new("已完成", 1m),
    ];

    public static Target AtLeast(decimal n, TimeAggregation time = TimeAggregation.Increment)
        => new(TargetId.Create(8, 1), "心理咨询师", Comparison.AtLeast(n), MeasureWord.Persons) { TimeAggregation = time };

    public static Target Places(decimal? baseline = 100000m)
        => new(TargetId.Create(14, 1), "学位", Comparison.AtLeast(20000m), MeasureWord.Units) { Baseline = baseline };

    public static Target Between(decimal a, decimal b)
        => new(TargetId.Create(15, 1), "高考改革试点校", Comparison.Between(a, b), MeasureWord.Institutions) { TimeAggregation = TimeAggregation.Level };

    public static Target Exactly(decimal n)
        => new(TargetId.Create(15, 2), "示范校", Comparison.Exactly(n), MeasureWord.Institutions);

    public static Target Coverage(decimal share)
        => new(TargetId.Create(9, 1), "学生艺术爱好", Comparison.Coverage(share), MeasureWord.None);

    public static Target Dropout(decimal? baseline = 10m)
        => new(TargetId.Create(12, 1), "辍学率", Comparison.AtMost(2m), MeasureWord.Percent) { Baseline = baseline };

    public static Target Milestone(bool staged = false, LocalDate? deadline = null)
        => new(TargetId.Create(16, 1), "市特殊教育学校秋季入学", Comparison.Milestone(), MeasureWord.None)
        {
            Deadline = deadline ?? new LocalDate(2017, 9, 1),
            Stages = staged ? FourStages : [],
        };

    public static ProgressReport Report(Target target, OrgUnitCode unit, int month, int day, decimal value)
        => new(target.Id, unit, new LocalDate(2017, month, day), value);

    public static ProgressReport Share(Target target, OrgUnitCode unit, int month, int day, decimal numerator, decimal denominator)
        => new(target.Id, unit, new LocalDate(2017, month, day), numerator / denominator) { Numerator = numerator, Denominator = denominator };
}

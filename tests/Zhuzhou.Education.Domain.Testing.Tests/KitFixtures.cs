using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Testing.Tests;

/// <summary>A plan of three targets — 培训100名心理咨询师, 新增学位2万个, 艺术特长覆盖率90% — and reports from two counties.</summary>
internal static class KitFixtures
{
    public static readonly DateInterval Year2017 = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));
    public static readonly LocalDate June30 = new(2017, 6, 30);
    public static readonly OrgUnitCode Liling = OrgUnitCode.Parse("430281");
    public static readonly OrgUnitCode Youxian = OrgUnitCode.Parse("430223");

    public static Target Counsellors { get; } = new(TargetId.Create(1, 1), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons)
    {
        Text = "培训100名心理咨询师",
        TimeAggregation = TimeAggregation.Increment,
    };

    public static Target Places { get; } = new(TargetId.Create(1, 2), "学位", Comparison.AtLeast(20000m), MeasureWord.Units) { Text = "新增学位2万个" };

    public static Target Arts { get; } = new(TargetId.Create(2, 1), "艺术特长学生", Comparison.Coverage(0.9m), MeasureWord.Persons) { Text = "艺术特长覆盖率达90%" };

    public static Plan KitPlan { get; } = new(
        "株洲市教育局",
        "株洲市教育局2017年工作要点",
        Year2017,
        new LocalDate(2017, 2, 22),
        string.Empty,
        [
            new Section(1, "着力提高教育质量", [new Item(1, "提高学生心理素质", [new Commitment("培训100名心理咨询师，新增学位2万个", [Counsellors, Places])])]),
            new Section(2, "加强美育", [new Item(2, "艺术特长", [new Commitment("艺术特长覆盖率达90%", [Arts])])]),
        ]);

    // 心理咨询师: 醴陵市 30 then 10 more, 攸县 10 (50 of 100 by 30 June). 学位: 醴陵市 20000. 艺术: 醴陵市 95/100, 攸县 40/100.
    public static IReadOnlyList<ProgressReport> KitReports { get; } =
    [
        new(Counsellors.Id, Liling, new LocalDate(2017, 3, 31), 30m),
        new(Counsellors.Id, Liling, new LocalDate(2017, 5, 31), 10m),
        new(Counsellors.Id, Youxian, new LocalDate(2017, 5, 31), 10m),
        new(Places.Id, Liling, new LocalDate(2017, 6, 30), 20000m),
        new(Arts.Id, Liling, new LocalDate(2017, 6, 30), 0.95m) { Numerator = 95m, Denominator = 100m },
        new(Arts.Id, Youxian, new LocalDate(2017, 6, 30), 0.4m) { Numerator = 40m, Denominator = 100m },
    ];

    /// <summary>Runs an action with a UI culture, for the messages' language.</summary>
    public static void InCulture(string name, Action action)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>The failure message of an assertion that must fail.</summary>
    public static string FailureOf(Action assertion)
    {
        try
        {
            assertion();
        }
        catch (Exception e) when (e.GetType().Name == "XunitException")
        {
            return e.Message;
        }

        throw new InvalidOperationException("The assertion did not fail.");
    }
}

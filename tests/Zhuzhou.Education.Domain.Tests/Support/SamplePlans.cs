using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Support;

/// <summary>Small plans built by hand, for tests of the model and of what consumes it.</summary>
public static class SamplePlans
{
    public static DateInterval Year2017 { get; } = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static Target Counsellors() =>
        new(TargetId.Create(8, 1), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons)
        {
            Text = "培训100名心理咨询师",
            TimeAggregation = TimeAggregation.Increment,
        };

    public static Target SchoolPlaces() =>
        new(TargetId.Create(14, 1), "学位", Comparison.AtLeast(20000m), MeasureWord.Units) { Text = "新增学位2万个" };

    public static Target PilotSchools() =>
        new(TargetId.Create(15, 1), "高考改革试点校", Comparison.Between(3m, 5m), MeasureWord.Institutions);

    public static Target SpecialSchoolOpens() =>
        new(TargetId.Create(16, 1), "市特殊教育学校秋季入学", Comparison.Milestone(), MeasureWord.None)
        {
            Deadline = new LocalDate(2017, 9, 1),
        };

    /// <summary>A plan of two sections, four items and four targets, shaped like the 2017 plan.</summary>
    public static Plan Small() => new(
        "株洲市教育局",
        "株洲市教育局2017年工作要点",
        Year2017,
        new LocalDate(2017, 2, 22),
        "2017年全市教育工作的总体要求",
        [
            new Section(2, "着力提高教育质量",
            [
                new Item(8, "提高学生心理素质", [new Commitment("培训100名心理咨询师", [Counsellors()])]),
            ]),
            new Section(4, "统筹发展各类教育",
            [
                new Item(14, "统筹发展城乡教育", [new Commitment("优化城乡学校布局,新增学位2万个", [SchoolPlaces()])]),
                new Item(15, "特色发展普高教育", [new Commitment("建设3-5所高考改革试点校", [PilotSchools()])]),
                new Item(16, "优质发展特殊教育",
                [
                    new Commitment("开展送教上门服务工作"),
                    new Commitment("实现市特殊教育学校秋季入学", [SpecialSchoolOpens()]),
                ]),
            ]),
        ]);
}

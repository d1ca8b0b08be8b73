using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Cli.Engine;

/// <summary>
/// STAND-IN for <c>ZhuzhouPlans.Education2017</c> (branch <c>parser</c>) until it lands: the measurable targets of
/// the 2017 plan, typed by hand from seeds/zhuzhou-2017-work-plan.txt.
/// </summary>
internal static class StandInPlan
{
    private static readonly LocalDate YearEnd = new(2017, 12, 31);

    public static Plan Education2017 { get; } = Create();

    private static Plan Create()
    {
        static Target T(string id, string subject, Comparison comparison, MeasureWord unit, string text, TimeAggregation time = TimeAggregation.Level, LocalDate? deadline = null)
            => new(TargetId.Parse(id), subject, comparison, unit) { Text = text, TimeAggregation = time, Deadline = deadline ?? YearEnd };

        static Item I(int number, string title, params Target[] targets)
            => new(number, title, [new Commitment(title + "。", targets)]);

        return new Plan(
            "株洲市教育局",
            "株洲市教育局2017年工作要点",
            new DateInterval(new LocalDate(2017, 1, 1), YearEnd),
            new LocalDate(2017, 2, 22),
            string.Empty,
            [
                new Section(2, "着力提高教育质量",
                [
                    I(5, "提高学生创新能力", T("5.1", "核心素养培育实践探索实验校", Comparison.AtLeast(5), MeasureWord.Institutions, "创建5所“核心素养培育实践探索实验校”")),
                    I(8, "提高学生心理素质", T("8.1", "心理咨询师", Comparison.AtLeast(100), MeasureWord.Persons, "培训100名心理咨询师", TimeAggregation.Increment)),
                ]),
                new Section(3, "持续推进综合改革",
                [
                    I(9, "深化教育体制改革", T("9.1", "省级课改样板建设校", Comparison.Between(1, 2), MeasureWord.Institutions, "建设1-2所省级课改样板建设校")),
                    I(10, "推进办学模式改革",
                        T("10.1", "教育集团", Comparison.Between(1, 2), MeasureWord.Units, "指导县市区组建1-2个教育集团"),
                        T("10.2", "试点单位", Comparison.Between(2, 4), MeasureWord.Institutions, "建设2-4所试点单位")),
                ]),
                new Section(4, "统筹发展各类教育",
                [
                    I(14, "统筹发展城乡教育",
                        T("14.1", "样板县", Comparison.AtLeast(12), MeasureWord.Units, "启动建设12个区域整体推进城乡教育一体化的样板县"),
                        T("14.2", "学位", Comparison.AtLeast(20000), MeasureWord.Units, "新增学位2万个", TimeAggregation.Increment)),
                    I(15, "特色发展普高教育",
                        T("15.1", "高考改革试点校", Comparison.Between(3, 5), MeasureWord.Institutions, "建设3-5所高考改革试点校"),
                        T("15.2", "综合素质评价改革示范校", Comparison.AtLeast(6), MeasureWord.Institutions, "建设6所综合素质评价改革示范校")),
                    I(16, "优质发展特殊教育",
                        T("16.1", "市特殊教育学校秋季入学", Comparison.Milestone(), MeasureWord.None, "实现市特殊教育学校秋季入学", deadline: new LocalDate(2017, 9, 1))),
                    I(19, "健康发展民办教育",
                        T("19.1", "民办幼儿园园位", Comparison.AtLeast(7000), MeasureWord.Units, "增加民办幼儿园园位7000个以上", TimeAggregation.Increment),
                        T("19.2", "省骨干民办幼儿园", Comparison.AtLeast(4), MeasureWord.Institutions, "创建省骨干民办幼儿园4所")),
                ]),
                new Section(5, "提升教育保障水平",
                [
                    I(20, "强化人力资源保障", T("20.1", "优秀骨干教师", Comparison.AtLeast(800), MeasureWord.Persons, "培养培训800名优秀骨干教师", TimeAggregation.Increment)),
                    I(21, "强化教育物质保障", T("21.1", "家庭经济困难学生", Comparison.AtLeast(40000), MeasureWord.People, "资助家庭经济困难学生4万人", TimeAggregation.Increment)),
                    I(23, "强化教育评价保障", T("23.1", "县级标准化督导室", Comparison.Milestone(), MeasureWord.None, "启动县级标准化督导室建设", deadline: new LocalDate(2017, 6, 1))),
                ]),
            ]);
    }
}

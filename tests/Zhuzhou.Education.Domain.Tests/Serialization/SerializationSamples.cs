using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <summary>Plans and batches for the serialization tests: the small plan plus a share target (9.1).</summary>
public static class SerializationSamples
{
    public static Target ArtHobby() =>
        new(TargetId.Create(9, 1), "学生", Comparison.Coverage(1m), MeasureWord.None) { Text = "每位学生掌握1-2项艺术爱好" };

    public static Plan PlanWithShare()
    {
        var small = SamplePlans.Small();
        var sections = small.Sections.ToList();
        sections[0] = new Section(2, sections[0].Title, [.. sections[0].Items, new Item(9, "加强美育", [new Commitment("每位学生掌握1-2项艺术爱好", [ArtHobby()])])]);
        return new Plan(small.Issuer, small.Title, small.Period, small.Published, small.Preamble, sections);
    }

    public static ProgressBatch Batch() => new(
    [
        new ProgressReport(TargetId.Create(8, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 31), 12m),
        new ProgressReport(TargetId.Create(8, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 6, 30), 28m)
        {
            Reporter = "醴陵市教育局",
            Note = "第二批培训\n含\"心理健康\"骨干",
            Received = new LocalDate(2017, 7, 2),
            Evidence = [new EvidenceLink("培训名单", new Uri("https://example.org/名单.pdf")), new EvidenceLink("照片", new Uri("https://example.org/p.jpg"))],
        },
        new ProgressReport(TargetId.Create(9, 1), ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 0.8m) { Numerator = 80m, Denominator = 100m },
        new ProgressReport(TargetId.Create(16, 1), OrgUnitCode.Parse("430202"), new LocalDate(2017, 9, 1), 1m),
    ]);
}

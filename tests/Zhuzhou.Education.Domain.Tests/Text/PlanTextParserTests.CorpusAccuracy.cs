using System.Globalization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>
/// Structure and numeric-target accuracy on the real plans of ../shared/corpus (see its README, whose lists of
/// targets and of what is not a target these expectations follow). A numeric target counts by its amount and measure
/// word: "80%", "1-2项", "5500亿元" as 550000000000元; a coverage target by what each member must reach.
/// </summary>
public partial class PlanTextParserTests
{
    /// <summary>The numeric targets of each document, as its README lists them.</summary>
    private static readonly Dictionary<string, string> CorpusTargets = new()
    {
        ["03-baotou-2022-digital-gov-assessment-tasks.txt"] = "90% 90% 90% 2400户 1000座 4600个 100场 19类 15项 50个 20兆 50兆",
        ["04-qingdao-edu-2020-ai-education-opinions.txt"] = "5000人 1节 2节",
        ["06-miit-2019-icv-standards-work-points.txt"] = "",
        ["20-nantong-2018-school-arts-and-pe-opinions.txt"] = "2000个 20个 100所 10所 80% 95% 100个 50个 1-2项 9% 11% 6个 72学时 2000个 20个 100所 10所 2个 80% 95% 16-18节 20人次 100个 50个 50% 30分钟 80% 95% 98% 95% 5节 3节 2节 3节 1节 1节 2节 2节 1-2个 30分钟 15分钟 1套 200所 300支 30所 80% 95% 16节 14节 3节 2节",
        ["21-shanxi-2017-school-arts-implementation-plan.txt"] = "9% 11% 20% 6个 72学时 60% 1门 100所 10个 10所 10所 10所 0.15-0.2% 50%",
        ["22-xiangshan-2017-pe-arts-part-time-teacher-measures.txt"] = "",
        ["23-moe-2018-university-ai-innovation-action-plan.txt"] = "",
        ["25-miit-2021-smart-manufacturing-14th-five-year-plan.txt"] = "70% 500个 70% 50% 150家 200项 120个",
        ["26-shandong-2023-manufacturing-innovation-three-year-plan.txt"] = "10项 100项 30项 100名 50名 2150家 70家 500家 220家 1000家 500家 3000项 400家 3家 10000家 1000家 1000家 33000家 42000家 50家 100家 100项 60项 400项 100项 30项 10项 100项 15家 5家 3家 100家 6场 10个 100项 1-2场",
        ["27-jinan-2021-digital-pioneer-city-plan.txt"] = "50% 550000000000元 400000000000元 150000000000元 30家 550000000000元 300个 40000个 20% 100个 5个 10个 10个 1000家 3-5家 60个 300家 100个 1000个 120个 15个 200个 100% 40家 10个 40000个 20%",
        ["28-anhui-2021-industrial-internet-policies-and-action-plan.txt"] = "3家 20家 100家 800个 100个 20% 30% 20000家 30000名 100家 20家 10个 3家 6000家 1000项 2000家 8000台 100个 200家 20个 100个 10个 100个 50家 10000名 100个 10000名",
    };

    public static TheoryData<string, string> CorpusStructure() => new()
    {
        { "03-baotou-2022-digital-gov-assessment-tasks.txt", "0 0 0 0 38 15 5 9 10 8 5" },
        { "04-qingdao-edu-2020-ai-education-opinions.txt", "0 3 24 0" },
        { "06-miit-2019-icv-standards-work-points.txt", "3 4 3" },
        { "20-nantong-2018-school-arts-and-pe-opinions.txt", "0 0 13 0 0 0 15 0" },
        { "21-shanxi-2017-school-arts-implementation-plan.txt", "0 0 4 9 6" },
        { "22-xiangshan-2017-pe-arts-part-time-teacher-measures.txt", "5 3 5 4 3 2" },
        { "23-moe-2018-university-ai-innovation-action-plan.txt", "0 18 0" },
        { "25-miit-2021-smart-manufacturing-14th-five-year-plan.txt", "0 0 0 0 0" },
        { "26-shandong-2023-manufacturing-innovation-three-year-plan.txt", "0 28 0" },
        { "27-jinan-2021-digital-pioneer-city-plan.txt", "0 19 0" },
        { "28-anhui-2021-industrial-internet-policies-and-action-plan.txt", "0 0 0 0 0 0 0 0 0 24 0 0" },
    };

    [SkippableTheory]
    [MemberData(nameof(CorpusStructure))]
    public void Parse_CorpusDocument_ParsesWithItsSectionsAndItems(string name, string itemsPerSection)
    {
        var result = Corpus(name);

        result.Success.Should().BeTrue();
        string.Join(' ', result.Value.Sections.Select(s => s.Items.Length)).Should().Be(itemsPerSection);
    }

    [SkippableFact]
    public void Parse_Corpus_FindsItsNumericTargetsWithRecallAndPrecisionAsTheIssueAsks()
    {
        int expected = 0, found = 0, matched = 0;
        foreach (var (name, list) in CorpusTargets)
        {
            var result = Corpus(name);
            var wanted = list.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var targets = result.Value.Sections
                .SelectMany(s => s.Commitments.SelectMany(c => c.Targets).Concat(s.Targets))
                .Where(t => t.Comparison.Kind != ComparisonKind.Milestone)
                .ToList();
            var hits = targets.Count(t => wanted.Remove(Key(t)));
            expected += hits + wanted.Count;
            found += targets.Count;
            matched += hits;
            output.WriteLine($"{name}: recall {hits}/{hits + wanted.Count}, precision {hits}/{targets.Count}; missed: {string.Join(' ', wanted)}");
        }

        output.WriteLine($"all: recall {matched}/{expected}, precision {matched}/{found}");
        ((double)matched / expected).Should().BeGreaterThanOrEqualTo(0.9);
        ((double)matched / found).Should().BeGreaterThanOrEqualTo(0.95);
    }

    private static string Key(Target target)
    {
        var amount = target.PerMember ?? target.Comparison;
        var value = amount.Kind == ComparisonKind.Between
            ? Number(amount.Minimum) + "-" + Number(amount.Maximum)
            : Number(amount.Required);
        return value + MeasureWords.ToChinese(target.Unit);

        static string Number(decimal? d) => d!.Value.ToString("0.############", CultureInfo.InvariantCulture);
    }
}

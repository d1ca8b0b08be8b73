using System.Text.RegularExpressions;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests;

public class ReadmeExampleTests
{
    [Fact]
    public void UsageExample_CompilesRunsAndIsTheOneInTheReadme()
    {
        var lines = new List<string>();
        void WriteLine(string line) => lines.Add(line);

        // README-BEGIN
        // 培训100名心理咨询师: item 8's first target, at least 100 people, counted as they are trained.
        var counsellors = new Target(TargetId.Parse("8.1"), "心理咨询师", Comparison.AtLeast(100), MeasureWord.Persons)
        {
            Text = "培训100名心理咨询师",
            TimeAggregation = TimeAggregation.Increment,
            Deadline = new LocalDate(2017, 12, 31),
        };

        var item = new Item(8, "提高学生心理素质", [new Commitment("培训100名心理咨询师", [counsellors])]);
        var plan = new Plan(
            issuer: "株洲市教育局",
            title: "株洲市教育局2017年工作要点",
            period: new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
            published: new LocalDate(2017, 2, 22),
            preamble: "",
            sections: [new Section(2, "着力提高教育质量", [item])]);

        var target = plan.FindTarget("8.1")!;
        decimal completion = Completion.Of(target.Comparison, target.Baseline, achieved: 40); // 0.4
        Console.WriteLine($"{target} → {completion:P0}");
        // README-END

        completion.Should().Be(0.4m);
        WriteLine(target.ToString());
        lines.Should().Equal("8.1 心理咨询师 ≥100名");

        AssertReadmeShows("README");
    }

    [Fact]
    public void BuiltInPlanExample_CompilesRunsAndIsTheOneInTheReadme()
    {
        var json = """
            {"schema": "zedu.progress/1", "reports": [
              {"target": "8.1", "orgUnit": "430281", "date": "2017-03-31", "value": 30},
              {"target": "8.1", "orgUnit": "430202", "date": "2017-05-31", "value": 28}]}
            """;

        // README2-BEGIN
        Plan plan = ZhuzhouPlans.Education2017;   // the built-in 株洲市教育局2017年工作要点: 5 sections, 25 items
        var loaded = ProgressJson.Parse(json, plan, ZhuzhouOrgUnits.Tree2017);
        if (!loaded.Success)
        {
            foreach (var problem in loaded.Diagnostics)
            {
                Console.Error.WriteLine(problem);   // e.g. (4,15): error ZJ0009: … (at $.reports[3].date)
            }

            return;
        }

        var store = ReportStore.Open(plan, ZhuzhouOrgUnits.Tree2017);
        store.Append(loaded.Value.Reports);
        var asOf = store.AsOf(new LocalDate(2017, 6, 30));
        TargetEvaluation counsellors = asOf.Evaluate(TargetId.Parse("8.1"));   // city-wide: 58 of 100 trained
        PlanRollUp city = asOf.EvaluatePlan();
        Console.WriteLine($"{counsellors.Status} {counsellors.Completion:P0}; plan {city.Completion:P1}, expected {city.ExpectedProgress:P1}");
        Console.WriteLine(ExplanationText.Format(counsellors, Language.English));
        // README2-END

        counsellors.Completion.Should().Be(0.58m);
        counsellors.Status.Should().Be(EvaluationStatus.OnTrack);
        city.Completion.Should().BeGreaterThan(0m);
        AssertReadmeShows("README2");
    }

    [Fact]
    public void PlanReportExample_CompilesRunsAndIsTheOneInTheReadme()
    {
        var reports = ProgressJson.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json")), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).Value.Reports;
        var allocationsFile = RepositoryPaths.Combine("seeds", "zhuzhou-2017-allocations-sample.csv");

        // README3-BEGIN
        using var allocations = File.OpenRead(allocationsFile);   // who owes what (任务分解表): target,orgUnit,required
        Plan plan = AllocationCsv.Load(allocations, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).Value;
        var report = PlanReport.Build(plan, ZhuzhouOrgUnits.Tree2017, reports, new LocalDate(2017, 6, 30));
        foreach (var target in report.Targets.Where(t => !t.Behind.IsEmpty))
        {
            Console.WriteLine($"{target.Target.Id} {target.Whole.Status}: behind in {string.Join("、", target.Behind.Select(u => u.Name))}");
        }

        var explained = report.Explain(TargetId.Parse("8.1"), OrgUnitCode.Parse("430281"));   // 醴陵市's share, with its reports
        Console.WriteLine($"{explained.Completion:P0} from {explained.Achievement.ReportCount} reports");
        // README3-END

        explained.Achievement.ReportCount.Should().Be(6, "醴陵市 reported 8.1, an increment, six times by June");
        report.Targets.Single(t => t.Target.Id == TargetId.Parse("14.2")).Behind.Select(u => u.Name).Should().Equal("醴陵市");
        report.Targets.Single(t => t.Target.Id == TargetId.Parse("5.1")).Behind.Should().BeEmpty("no county owes a part of 5.1: it is not assigned (未分解)");
        AssertReadmeShows("README3");
    }

    [Fact]
    public async Task WebServerExample_CompilesRunsAndIsTheOneInTheReadme()
    {
        var good = await WebServerExample(new AsyncOnlyStream("target,orgUnit,date,value\n8.1,醴陵市,2017-03-31,5\n8.1,430281,2017-04-30,3\n"u8.ToArray()), CancellationToken.None);
        var bad = await WebServerExample(new AsyncOnlyStream("target,orgUnit,date,value\n8.1,430281,yesterday,1\n"u8.ToArray()), CancellationToken.None);

        // The built-in plan allocates nothing of 8.1 to the counties (no 任务分解 given), so 醴陵市 owes none of it: its
        // status is NotAssigned (未分解), and its explanation gives what it contributed — all of the city's 8 here.
        good.Should().StartWith("醴陵市：未分解\n指标 8.1：培训100名心理咨询师\n").And.Contain("报送实际值8名，占全市100.0%").And.Contain("判定：该单位不承担本指标任务，不计滞后，未分解。");
        bad.Should().StartWith("upload.csv(2): 错误 ZC0010: 日期“yesterday”格式有误");
        AssertReadmeShows("README4");
    }

    private static async Task<string> WebServerExample(Stream upload, CancellationToken cancellationToken)
    {
        // README4-BEGIN
        var loaded = await ProgressCsv.LoadAsync(upload, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, cancellationToken: cancellationToken);
        if (!loaded.Success)
        {
            return string.Join("\n", loaded.Diagnostics.Select(d => d.Format("upload.csv", Language.Chinese)));   // upload.csv(3): 错误 ZC0010: …
        }

        var report = PlanReport.Build(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, loaded.Value.Reports, new LocalDate(2017, 6, 30));
        var liling = ZhuzhouOrgUnits.Tree2017.FindByName("醴陵市")!;
        var counsellors = report.Explain(TargetId.Parse("8.1"), liling.Code);
        return $"{liling.Name}：{Words.Status(counsellors.Status, Language.Chinese)}\n{ExplanationText.Format(counsellors, Language.Chinese)}";
        // README4-END
    }

    private static void AssertReadmeShows(string marker)
    {
        var source = File.ReadAllText(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Tests", "ReadmeExampleTests.cs"));
        var snippet = Regex.Match(source, $@"// {marker}-BEGIN\r?\n(.*?)\s*// {marker}-END", RegexOptions.Singleline).Groups[1].Value;
        snippet.Should().NotBeEmpty();
        var unindented = string.Join('\n', snippet.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        readme.Should().Contain(unindented.TrimEnd(), "the README shows exactly the example this test compiles and runs");
    }
}

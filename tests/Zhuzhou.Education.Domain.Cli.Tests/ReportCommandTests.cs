using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

public partial class ReportCommandTests
{
    [Theory]
    [InlineData("report-default.txt")]
    [InlineData("report-default-en.txt", "--lang", "en")]
    public void Report_NoOptions_MatchesGoldenFile(string goldenFile, params string[] options)
    {
        var run = ZeduRunner.Run(["report", .. options]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", goldenFile);
        if (Environment.GetEnvironmentVariable("ZEDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Cli.Tests", "Golden", goldenFile), run.Out, new UTF8Encoding(false));
            return;
        }

        run.Out.Should().Be(File.ReadAllText(golden).ReplaceLineEndings("\n"), "the default report is pinned by Golden/{0}; after an intended change run the tests with ZEDU_UPDATE_GOLDEN=1 and review the diff", goldenFile);
    }

    [Fact]
    public void Report_NoOptions_IsInChineseWithEveryStatusThatCanBeDue()
    {
        var run = ZeduRunner.Run("report");

        run.Out.Should().StartWith("株洲市教育局2017年工作要点完成情况（截至2017年6月30日）\n计划完成率52.8%，序时进度40.3%，状态：正常推进\n")
            .And.Contain("各部分及要点完成情况").And.Contain("已完成指标5个，共24个");
        foreach (var status in new[] { "未启动", "滞后", "正常推进", "已完成", "超额完成", "未分解" })
        {
            run.Out.Should().Contain(status);
        }

        // No target of the 2017 plan is due by 2017-06-30 (the first, 16.1, is due 2017-09-01), so none is overdue yet.
        run.Out.Should().NotContain("逾期");
        run.Out.Should().NotMatchRegex("[A-Za-z]{3,}", "no English in the Chinese report");
    }

    [Fact]
    public void Report_SectionWithoutMeasurableTarget_IsListed()
        => ZeduRunner.Run("report").Out.Should().MatchRegex(@"│ 一 +│ 全面加强党的建设 +│ +— │ +— │ 无量化指标 +│");

    [Fact]
    public void Report_Table_BreaksNoCountyNameAndStartsNoLineWithAPause()
    {
        var names = Domain.OrgUnits.ZhuzhouOrgUnits.Tree2017.Units.Select(u => u.Name).ToList();
        var behind = ZeduRunner.Run("report").Out.Split('\n')
            .Where(l => l.StartsWith("│ ", StringComparison.Ordinal) && l.Count(c => c == '│') == 7)
            .Select(l => l.Split('│')[6].Trim())
            .Where(cell => cell.Length > 0 && cell != "—" && cell != "—（未分解）" && !cell.StartsWith("滞后", StringComparison.Ordinal))
            .ToList();

        behind.Should().NotBeEmpty();
        foreach (var cell in behind)
        {
            cell.Should().NotStartWith("、", "no line starts with 、");
            cell.TrimEnd('、').Split('、').Should().OnlyContain(name => names.Contains(name), "a county name is never broken across lines ({0})", cell);
        }
    }

    [Fact]
    public void Report_TargetCompleteCityWide_ListsNoCountyBehind()
    {
        var run = ZeduRunner.Run("report");

        // 5.1 (创建5所…), 19.2 (创建省骨干民办学校1所) and 9.1 are achieved city-wide and not allocated to the
        // counties (未分解): they owe nothing of them, so none is listed as behind.
        var rows = run.Out.Split('\n');
        rows.Single(l => l.StartsWith("│ 5.1 ", StringComparison.Ordinal)).Should().Contain("已完成").And.EndWith("│ —（未分解）              │");
        rows.Single(l => l.StartsWith("│ 19.2 ", StringComparison.Ordinal)).Should().Contain("已完成").And.EndWith("│ —（未分解）              │");
        rows.Single(l => l.StartsWith("│ 9.1 ", StringComparison.Ordinal)).Should().Contain("超额完成").And.EndWith("│ —（未分解）              │");
    }

    [Fact]
    public void Report_AfterTheFirstDueDate_ShowsTheMilestoneNotDoneAsOverdue()
    {
        var run = ZeduRunner.Run("report", "--as-of", "2017-09-30", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("指标,16.1,实现市特殊教育学校秋季入学,430200,株洲市,未完成,,0.0%,").And.Contain(",逾期未完成,,\n");
    }

    [Fact]
    public void Report_AsOfEarlierDate_ExpectsLessProgress()
    {
        var run = ZeduRunner.Run("report", "--as-of", "2017-03-31", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("指标,8.1,培训100名心理咨询师,430200,株洲市,").And.Contain(",24.7%,");
    }

    [Fact]
    public void Report_FormatJson_ValidatesAgainstTheEvaluationSchema()
    {
        var run = ZeduRunner.Run("report", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "zedu.evaluation-2.schema.json")));
        var result = schema.Evaluate(JsonNode.Parse(run.Out), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join("\n", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    [Fact]
    public void Report_FormatJson_HasTheCityAndEachCounty()
    {
        var run = ZeduRunner.Run("report", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("schema").GetString().Should().Be("zedu.evaluation/2");
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2017-06-30");
        var units = json.RootElement.GetProperty("orgUnits").EnumerateArray().Select(u => u.GetProperty("orgUnit").GetString()).ToList();
        units.Should().Equal("430200", "430202", "430203", "430204", "430211", "430221", "430223", "430224", "430225", "430281");
        var table = ZeduRunner.Run("report", "--format", "csv").Out.Split('\n')[1];
        var city = json.RootElement.GetProperty("orgUnits")[0].GetProperty("completion").GetDecimal();
        table.Should().Contain("," + Domain.Localization.Figures.Percent(city) + ",");
        json.RootElement.GetProperty("orgUnits")[0].GetProperty("name").GetString().Should().Be("株洲市");
        json.RootElement.GetProperty("orgUnits")[0].GetProperty("statusText").GetString().Should().Be("正常推进");
        json.RootElement.GetProperty("orgUnits")[0].GetProperty("status").GetString().Should().Be("onTrack");
        city.Should().Be(0.5276m, "shares are written to 4 decimal places");
    }

    [Fact]
    public void Report_FormatCsv_HasOneRowPerFigure()
    {
        var run = ZeduRunner.Run("report", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("\uFEFF层级,编号,名称,单位代码,单位,完成量,要求量,完成率,序时进度,状态,贡献占比,修订/冲减", "a byte-order mark, so that Excel on Chinese Windows reads UTF-8; the last column heads a correction (冲减) as well as a revision");
        lines[1].Should().Be("计划,,株洲市教育局2017年工作要点,430200,株洲市,,,52.8%,40.3%,正常推进,,");
        lines[2].Should().Be("部分,一,全面加强党的建设,,,,,,,,,", "every section is listed");
        lines.Should().Contain("指标,14.2,新增学位2万个,430200,株洲市,10850,20000,54.3%,49.6%,正常推进,,修订");
        lines.Should().Contain("单位,5.1,创建5所“核心素养培育实践探索实验校”,430203,芦淞区,1,,,,未分解,20.0%,", "a county owing nothing of 5.1 shows what it contributed: 1 of the city's 5");
        lines.Should().Contain(l => l.StartsWith("单位,8.1,", StringComparison.Ordinal) && l.Contains(",430281,醴陵市,"));
    }

    [Fact]
    public void Report_FormatCsvInEnglishWithoutBom_HasEnglishWords()
    {
        var run = ZeduRunner.Run("report", "--format", "csv", "--lang", "en", "--no-bom");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Level,Id,Title,Org unit code,Org unit,Achieved,Required,Completion,Expected progress,Status,Contribution,Revision/correction");
        lines[1].Should().Be("plan,,株洲市教育局2017年工作要点,430200,株洲市,,,52.8%,40.3%,on track,,");
    }

    [Fact]
    public void Report_FormatCsvToFile_StartsWithTheByteOrderMark()
    {
        using var folder = new TempFolder();
        var file = folder.File("report.csv");
        var bare = folder.File("bare.csv");

        ZeduRunner.Run("report", "--format", "csv", "--out", file).ExitCode.Should().Be(0);
        ZeduRunner.Run("report", "--format", "csv", "--out", bare, "--no-bom").ExitCode.Should().Be(0);

        File.ReadAllBytes(file).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        File.ReadAllBytes(bare).Take(3).Should().NotEqual([0xEF, 0xBB, 0xBF]);
    }

    [Fact]
    public void Report_FormatHtml_IsOneWellFormedPageWithTheFigures()
    {
        using var folder = new TempFolder();
        var file = folder.File("report.html");

        var run = ZeduRunner.Run("report", "--format", "html", "--out", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().BeEmpty();
        var html = File.ReadAllText(file);
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().NotContainAny("<script", "http://cdn", "https://", "<link");
        var document = XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        XNamespace svg = "http://www.w3.org/2000/svg";
        document.Root!.Name.Should().Be(x + "html");
        document.Descendants(x + "meta").Should().Contain(m => (string?)m.Attribute("name") == "viewport");
        document.Descendants(x + "div").Where(d => (string?)d.Attribute("class") is "bar section" or "bar item").Should().HaveCountGreaterThan(5);
        document.Descendants(x + "div").Where(d => (string?)d.Attribute("class") == "bar section").Select(d => d.Value)
            .Should().HaveCount(5, "every section is listed").And.Contain(v => v.StartsWith("一、全面加强党的建设", StringComparison.Ordinal) && v.Contains("无量化指标"));
        var chart = document.Descendants(svg + "svg").Should().ContainSingle().Subject;
        chart.Elements(svg + "polyline").Should().HaveCount(2, "completion and expected progress");
        chart.Elements(svg + "circle").Should().HaveCount(6, "month ends January to May and the as-of date");
        var heat = document.Descendants(x + "table").Single(t => (string?)t.Attribute("class") == "heat");
        heat.Descendants(x + "tr").First().Elements(x + "th").Select(t => t.Value).Should().Contain(["醴陵市", "攸县", "荷塘区"]);
        heat.Descendants(x + "tr").Should().HaveCountGreaterThan(10);
        var text = document.Root.Value;
        var table = ZeduRunner.Run("report").Out;
        var completion = System.Text.RegularExpressions.Regex.Match(table, @"计划完成率(\d+\.\d%)").Groups[1].Value;
        completion.Should().NotBeEmpty();
        text.Should().Contain(completion).And.Contain("序时进度").And.Contain("8.1 培训100名心理咨询师").And.Contain("正常推进").And.NotContain("onTrack");
    }

    [Fact]
    public void Report_OutFile_WritesTheTableWholeAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var file = folder.File("report.txt");

        var run = ZeduRunner.Run("report", "--out", file);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(file).Should().Be(ZeduRunner.Run("report").Out);
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void Report_JsonProgressWithSchoolsAndAWarning_ReadsThemAndWarns()
    {
        using var folder = new TempFolder();
        var file = folder.File("schools.json", """
            { "schema": "zedu.progress/1", "reports": [
              { "target": "5.1", "orgUnit": "430281-001", "date": "2017-03-31", "value": 2 },
              { "target": "5.1", "orgUnit": "430281-001", "date": "2017-04-30", "value": 1 },
              { "target": "8.1", "orgUnit": "430223-002", "date": "2017-05-31", "value": 30 } ] }
            """);

        var run = ZeduRunner.English("report", "--progress", file, "--format", "csv", "--by", "school");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("org unit,8.1,培训100名心理咨询师,430223-002,430223-002,30,");
        run.Error.Should().Contain($"{file}(").And.Contain(": warning ZR1001: ").And.Contain("falls from 2 on 2017-03-31 to 1 on 2017-04-30. (at $.reports[1].value)");
        ZeduRunner.Run("report", "--progress", file, "--format", "csv", "--by", "school").Error
            .Should().Contain(": 警告 ZR1001: 指标5.1为存量指标，430281-001的值由2017-03-31的2降至2017-04-30的1。（位置：$.reports[1].value）");
    }

    [Fact]
    public void Report_CsvProgressWithSchools_BreaksDownBySchool()
    {
        using var folder = new TempFolder();
        var file = folder.File("schools.csv", """
            target,orgUnit,date,value
            8.1,430281-001,2017-03-31,20
            8.1,430281-002,2017-04-30,15
            8.1,430223-001,2017-05-31,30
            """);

        var county = ZeduRunner.Run("report", "--progress", file, "--format", "csv");
        var school = ZeduRunner.Run("report", "--progress", file, "--format", "csv", "--by", "school");

        county.ExitCode.Should().Be(0, county.Error);
        county.Out.Should().Contain("指标,8.1,培训100名心理咨询师,430200,株洲市,65,100,65.0%,");
        county.Out.Should().Contain("单位,8.1,培训100名心理咨询师,430281,醴陵市,35,");
        school.ExitCode.Should().Be(0, school.Error);
        school.Out.Should().Contain("单位,8.1,培训100名心理咨询师,430281-002,430281-002,15,");
    }

    [Theory]
    [InlineData("zh", "本部分另有工作（不计入完成率）：", "计划周期2019年1月1日至2019年12月31日")]
    [InlineData("en", "The section's own commitments (not evaluated):", "Plan period 1 January 2019 to 31 December 2019")]
    public void Report_FormatHtmlOfAPlanWithSectionCommitments_ListsThemUnderTheSection(string language, string heading, string period)
    {
        using var folder = new TempFolder();
        var plan = folder.File("plan.txt", "某县教育局2019年工作要点\n一、办好学前教育\n全县新增学位500个。\n1.扩充学位。新建幼儿园3所。\n");

        var run = ZeduRunner.Run("report", "--plan", plan, "--as-of", "2019-06-30", "--format", "html", "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        var document = XDocument.Parse(run.Out["<!DOCTYPE html>".Length..]);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var own = document.Descendants(x + "div").Should().ContainSingle(d => (string?)d.Attribute("class") == "own").Subject;
        own.Element(x + "p")!.Value.Should().Be(heading);
        own.Descendants(x + "li").Select(l => l.Value).Should().Equal("全县新增学位500个");
        ((XElement)own.PreviousNode!).Attribute("class")!.Value.Should().Be("bar section");
        document.Descendants(x + "p").Single(p => (string?)p.Attribute("class") == "sub").Value.Should().EndWith(period);
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Diagnostics;

public partial class DiagnosticMessagesTests
{
    /// <summary>Every code constant of the library: the public ZJ, ZR, ZC, ZO and ZA codes and the parser's ZP codes.</summary>
    public static TheoryData<string> LibraryCodes() => new(AllCodes());

    private static IEnumerable<string> AllCodes()
    {
        var holders = new[] { typeof(JsonDiagnosticCodes), typeof(ReportDiagnosticCodes), typeof(CsvDiagnosticCodes), typeof(OrgUnitDiagnosticCodes), typeof(AllocationDiagnosticCodes), typeof(Domain.Validation.PlanCheckCodes), typeof(Plan).Assembly.GetType("Zhuzhou.Education.Domain.Text.PlanTextCodes")! };
        return holders.SelectMany(h => h.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
    }

    [Theory]
    [MemberData(nameof(LibraryCodes))]
    public void Meaning_EveryCode_InBothLanguages(string code)
    {
        DiagnosticMessages.Codes.Should().Contain(code);
        // The names of formats (JSON, CSV, UTF-8, GB18030, ISO) and of the schema property are not English prose.
        var chinese = DiagnosticMessages.Meaning(code, Language.Chinese);
        chinese.Should().NotBeNullOrWhiteSpace();
        Regex.Replace(chinese!, "JSON|CSV|UTF-8|GB18030|ISO|schema|YYYY-MM-DD", string.Empty).Should().NotMatchRegex("[A-Za-z]", "no English in the Chinese");
        DiagnosticMessages.Meaning(code, Language.English).Should().NotBeNullOrWhiteSpace().And.NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void Codes_AreExactlyTheLibrarysCodes()
        => DiagnosticMessages.Codes.Should().BeEquivalentTo(AllCodes());

    [Fact]
    public void Templates_NameTheSameSpecificsInBothLanguages()
    {
        foreach (var (key, zh, en) in DiagnosticMessages.AllTemplates())
        {
            DiagnosticMessages.Codes.Should().Contain(key.Split('.')[0], "template {0} belongs to a code", key);
            Placeholders(zh).Should().BeSubsetOf(Placeholders(en), "the Chinese of {0} names nothing the English does not", key);
            Regex.Replace(zh, @"JSON|CSV|ISO|UTF-8|GB18030|NaN|Infinity|null|schema|\\uD800|S2\.1|S\{1\}\.n|YYYY-MM-DDTHH:MM|YYYY-MM-DD|\d{4}-\d\d-\d\dT\d\d:\d\d|target,orgUnit,date,value\[,numerator,denominator\]|target,orgUnit,required\[,weight\]\[,baseline\]|code,name,parent\[,kind\]|province|city|county|school", string.Empty)
                .Should().NotMatchRegex("[A-Za-z]", "no English in the Chinese of {0} (but the names of formats, the CSV headers' columns and the kinds a file may write)", key);
        }
    }

    [Fact]
    public void MessageIn_AdmissionProblem_IsWrittenInEitherLanguage()
    {
        var problem = new ReportAdmission(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017)
            .Check([new ProgressReport(TargetId.Parse("9.9"), ZhuzhouOrgUnits.City, new NodaTime.LocalDate(2017, 6, 30), 1m)])
            .Single();
        var diagnostic = problem.ToDiagnostic(line: 3, column: 1);

        diagnostic.MessageIn(Language.English).Should().Be("Target 9.9 is not in the plan \"株洲市教育局2017年工作要点\".").And.Be(diagnostic.Message);
        diagnostic.MessageIn(Language.Chinese).Should().Be("指标9.9不在计划《株洲市教育局2017年工作要点》中。");
        diagnostic.Format("reports.csv", Language.Chinese).Should().Be("reports.csv(3,1): 错误 ZR0001: 指标9.9不在计划《株洲市教育局2017年工作要点》中。");
        diagnostic.Format("reports.csv", Language.English).Should().Be("reports.csv(3,1): error ZR0001: Target 9.9 is not in the plan \"株洲市教育局2017年工作要点\".");
    }

    [Fact]
    public void MessageIn_DiagnosticWithItsOwnMessage_GivesTheCodesMeaningInChinese()
    {
        var diagnostic = new Diagnostic("ZJ0010", DiagnosticSeverity.Error, "\"x\" is not a target id such as \"14.2\".", path: "$.reports[0].target");

        diagnostic.MessageIn(Language.Chinese).Should().Be("值超出范围或格式有误。");
        diagnostic.Format("a.json", Language.Chinese).Should().Be("a.json: 错误 ZJ0010: 值超出范围或格式有误。（位置：$.reports[0].target）");
    }

    private static IEnumerable<string> Placeholders(string template) => Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Distinct();
}

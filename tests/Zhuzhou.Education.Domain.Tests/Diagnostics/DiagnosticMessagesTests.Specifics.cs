using System.Text;
using CsCheck;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Diagnostics;

/// <content>
/// Every diagnostic of plan text (ZP) and JSON (ZJ) is written from the catalogue, with its specifics, so that the
/// Chinese says what the English says — not only what its code means.
/// </content>
public partial class DiagnosticMessagesTests
{
    private static readonly IReadOnlyList<byte[]> TextSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "plan-text"));
    private static readonly IReadOnlyList<byte[]> PlanSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "plan-json"));
    private static readonly IReadOnlyList<byte[]> ProgressSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "progress-json"));
    private static readonly IReadOnlyList<byte[]> OrgUnitSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "org-units-json"));

    [Theory]
    [MemberData(nameof(LibraryCodes))]
    public void Templates_EveryCode_HasAMessageWithItsSpecifics(string code)
        => DiagnosticMessages.AllTemplates().Select(t => t.Key).Should().Contain(k => k == code || k.StartsWith(code + ".", StringComparison.Ordinal));

    [Fact]
    public void MessageIn_AnyDiagnosticOfTextNearAPlan_IsWrittenFromTheCatalogue()
        => HostileInput.Near(TextSeeds, HostileInput.PlanTextTokens).Sample(
            input => PlanTextParser.Parse(new MemoryStream(input)).Diagnostics.All(Catalogued), iter: 500);

    [Fact]
    public void MessageIn_AnyDiagnosticOfJsonNearAPlanABatchOrATree_IsWrittenFromTheCatalogue()
    {
        HostileInput.Near(PlanSeeds, HostileInput.JsonTokens).Sample(input => PlanJson.LoadUtf8(input).Diagnostics.All(Catalogued), iter: 500);
        HostileInput.Near(ProgressSeeds, HostileInput.JsonTokens)
            .Sample(input => ProgressJson.LoadUtf8(input, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).Diagnostics.All(Catalogued), iter: 500);
        HostileInput.Near(OrgUnitSeeds, HostileInput.JsonTokens).Sample(input => OrgUnitJson.LoadUtf8(input).Diagnostics.All(Catalogued), iter: 500);
    }

    [Fact]
    public void MessageIn_PlanTextDiagnostics_NameTheirPlaceInChinese()
    {
        var result = PlanTextParser.Parse("某局2017年工作要点\n一、甲\n二、乙\n1.丙。启动《某市方案(20162020)》。培训100名教师。\n3.丁。建设3-5所学校。\n");

        var zh = result.Diagnostics.Select(d => d.Format(null, Language.Chinese)).ToList();

        zh.Should().Contain(d => d.Contains("ZP0203: 第一部分（甲）没有要点。", StringComparison.Ordinal));
        zh.Should().Contain(d => d.Contains("ZP0302: 年份区间缺少分隔符，已读作2016-2020：“20162020”。", StringComparison.Ordinal));
        zh.Should().Contain(d => d.Contains("ZP0211: 要点编号由1跳至3。", StringComparison.Ordinal));
        zh.Should().OnlyContain(d => !HasEnglish(d), string.Join("\n", zh));
        result.Diagnostics.Select(d => d.Message).Should().Contain("Item number 3 skips from 1.");
    }

    [Fact]
    public void MessageIn_TooManyPlanTextDiagnostics_CountsTheRestInChinese()
    {
        var text = new StringBuilder("某局2017年工作要点\n一、甲\n");
        for (var i = 0; i < DiagnosticBag.Limit + 5; i++)
        {
            text.Append(i * 2 + 1).Append(".要点。\n");
        }

        var more = PlanTextParser.Parse(text.ToString()).Diagnostics.Single(d => d.Code == "ZP0009");

        more.MessageIn(Language.Chinese).Should().MatchRegex(@"^另有\d+条诊断信息未列出。$");
        more.MessageIn(Language.English).Should().MatchRegex(@"^\d+ further diagnostics? (was|were) not reported\.$");
    }

    [Theory]
    [InlineData("""{"schema": 5, "reports": []}""", "ZJ0007", "数字")]
    [InlineData("""{"schema": "zedu.progress/1", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-02-30", "value": 1}]}""", "ZJ0009", "“date”为\"2017-02-30\"，不是实际存在的日期")]
    [InlineData("""{"schema": "zedu.progress/1", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-02-28", "value": "1"}]}""", "ZJ0004", "“value”应为数字，而不是字符串。")]
    [InlineData("""{"schema": "zedu.progress/1", "reports": [{"target": "八", "orgUnit": "430281", "date": "2017-02-28", "value": 1}]}""", "ZJ0010", "“八”不是指标编号")]
    [InlineData("""{"schema": "zedu.progress/1", "reports": [{"target": "8.1", "orgUnit": "430281", "date": "2017-02-28", "value": 1, "colour": 1}]}""", "ZJ0015", "属性“colour”不属于该格式。")]
    [InlineData("""{"schema": "zedu.progress/1", "reports": [""", "ZJ0002", "文档在其数组和对象闭合之前就结束了。")]
    public void MessageIn_JsonDiagnostic_NamesItsPlaceInChinese(string json, string code, string expected)
    {
        var result = ProgressJson.LoadUtf8(Encoding.UTF8.GetBytes(json), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);

        var diagnostic = result.Errors.First(d => d.Code == code);

        diagnostic.MessageIn(Language.Chinese).Should().Contain(expected);
        diagnostic.MessageIn(Language.Chinese).Should().NotBe(DiagnosticMessages.Meaning(code, Language.Chinese) + "。");
        diagnostic.MessageIn(Language.English).Should().Be(diagnostic.Message);
    }

    /// <summary>A diagnostic the catalogue writes: its Chinese is a template with its specifics, never the English message.</summary>
    private static bool Catalogued(Diagnostic d)
        => d.Key is not null && DiagnosticMessages.AllTemplates().Any(t => t.Key == d.Key) && d.MessageIn(Language.English) == d.Message;

    // English prose: a word of three or more Latin letters (names of formats and JSON's own words aside).
    private static bool HasEnglish(string text)
        => System.Text.RegularExpressions.Regex.IsMatch(System.Text.RegularExpressions.Regex.Replace(text, "JSON|CSV|UTF-8|GB18030|ISO|NaN|Infinity|null|schema", string.Empty), "[A-Za-z]{3,}");
}

using System.Text;
using System.Text.RegularExpressions;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Diagnostics;

/// <summary>Details written in English by the model's checks and the CSV reader, given in Chinese with their specifics.</summary>
public partial class DiagnosticMessagesTests
{
    // The model's factories a reader builds from a file, and the checks they share.
    private static readonly string[] ModelSources =
    [
        "src/Zhuzhou.Education.Domain/Plans", "src/Zhuzhou.Education.Domain/Quantities", "src/Zhuzhou.Education.Domain/Utility/Preconditions.cs",
        "src/Zhuzhou.Education.Domain/Reports/ProgressReport.cs", "src/Zhuzhou.Education.Domain/Reports/EvidenceLink.cs",
    ];

    [Fact]
    public void DetailInChinese_EveryMessageTheModelThrows_IsWrittenInChineseWithoutEnglish()
    {
        var messages = ModelSources
            .SelectMany(s => Directory.Exists(RepositoryPaths.Combine(s)) ? Directory.GetFiles(RepositoryPaths.Combine(s), "*.cs") : [RepositoryPaths.Combine(s)])
            .SelectMany(f => ThrownMessages(File.ReadAllText(f)))
            .Distinct()
            .ToList();

        messages.Should().HaveCountGreaterThan(50, "the scan finds the model's messages");
        messages.Where(m => DiagnosticMessages.DetailInChinese(m) is null).Should().BeEmpty("every message has a Chinese");
        messages.Select(m => DiagnosticMessages.DetailInChinese(m)!)
            .Where(c => Regex.IsMatch(Regex.Replace(c, @"ISO|S[\d.]+n", string.Empty), "[A-Za-z]"))
            .Should().BeEmpty("no English in the Chinese");
    }

    [Theory]
    [InlineData("Target 14.3 belongs to item 9, not item 14.", "指标14.3属于要点9，而非要点14")]
    [InlineData("Org unit 430281 appears more than once in the allocation.", "单位430281在任务分解中出现了不止一次")]
    [InlineData("A milestone can be owed by every county-level unit or every school, not by every unit of level City.", "节点任务可由全部县市区或全部学校承担，不能由全部市级单位承担")]
    [InlineData("An unescaped quote character '\"' was found inside a quoted field.", "带引号的字段中有未转义的引号“\"”")]
    public void DetailInChinese_Message_KeepsItsSpecifics(string english, string chinese)
        => DiagnosticMessages.DetailInChinese(english).Should().Be(chinese);

    [Fact]
    public void MessageIn_ModelDetailTheCatalogueDoesNotKnow_GivesNoEnglishInChinese()
    {
        var diagnostic = new Diagnostic("ZJ0010", DiagnosticSeverity.Error, "ZJ0010.model", ["Something new went wrong."], path: "$.sections[0]");

        diagnostic.MessageIn(Language.Chinese).Should().Be("该值不成立，计划模型不接受。");
        diagnostic.MessageIn(Language.English).Should().Be("Something new went wrong.");
    }

    [Theory]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,\"1\n", "ZC0003", "CSV记录格式有误：文件末尾带引号的字段缺少结束引号。", "Malformed CSV: A quoted field at the end of the input ends without a closing quote.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,\"1\"x\n", "ZC0003", "CSV记录格式有误：结束引号之后应为逗号、换行或文件结尾。", "Malformed CSV: A delimiter, newline or EOF was expected after a closing quote.")]
    [InlineData("\"target,orgUnit\n", "ZC0001", "不是CSV文件：文件末尾带引号的字段缺少结束引号。", "Not a CSV file: A quoted field at the end of the input ends without a closing quote.")]
    public void MessageIn_CsvReadersDetail_IsInChinese(string csv, string code, string chinese, string english)
    {
        var error = ProgressCsv.Read(new StringReader(csv), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).Errors.Single();

        error.Code.Should().Be(code);
        error.MessageIn(Language.Chinese).Should().Be(chinese);
        error.MessageIn(Language.English).Should().Be(english).And.Be(error.Message);
    }

    [Fact]
    public void MessageIn_AllocationTheModelRefuses_SaysWhyInChinese()
    {
        // 8.1 has no baseline, so no unit's part of it gives one.
        var result = AllocationCsv.Read(new StringReader("target,orgUnit,required,baseline\n8.1,430281,60,5\n"), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);

        var error = result.Errors.Single();
        error.Code.Should().Be("ZA0008");
        error.MessageIn(Language.Chinese).Should().Be("指标8.1的各行不构成任务分解：指标8.1没有基数，其任务分解的各单位也不填基数。");
        error.MessageIn(Language.English).Should().Be("The rows of target 8.1 do not make an allocation of it: Target 8.1 has no baseline, so its allocation's parts give none.");
    }

    /// <summary>The messages of the exceptions a source file throws, each hole of an interpolation filled with a sample (both sides of a choice).</summary>
    private static IEnumerable<string> ThrownMessages(string source)
    {
        foreach (Match start in Regex.Matches(source, @"CheckArgument\(|new Argument(OutOfRange)?Exception\("))
        {
            var (literals, _) = Literals(source, start.Index + start.Length, stopAtStatementEnd: true);
            foreach (var literal in literals)
            {
                yield return literal;
            }
        }
    }

    // Reads C# from `at` to the end of the statement (or of one string literal), returning its string literals' texts.
    private static (List<string> Texts, int End) Literals(string source, int at, bool stopAtStatementEnd)
    {
        var texts = new List<string>();
        var i = at;
        while (i < source.Length && !(stopAtStatementEnd && source[i] == ';'))
        {
            if (source[i] == '"' || (source[i] == '$' && source[i + 1] == '"'))
            {
                var (variants, end) = Literal(source, i);
                texts.AddRange(variants);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return (texts, i);
    }

    // One literal from `at` ("…" or $"…"): its texts, a hole with a choice between literals giving each.
    private static (List<string> Variants, int End) Literal(string source, int at)
    {
        var interpolated = source[at] == '$';
        var i = at + (interpolated ? 2 : 1);
        var variants = new List<StringBuilder> { new() };
        while (source[i] != '"')
        {
            if (source[i] == '\\')
            {
                variants.ForEach(v => v.Append(source[i + 1]));
                i += 2;
            }
            else if (interpolated && source[i] == '{')
            {
                var close = HoleEnd(source, i);
                var hole = source[(i + 1)..close];
                var choices = hole.Contains('?', StringComparison.Ordinal) && hole.Contains('"', StringComparison.Ordinal)
                    ? Literals(hole, 0, stopAtStatementEnd: false).Texts
                    : [Sample(hole)];
                variants = [.. variants.SelectMany(v => choices.Select(c => new StringBuilder(v.ToString()).Append(c)))];
                i = close + 1;
            }
            else
            {
                variants.ForEach(v => v.Append(source[i]));
                i++;
            }
        }

        return ([.. variants.Select(v => v.ToString())], i + 1);
    }

    private static int HoleEnd(string source, int open)
    {
        var depth = 0;
        for (var i = open; ; i++)
        {
            if (source[i] == '"')
            {
                i = Literal(source, i).End - 1;
            }
            else if (source[i] == '{' || source[i] == '(')
            {
                depth++;
            }
            else if ((source[i] == '}' || source[i] == ')') && --depth == 0)
            {
                return i;
            }
        }
    }

    private static string Sample(string hole)
        => hole.Contains("Title", StringComparison.Ordinal) ? "某局2017年工作要点"
            : hole.Contains("Name", StringComparison.Ordinal) ? "甲"
            : hole.Contains("level", StringComparison.Ordinal) ? "Province"
            : hole.Contains("OrgUnit", StringComparison.Ordinal) ? "430281"
            : hole.EndsWith("Item", StringComparison.Ordinal) || hole.EndsWith("umber", StringComparison.Ordinal) ? "9"
            : hole.Contains("Id", StringComparison.Ordinal) ? "14.2"
            : "3";
}

using System.Globalization;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// The words of the assertions' failure messages in both languages: Chinese where the current UI culture is Chinese
/// (zh, zh-CN, zh-Hans…), English otherwise; the figures and their arithmetic are the library's own explanations.
/// </summary>
internal static class AssertionText
{
    public static Language Language
        => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Language.Chinese : Language.English;

    public static bool Chinese => Language == Language.Chinese;

    /// <summary>One of two texts, by the current language; braces escaped for FluentAssertions' message format, but for its {reason}.</summary>
    public static string Pick(string zh, string en) => Escape(Chinese ? zh : en).Replace("{{reason}}", "{reason}", StringComparison.Ordinal);

    /// <summary>"指标 8.1 心理咨询师" / "target 8.1 心理咨询师".</summary>
    public static string Target(Target target) => (Chinese ? "指标 " : "target ") + target.Id + " " + target.Subject;

    /// <summary>"（430281 醴陵市）" / " for 430281 醴陵市"; empty for the whole.</summary>
    public static string For(OrgUnit? unit) => unit is null ? string.Empty : Chinese ? $"（{unit.Code} {unit.Name}）" : $" for {unit.Code} {unit.Name}";

    /// <summary>The status in words: "滞后" / "behind".</summary>
    public static string Status(EvaluationStatus status) => Words.Status(status, Language);

    /// <summary>A target's rule in words: "不少于100名" / "at least 100".</summary>
    public static string Rule(Target target) => Words.Rule(CompletionRule.For(target), target.Unit, Language);

    /// <summary>The library's explanation of an evaluation: rule, reports that count, arithmetic, why the status.</summary>
    public static string Explanation(TargetEvaluation evaluation) => Escape(ExplanationText.Format(evaluation, Language));

    public static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}

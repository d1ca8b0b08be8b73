using FluentAssertions.Execution;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>The one failure of "no diagnostic above a severity", for plans and parse results alike.</summary>
internal static class DiagnosticList
{
    public static void Assert(bool found, IReadOnlyList<Diagnostic> above, string what, DiagnosticSeverity severity, string because, object[] becauseArgs)
    {
        var limit = severity switch
        {
            DiagnosticSeverity.Info => AssertionText.Chinese ? "提示" : "info",
            DiagnosticSeverity.Warning => AssertionText.Chinese ? "警告" : "warnings",
            _ => AssertionText.Chinese ? "错误" : "errors",
        };
        if (!Execute.Assertion.BecauseOf(because, becauseArgs).ForCondition(found)
            .FailWith(AssertionText.Pick("预期计划{reason}，但为 null。", "Expected a plan{reason}, but found <null>.")))
        {
            return;
        }

        var list = string.Join("\n", above.Select(d => "  " + d.Format(null, AssertionText.Language)));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(above.Count == 0)
            .FailWith(AssertionText.Pick(
                $"预期{what}除{limit}外没有诊断{{reason}}，但发现 {above.Count} 条：\n{list}",
                $"Expected {what} to have no diagnostics beyond {limit}{{reason}}, but found {above.Count}:\n{list}"));
    }
}

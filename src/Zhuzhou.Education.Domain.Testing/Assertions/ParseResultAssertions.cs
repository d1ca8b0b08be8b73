using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// Assertions on the result of reading a plan (plan JSON, plan text, or <see cref="Validation.PlanCheck.File"/>):
/// which diagnostics it holds, each failure listing them with their code, place and message.
/// </summary>
public sealed class ParseResultAssertions : ObjectAssertions<ParseResult<Plan>, ParseResultAssertions>
{
    /// <summary>Creates the assertions on a result.</summary>
    /// <param name="subject">The result.</param>
    public ParseResultAssertions(ParseResult<Plan> subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "result";

    /// <summary>
    /// Asserts the result holds nothing more serious than a severity: <see cref="DiagnosticSeverity.Warning"/> to allow
    /// warnings but no error, <see cref="DiagnosticSeverity.Info"/> to allow neither.
    /// </summary>
    /// <param name="severity">The most serious severity allowed.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>These assertions, to go on.</returns>
    public AndConstraint<ParseResultAssertions> HaveNoDiagnosticsAbove(DiagnosticSeverity severity, string because = "", params object[] becauseArgs)
    {
        var above = Subject is null ? [] : Subject.Diagnostics.Where(d => d.Severity > severity).ToList();
        DiagnosticList.Assert(Subject is not null, above, Subject?.ValueOrDefault?.Title ?? (AssertionText.Chinese ? "计划" : "the plan"), severity, because, becauseArgs);
        return new AndConstraint<ParseResultAssertions>(this);
    }

    /// <summary>Asserts the result holds a diagnostic with a code, and gives it for further assertions (its line, its path).</summary>
    /// <param name="code">The code, e.g. "ZV0001".</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first diagnostic with the code.</returns>
    public AndWhichConstraint<ParseResultAssertions, Diagnostic> HaveDiagnostic(string code, string because = "", params object[] becauseArgs)
    {
        var found = Subject?.Diagnostics.FirstOrDefault(d => d.Code == code);
        var all = Subject is null ? "null" : Subject.Diagnostics.IsEmpty ? "—" : "\n" + string.Join("\n", Subject.Diagnostics.Select(d => "  " + d.Format(null, AssertionText.Language)));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found is not null)
            .FailWith(AssertionText.Pick($"预期含诊断 {code}{{reason}}，但诊断为：{all}", $"Expected a diagnostic {code}{{reason}}, but the diagnostics are: {all}"));
        return new AndWhichConstraint<ParseResultAssertions, Diagnostic>(this, found!);
    }
}

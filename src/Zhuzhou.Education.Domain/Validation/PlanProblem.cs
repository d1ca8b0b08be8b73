using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>
/// A problem the plan check found, before it is placed in a file: its code, severity, JSON path, the words of the plan
/// it is about, and the specifics its message names (the message in both languages is the catalogue's,
/// <see cref="DiagnosticMessages"/>, keyed by the code).
/// </summary>
internal sealed record PlanProblem(string Code, DiagnosticSeverity Severity, string? Path, string? Words, string[] Arguments)
{
    public Diagnostic ToDiagnostic(int? line, int? column) => new(Code, Severity, Code, [.. Arguments], line, column, Path);
}

using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// A problem <see cref="ReportAdmission"/> found in a batch of progress reports: which report (its position in the
/// batch), which field, a stable code from <see cref="ReportDiagnosticCodes"/>, a severity and a plain message. Each
/// reader places it in its own terms (a JSON path, a CSV line); the message is the same on every path.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReportProblem
{
    private readonly string? key;
    private readonly ImmutableArray<string> arguments;

    /// <summary>Creates a problem.</summary>
    /// <param name="index">The report's position in the batch, from 0.</param>
    /// <param name="field">The field at fault ("target", "orgUnit", "date", "value", "numerator", "denominator", "stage"), or null for the report as a whole.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">The plain message.</param>
    /// <exception cref="ArgumentException">The index is negative, the code or message blank, or the severity undefined.</exception>
    public ReportProblem(int index, string? field, string code, DiagnosticSeverity severity, string message)
    {
        Preconditions.CheckArgument(index >= 0, nameof(index), "Index must not be negative.");
        Preconditions.CheckArgument(Enum.IsDefined(severity), nameof(severity), "Unknown severity.");
        Index = index;
        Field = field;
        Code = Preconditions.CheckNotBlank(code);
        Severity = severity;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>A problem whose message is the template <paramref name="key"/> of <see cref="DiagnosticMessages"/> with <paramref name="arguments"/>.</summary>
    internal ReportProblem(int index, string? field, string code, DiagnosticSeverity severity, string key, params string[] arguments)
        : this(index, field, code, severity, new Diagnostic(code, severity, key, [.. arguments]).Message)
    {
        this.key = key;
        this.arguments = [.. arguments];
    }

    /// <summary>The report's position in the batch, from 0.</summary>
    public int Index { get; }

    /// <summary>The field at fault, as the progress formats name it; null for the report as a whole.</summary>
    public string? Field { get; }

    /// <summary>The stable code (<see cref="ReportDiagnosticCodes"/>).</summary>
    public string Code { get; }

    /// <summary>How serious it is: an error refuses the batch, a warning never does.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The plain message, the same on every path.</summary>
    public string Message { get; }

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The problem as a diagnostic placed where a reader found the report.</summary>
    /// <param name="line">The 1-based line, where known.</param>
    /// <param name="column">The 1-based column, where known.</param>
    /// <param name="path">A JSON path or other location, where known.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic(int? line = null, int? column = null, string? path = null)
        => key is null ? new(Code, Severity, Message, line, column, path) : new(Code, Severity, key, arguments, line, column, path);

    /// <summary>Whether another problem has the same report, field, code, severity and message.</summary>
    /// <param name="other">The other problem.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ReportProblem? other)
        => other is not null && Index == other.Index && Field == other.Field && Code == other.Code && Severity == other.Severity && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Field, Code, Severity, Message);

    /// <summary>"report 3, date: error ZR0003: …".</summary>
    /// <returns>The short invariant form.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"report {Index}{(Field is null ? string.Empty : ", " + Field)}: {(IsError ? "error" : "warning")} {Code}: {Message}");
}

using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the input was understood.</summary>
    Info = 0,

    /// <summary>Legal but suspicious, or a defect read in a stated way; never blocks a result.</summary>
    Warning = 1,

    /// <summary>The input could not be used; no value is returned.</summary>
    Error = 2,
}

/// <summary>
/// A problem found in untrusted input (plan text, JSON, CSV): a stable code, a severity, a plain message, and
/// where — a 1-based line and column in text, and/or a JSON path such as <c>$.reports[3].date</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">A stable code such as "ZP0101" or "ZJ0003".</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A plain message saying what is wrong.</param>
    /// <param name="line">The 1-based line, where known.</param>
    /// <param name="column">The 1-based column, where known.</param>
    /// <param name="path">A JSON path or other location in structured input, where known.</param>
    /// <exception cref="ArgumentException">The code or message is blank, the severity undefined, or a position below 1.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, int? line = null, int? column = null, string? path = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Preconditions.CheckArgument(Enum.IsDefined(severity), nameof(severity), "Unknown severity.");
        Message = Preconditions.CheckNotBlank(message);
        Preconditions.CheckArgument(line is null or >= 1, nameof(line), "Line must be at least 1.");
        Preconditions.CheckArgument(column is null or >= 1, nameof(column), "Column must be at least 1.");
        Severity = severity;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The plain message.</summary>
    public string Message { get; }

    /// <summary>The 1-based line, where known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, where known.</summary>
    public int? Column { get; }

    /// <summary>A JSON path or other structured location, where known.</summary>
    public string? Path { get; }

    /// <summary>The file or stream the problem is in, where the reader was told its name (several files read as one batch).</summary>
    public string? Source { get; init; }

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The form compilers use: <c>(12,5): warning ZP0201: message</c>, with the path where there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $"({line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $",{column}");
            }

            text.Append("): ");
        }

        if (Path is not null)
        {
            text.Append(Path).Append(": ");
        }

        text.Append(Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        return text.Append(' ').Append(Code).Append(": ").Append(Message).ToString();
    }
}

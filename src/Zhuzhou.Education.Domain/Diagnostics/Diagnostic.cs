using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Localization;
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
/// <remarks>
/// <para>The message exists in both languages (<see cref="MessageIn"/>): a diagnostic the library reports carries its
/// template in <see cref="DiagnosticMessages"/> and the specifics it names; one created with a message of its own gives
/// that message in English and, in Chinese, what its code means where the catalogue knows the code.</para>
/// <para>Equality compares code, severity, message and place. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Diagnostic
{
    private readonly string? key;
    private readonly ImmutableArray<string> arguments;

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

    /// <summary>A diagnostic whose message is the catalogue's template <paramref name="key"/> with <paramref name="arguments"/>.</summary>
    internal Diagnostic(string code, DiagnosticSeverity severity, string key, ImmutableArray<string> arguments, int? line = null, int? column = null, string? path = null)
        : this(code, severity, DiagnosticMessages.Format(key, arguments, Language.English), line, column, path)
    {
        this.key = key;
        this.arguments = arguments;
    }

    /// <summary>A diagnostic with the message of another, placed anew.</summary>
    internal Diagnostic(Diagnostic message, int? line, int? column, string? path)
        : this(message.Code, message.Severity, message.Message, line, column, path)
    {
        key = message.key;
        arguments = message.arguments;
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

    /// <summary>The catalogue's template the message is written from, or null for a diagnostic created with a message of its own.</summary>
    internal string? Key => key;

    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in a language: the catalogue's template with this diagnostic's specifics.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message; in Chinese, for a diagnostic created with a message of its own, what its code means.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public string MessageIn(Language language)
    {
        Figures.Check(language);
        if (key is not null)
        {
            return DiagnosticMessages.Format(key, arguments, language);
        }

        return language == Language.English ? Message : DiagnosticMessages.Meaning(Code, language) is { } meaning ? meaning + "。" : Message;
    }

    /// <summary>
    /// The one form every diagnostic is printed in, as compilers print theirs:
    /// <c>plan.txt(12,5): warning ZP0201: message</c>, with a JSON path after the message where there is one.
    /// </summary>
    /// <param name="source">The file or source the place is in, or null.</param>
    /// <param name="language">The language of the severity and the message (错误 ZR0001: …; error ZR0001: …).</param>
    /// <returns>The text, one line.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public string Format(string? source, Language language)
    {
        Figures.Check(language);
        var zh = language == Language.Chinese;
        var text = new StringBuilder();
        text.Append(source);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $"({line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $",{column}");
            }

            text.Append(')');
        }

        if (text.Length > 0)
        {
            text.Append(": ");
        }

        text.Append((Severity, zh) switch
        {
            (DiagnosticSeverity.Error, true) => "错误",
            (DiagnosticSeverity.Error, false) => "error",
            (DiagnosticSeverity.Warning, true) => "警告",
            (DiagnosticSeverity.Warning, false) => "warning",
            (_, true) => "提示",
            _ => "info",
        });
        text.Append(' ').Append(Code).Append(": ").Append(MessageIn(language));
        if (Path is not null)
        {
            text.Append(zh ? "（位置：" : " (at ").Append(Path).Append(zh ? "）" : ")");
        }

        return text.ToString();
    }

    /// <summary>The form compilers use, in English: <c>(12,5): warning ZP0201: message</c>, with the path where there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(null, Language.English);

    /// <summary>Whether another diagnostic has the same code, severity, message and place.</summary>
    /// <param name="other">The other diagnostic.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Diagnostic? other)
        => other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message
            && Line == other.Line && Column == other.Column && Path == other.Path;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Message, Line, Column, Path);
}

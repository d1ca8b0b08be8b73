using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// A place in a document, cheap to pass around: the path string is only built when a problem is reported, so
/// that loading a million valid reports builds none.
/// </summary>
internal readonly struct At
{
    private readonly string parent;
    private readonly int index;

    private At(string parent, int index)
    {
        this.parent = parent;
        this.index = index;
    }

    public static At Root => new("$", -1);

    public string Path => index < 0 ? parent : parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public At this[int i] => new(Path, i);

    public At Element(string arrayProperty, int i) => new(Property(arrayProperty), i);

    public At Child(string property) => new(Property(property), -1);

    public string Property(string name) => Path + JsonPaths.Segment(name);
}

internal static class JsonPaths
{
    /// <summary>".name", or "['name']" where the name is not a plain identifier (as System.Text.Json writes paths).</summary>
    public static string Segment(string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "." + name
            : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
}

/// <summary>The diagnostics found while loading one document, in the order found.</summary>
internal sealed class Problems
{
    private readonly List<Entry> entries = [];

    public bool HasErrors { get; private set; }

    /// <summary>Whether warnings are kept; when not, they are only counted in <see cref="WarningsDropped"/>.</summary>
    public bool KeepWarnings { get; init; } = true;

    /// <summary>The warnings not kept.</summary>
    public int WarningsDropped { get; private set; }

    /// <summary>The problems found, warnings not kept included.</summary>
    public int Count => entries.Count + WarningsDropped;

    /// <summary>An error whose message is the catalogue's template <paramref name="key"/> (<see cref="DiagnosticMessages"/>) with its specifics.</summary>
    public void Error(string code, string? path, string key, ImmutableArray<string> arguments, int? line = null, int? column = null)
    {
        HasErrors = true;
        var diagnostic = new Diagnostic(code, DiagnosticSeverity.Error, key, arguments);
        entries.Add(new(code, DiagnosticSeverity.Error, diagnostic.Message, path, line, column, diagnostic));
    }

    public void Warning(string code, string path, string message)
    {
        if (Kept(isError: false))
        {
            entries.Add(new(code, DiagnosticSeverity.Warning, message, path, null, null));
        }
    }

    /// <summary>A problem of admission (<see cref="Reports.ReportAdmission"/>), placed at a path.</summary>
    public void Add(Reports.ReportProblem problem, string path)
    {
        HasErrors |= problem.IsError;
        if (Kept(problem.IsError))
        {
            entries.Add(new(problem.Code, problem.Severity, problem.Message, path, null, null, problem.ToDiagnostic()));
        }
    }

    /// <summary>A problem of admission placed at a path made only when the problem is kept.</summary>
    public void Add(Reports.ReportProblem problem, Func<string> path)
    {
        HasErrors |= problem.IsError;
        if (Kept(problem.IsError))
        {
            entries.Add(new(problem.Code, problem.Severity, problem.Message, path(), null, null, problem.ToDiagnostic()));
        }
    }

    /// <summary>A diagnostic made elsewhere (its code, severity and message in both languages), placed at a path.</summary>
    public void Add(Diagnostic diagnostic, string path)
    {
        HasErrors |= diagnostic.IsError;
        if (Kept(diagnostic.IsError))
        {
            entries.Add(new(diagnostic.Code, diagnostic.Severity, diagnostic.Message, path, null, null, diagnostic));
        }
    }

    private bool Kept(bool isError)
    {
        if (isError || KeepWarnings)
        {
            return true;
        }

        WarningsDropped++;
        return false;
    }

    /// <summary>The diagnostics, each with the line and column of its path in <paramref name="utf8"/> where found.</summary>
    public ImmutableArray<Diagnostic> ToDiagnostics(ReadOnlySpan<byte> utf8)
    {
        var wanted = entries.Where(e => e.Line is null && e.Path is not null).Select(e => e.Path!).ToHashSet(StringComparer.Ordinal);
        var found = wanted.Count == 0 || utf8.IsEmpty ? [] : JsonLocator.Locate(utf8, wanted);
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(entries.Count);
        foreach (var e in entries)
        {
            var (line, column) = e.Line is not null ? (e.Line, e.Column)
                : e.Path is not null && found.TryGetValue(e.Path, out var position) ? (position.Line, position.Column)
                : ((int?)null, (int?)null);
            builder.Add(e.Placed is { } placed ? new Diagnostic(placed, line, column, e.Path) : new Diagnostic(e.Code, e.Severity, e.Message, line, column, e.Path));
        }

        return builder.MoveToImmutable();
    }

    private readonly record struct Entry(string Code, DiagnosticSeverity Severity, string Message, string? Path, int? Line, int? Column, Diagnostic? Placed = null);
}

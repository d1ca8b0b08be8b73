using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Diagnostics;

/// <summary>
/// The outcome of reading untrusted input: the value when it could be used, and every diagnostic found.
/// Reading never throws for bad input and never returns a half-built value.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
    where T : class
{
    private readonly T? value;

    internal ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        this.value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Whether a value was read: true when there is no error diagnostic.</summary>
    public bool Success => value is not null;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; the message lists the errors.</exception>
    public T Value => value ?? throw new InvalidOperationException(
        "The input could not be read:" + Environment.NewLine + string.Join(Environment.NewLine, Errors));

    /// <summary>The value read, or null when reading failed.</summary>
    public T? ValueOrDefault => value;

    /// <summary>Every diagnostic, in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The error diagnostics.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warning diagnostics.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>A successful result. Its diagnostics must hold no error.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="diagnostics">Warnings and notes found while reading.</param>
    /// <typeparam name="T">The type read.</typeparam>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> holds an error.</exception>
    public static ParseResult<T> Succeeded<T>(T value, IEnumerable<Diagnostic>? diagnostics = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        var list = Sequences.ToImmutable(diagnostics ?? [], nameof(diagnostics));
        Preconditions.CheckArgument(!list.Any(d => d.IsError), nameof(diagnostics), "A successful result cannot hold an error diagnostic.");
        return new ParseResult<T>(value, list);
    }

    /// <summary>A failed result. Its diagnostics must hold at least one error.</summary>
    /// <param name="diagnostics">Every problem found.</param>
    /// <typeparam name="T">The type read.</typeparam>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> holds no error.</exception>
    public static ParseResult<T> Failed<T>(IEnumerable<Diagnostic> diagnostics)
        where T : class
    {
        var list = Sequences.ToImmutable(diagnostics, nameof(diagnostics));
        Preconditions.CheckArgument(list.Any(d => d.IsError), nameof(diagnostics), "A failed result needs at least one error diagnostic.");
        return new ParseResult<T>(null, list);
    }
}

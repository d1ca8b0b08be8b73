using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// Turns wire leaves into model values, reporting each problem with its path and carrying on, so that one
/// pass lists every problem of a document.
/// </summary>
internal sealed class WireReader(JsonLoadOptions options, Problems problems)
{
    public Problems Problems => problems;

    public JsonLoadOptions Options => options;

    /// <summary>Checks the "schema" property; false when the document is not one this library reads.</summary>
    public bool Schema(WireString schema, string expected) => Schema(schema, expected, []) is not null;

    /// <summary>
    /// Checks the "schema" property against the version written and the older versions still read; returns the
    /// one found, or null (reported) when the document is not one this library reads.
    /// </summary>
    public string? Schema(WireString schema, string expected, params string[] older)
    {
        if (schema.State == WireState.Valid && (schema.Value == expected || older.Contains(schema.Value)))
        {
            return schema.Value;
        }

        var found = schema.State switch
        {
            WireState.Valid => $"\"{schema.Value}\"",
            WireState.Absent => DiagnosticMessages.Term("ZJ0004.token.none"),
            _ => IsoDate.Describe(schema.Token),
        };
        var also = string.Join(", ", older.Select(o => $"\"{o}\""));
        problems.Error(JsonDiagnosticCodes.UnknownSchema, "$.schema", older.Length == 0 ? "ZJ0007" : "ZJ0007.older", [expected, also, found]);
        return null;
    }

    public void Unknown(WireObject wire, At at)
    {
        if (wire.Unknown is { Count: > 0 } unknown)
        {
            foreach (var name in unknown.Keys)
            {
                problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), "ZJ0015", [name]);
            }
        }
    }

    /// <summary>An element of an array that must be an object.</summary>
    public bool Present<T>(T? element, At at)
        where T : WireObject
    {
        if (element is null)
        {
            problems.Error(JsonDiagnosticCodes.WrongType, at.Path, "ZJ0004.element", []);
            return false;
        }

        return true;
    }

    public string? String(WireString value, At at, string name, bool required, bool allowBlank = false)
    {
        switch (value.State)
        {
            case WireState.Valid:
                if (!allowBlank && string.IsNullOrWhiteSpace(value.Value))
                {
                    problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), "ZJ0010.blank", [name]);
                    return null;
                }

                return value.Value;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), "ZJ0004.string", [name, IsoDate.Describe(value.Token)]);
                return null;
            default:
                Missing(value.State, at, name, required);
                return null;
        }
    }

    public decimal? Number(WireNumber value, At at, string name, bool required, bool nonNegative = true)
    {
        switch (value.State)
        {
            case WireState.Valid:
                if (nonNegative && value.Value < 0)
                {
                    problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), "ZJ0010.negative", [name, value.Value.ToString(CultureInfo.InvariantCulture)]);
                    return null;
                }

                return value.Value;
            case WireState.Invalid:
                problems.Error(JsonDiagnosticCodes.NotAFiniteNumber, at.Property(name), "ZJ0005.large", [name, value.Raw ?? string.Empty]);
                return null;
            case WireState.WrongType when value.Raw is "NaN" or "Infinity" or "-Infinity":
                problems.Error(JsonDiagnosticCodes.NotAFiniteNumber, at.Property(name), "ZJ0005.nan", [name, value.Raw]);
                return null;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), "ZJ0004.number", [name, IsoDate.Describe(value.Token)]);
                return null;
            default:
                Missing(value.State, at, name, required);
                return null;
        }
    }

    public int? Integer(WireNumber value, At at, string name, bool required, int minimum)
    {
        if (Number(value, at, name, required, nonNegative: false) is not { } number)
        {
            return null;
        }

        if (number != decimal.Truncate(number) || number < minimum || number > int.MaxValue)
        {
            problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), "ZJ0010.whole",
                [name, minimum.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture)]);
            return null;
        }

        return (int)number;
    }

    public LocalDate? Date(WireDate value, At at, string name, bool required)
    {
        switch (value.State)
        {
            case WireState.Valid:
                return value.Value;
            case WireState.Invalid:
                problems.Error(JsonDiagnosticCodes.InvalidDate, at.Property(name), "ZJ0009", [name, value.Raw ?? string.Empty]);
                return null;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), "ZJ0004.date", [name, IsoDate.Describe(value.Token)]);
                return null;
            default:
                Missing(value.State, at, name, required);
                return null;
        }
    }

    public bool Enum<T>(WireString value, EnumNames<T> names, At at, string name, bool required, out T result)
        where T : struct, Enum
    {
        result = default;
        if (String(value, at, name, required) is not { } text)
        {
            return false;
        }

        if (!names.TryParse(text, out result))
        {
            problems.Error(JsonDiagnosticCodes.UnknownName, at.Property(name), "ZJ0008", [text, DiagnosticMessages.Term("ZJ0008.what." + names.What), names.Names]);
            return false;
        }

        return true;
    }

    /// <summary>Builds a model value, turning the model's own validation into a diagnostic at <paramref name="path"/>.</summary>
    public T? Build<T>(Func<T> build, string path)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            problems.Error(JsonDiagnosticCodes.InvalidValue, path, "ZJ0010.model", [PlainMessage(e)]);
            return null;
        }
    }

    /// <summary>Builds a model value as <see cref="Build{T}(Func{T}, string)"/> does, the path made only for a problem.</summary>
    public T? Build<T>(Func<T> build, At at)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            problems.Error(JsonDiagnosticCodes.InvalidValue, at.Path, "ZJ0010.model", [PlainMessage(e)]);
            return null;
        }
    }

    public static string PlainMessage(ArgumentException e)
    {
        // ArgumentException appends " (Parameter 'x')"; the path already says where.
        var message = e.Message;
        var suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        message = suffix > 0 ? message[..suffix] : message;
        var actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        return actual > 0 ? message[..actual] : message;
    }

    private void Missing(WireState state, At at, string name, bool required)
    {
        if (required)
        {
            if (state == WireState.Null)
            {
                problems.Error(JsonDiagnosticCodes.MissingProperty, at.Property(name), "ZJ0006.null", [name]);
            }
            else
            {
                problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, "ZJ0006", [name]);
            }
        }
    }
}

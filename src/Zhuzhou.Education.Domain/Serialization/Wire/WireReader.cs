using System.Globalization;
using NodaTime;

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
            WireState.Absent => "none",
            _ => IsoDate.Describe(schema.Token),
        };
        var also = older.Length == 0 ? string.Empty : " (or " + string.Join(", ", older.Select(o => $"\"{o}\"")) + ")";
        problems.Error(JsonDiagnosticCodes.UnknownSchema, "$.schema",
            $"This library reads documents with \"schema\": \"{expected}\"{also}; found {found}.");
        return null;
    }

    public void Unknown(WireObject wire, At at)
    {
        if (wire.Unknown is { Count: > 0 } unknown)
        {
            foreach (var name in unknown.Keys)
            {
                problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), $"Property \"{name}\" is not part of the format.");
            }
        }
    }

    /// <summary>An element of an array that must be an object.</summary>
    public bool Present<T>(T? element, At at)
        where T : WireObject
    {
        if (element is null)
        {
            problems.Error(JsonDiagnosticCodes.WrongType, at.Path, "Found null where an object belongs.");
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
                    problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name), $"\"{name}\" must not be empty or white space.");
                    return null;
                }

                return value.Value;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), $"\"{name}\" must be a string, not {IsoDate.Describe(value.Token)}.");
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
                    problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name),
                        $"\"{name}\" must not be negative; found {value.Value.ToString(CultureInfo.InvariantCulture)}.");
                    return null;
                }

                return value.Value;
            case WireState.Invalid:
                problems.Error(JsonDiagnosticCodes.NotAFiniteNumber, at.Property(name), $"\"{name}\" is {value.Raw}, which is too large for a number here.");
                return null;
            case WireState.WrongType when value.Raw is "NaN" or "Infinity" or "-Infinity":
                problems.Error(JsonDiagnosticCodes.NotAFiniteNumber, at.Property(name), $"\"{name}\" is \"{value.Raw}\": NaN and Infinity are not numbers here; write a finite number.");
                return null;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), $"\"{name}\" must be a number, not {IsoDate.Describe(value.Token)}.");
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
            problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property(name),
                $"\"{name}\" must be a whole number of at least {minimum}; found {number.ToString(CultureInfo.InvariantCulture)}.");
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
                problems.Error(JsonDiagnosticCodes.InvalidDate, at.Property(name),
                    $"\"{name}\" is \"{value.Raw}\", which is not a date that exists; write an ISO date such as \"2017-02-22\".");
                return null;
            case WireState.WrongType:
                problems.Error(JsonDiagnosticCodes.WrongType, at.Property(name), $"\"{name}\" must be a date string such as \"2017-02-22\", not {IsoDate.Describe(value.Token)}.");
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
            problems.Error(JsonDiagnosticCodes.UnknownName, at.Property(name), $"\"{text}\" is not a {names.What}; use one of: {names.Names}.");
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
            problems.Error(JsonDiagnosticCodes.InvalidValue, path, PlainMessage(e));
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
            problems.Error(JsonDiagnosticCodes.InvalidValue, at.Path, PlainMessage(e));
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
                problems.Error(JsonDiagnosticCodes.MissingProperty, at.Property(name), $"Property \"{name}\" is required and must not be null.");
            }
            else
            {
                problems.Error(JsonDiagnosticCodes.MissingProperty, at.Path, $"Property \"{name}\" is required.");
            }
        }
    }
}

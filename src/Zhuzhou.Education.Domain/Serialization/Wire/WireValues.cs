using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

// The leaves of the wire documents. Each one accepts any JSON token when reading and remembers what it saw,
// so that one wrong value (a string where a number belongs, "NaN", 2017-02-30) becomes a diagnostic with its
// path while the rest of the document is still read and checked: a batch lists every problem, not the first.
// The default value of each struct means "absent"; absent leaves are not written.

/// <summary>What a leaf held in the JSON text.</summary>
internal enum WireState : byte
{
    Absent = 0,
    Valid = 1,
    Null = 2,
    WrongType = 3,
    Invalid = 4,
}

[JsonConverter(typeof(WireStringConverter))]
internal readonly record struct WireString(WireState State, string? Value, JsonTokenType Token = JsonTokenType.String)
{
    public static implicit operator WireString(string? value) => value is null ? default : new(WireState.Valid, value);

    public static WireString FromNullable(string? value) => value;
}

[JsonConverter(typeof(WireNumberConverter))]
internal readonly record struct WireNumber(WireState State, decimal Value, string? Raw = null, JsonTokenType Token = JsonTokenType.Number)
{
    public static implicit operator WireNumber(decimal value) => new(WireState.Valid, value);

    public static WireNumber FromNullable(decimal? value) => value is { } v ? new(WireState.Valid, v) : default;
}

[JsonConverter(typeof(WireDateConverter))]
internal readonly record struct WireDate(WireState State, LocalDate Value, string? Raw = null, JsonTokenType Token = JsonTokenType.String)
{
    public static implicit operator WireDate(LocalDate value) => new(WireState.Valid, value);

    public static WireDate FromNullable(LocalDate? value) => value is { } v ? new(WireState.Valid, v) : default;
}

internal sealed class WireStringConverter : JsonConverter<WireString>
{
    public override bool HandleNull => true;

    public override WireString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType switch
        {
            JsonTokenType.String => new(WireState.Valid, reader.GetString()),
            JsonTokenType.Null => new(WireState.Null, null, JsonTokenType.Null),
            _ => WrongType(ref reader),
        };

    // A lone surrogate is written as U+FFFD itself, as the reader gives it back, so that write → read → write is a
    // fixed point (the encoder alone would write "\uFFFD" the first time and the character the second).
    public override void Write(Utf8JsonWriter writer, WireString value, JsonSerializerOptions options)
        => writer.WriteStringValue(WithoutLoneSurrogates(value.Value));

    private static string? WithoutLoneSurrogates(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static WireString WrongType(ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        reader.Skip();
        return new(WireState.WrongType, null, token);
    }
}

internal sealed class WireNumberConverter : JsonConverter<WireNumber>
{
    public override bool HandleNull => true;

    public override WireNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var value)
                    ? new(WireState.Valid, value)
                    : new(WireState.Invalid, 0, Raw(ref reader));
            case JsonTokenType.Null:
                return new(WireState.Null, 0, null, JsonTokenType.Null);
            case JsonTokenType.String:
                return new(WireState.WrongType, 0, reader.GetString(), JsonTokenType.String);
            default:
                var token = reader.TokenType;
                reader.Skip();
                return new(WireState.WrongType, 0, null, token);
        }
    }

    public override void Write(Utf8JsonWriter writer, WireNumber value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value.Value);

    private static string Raw(ref Utf8JsonReader reader)
        => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
}

internal sealed class WireDateConverter : JsonConverter<WireDate>
{
    public override bool HandleNull => true;

    public override WireDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (!reader.HasValueSequence && !reader.ValueIsEscaped && IsoDate.TryParse(reader.ValueSpan, out var date))
                {
                    return new(WireState.Valid, date);
                }

                var text = reader.GetString()!;
                return IsoDate.TryParse(text, out date) ? new(WireState.Valid, date) : new(WireState.Invalid, default, text);
            case JsonTokenType.Null:
                return new(WireState.Null, default, null, JsonTokenType.Null);
            default:
                var token = reader.TokenType;
                reader.Skip();
                return new(WireState.WrongType, default, null, token);
        }
    }

    public override void Write(Utf8JsonWriter writer, WireDate value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[IsoDate.Length];
        IsoDate.Format(value.Value, buffer);
        writer.WriteStringValue(buffer);
    }
}

/// <summary>The one date form of every document: ISO 8601 calendar dates, "2017-02-22", in the ISO calendar.</summary>
internal static class IsoDate
{
    public const int Length = 10;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != Length || utf8[4] != '-' || utf8[7] != '-'
            || !Utf8Parser.TryParse(utf8[..4], out int year, out var yearLength) || yearLength != 4
            || !Utf8Parser.TryParse(utf8[5..7], out int month, out var monthLength) || monthLength != 2
            || !Utf8Parser.TryParse(utf8[8..], out int day, out var dayLength) || dayLength != 2
            || !AllDigits(utf8))
        {
            return false;
        }

        return TryCreate(year, month, day, out date);
    }

    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        return text.Length == Length && text.All(c => c < 128) && TryParse(System.Text.Encoding.ASCII.GetBytes(text), out date);
    }

    public static void Format(LocalDate date, Span<byte> destination)
    {
        Write(destination[..4], date.Year, 4);
        destination[4] = (byte)'-';
        Write(destination[5..7], date.Month, 2);
        destination[7] = (byte)'-';
        Write(destination[8..10], date.Day, 2);
    }

    public static string Format(LocalDate date)
    {
        Span<byte> buffer = stackalloc byte[Length];
        Format(date, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer);
    }

    public static string Format(LocalDate? date) => date is { } d ? Format(d) : string.Empty;

    private static bool TryCreate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (i is not (4 or 7) && (utf8[i] < '0' || utf8[i] > '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Write(Span<byte> destination, int value, int digits)
    {
        for (var i = digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    internal static string Describe(JsonTokenType token) => Diagnostics.DiagnosticMessages.Term(token switch
    {
        JsonTokenType.String => "ZJ0004.token.string",
        JsonTokenType.Number => "ZJ0004.token.number",
        JsonTokenType.True or JsonTokenType.False => "ZJ0004.token.boolean",
        JsonTokenType.Null => "ZJ0004.token.null",
        JsonTokenType.StartArray => "ZJ0004.token.array",
        JsonTokenType.StartObject => "ZJ0004.token.object",
        _ => "ZJ0004.token.other",
    });
}

using System.Diagnostics.CodeAnalysis;

namespace Zhuzhou.Education.Domain.OrgUnits;

/// <summary>
/// The code of an org unit (单位): a GB/T 2260 administrative division code such as 430281 (醴陵市),
/// or a longer code for a school beneath a county.
/// </summary>
/// <remarks>
/// A code is 1 to 32 ASCII letters, digits or hyphens. Equality is ordinal. Immutable and thread-safe.
/// </remarks>
public readonly record struct OrgUnitCode
{
    private const int MaxLength = 32;

    private readonly string? value;

    private OrgUnitCode(string value) => this.value = value;

    /// <summary>The code text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether the code is a six-digit GB/T 2260 administrative division code.</summary>
    public bool IsAdministrativeDivision => Value.Length == 6 && Value.All(char.IsAsciiDigit);

    /// <summary>Parses a code.</summary>
    /// <param name="text">The code text, e.g. "430281".</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, too long, or has characters other than ASCII letters, digits and hyphens.</exception>
    public static OrgUnitCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an org unit code: use 1 to {MaxLength} ASCII letters, digits or hyphens, such as 430281.");
    }

    /// <summary>Tries to parse a code.</summary>
    /// <param name="text">The code text.</param>
    /// <param name="code">The code, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OrgUnitCode code)
    {
        code = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        code = new OrgUnitCode(text);
        return true;
    }

    /// <summary>The code text.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;
}

using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Utility;

/// <summary>
/// The one place public factories validate their arguments, so that messages stay plain and uniform.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return value;
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static decimal CheckNonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");
        }

        return value;
    }

    internal static double CheckFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be a finite number (not NaN or infinity).");
        }

        return value;
    }
}

using System.Globalization;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// A quantity (数量) as a plan states it: an exact, non-negative number and its measure word,
/// such as 100名 or 20000个.
/// </summary>
/// <remarks>
/// <para>Values are <see cref="decimal"/> so that what the plan wrote is kept exactly; multipliers
/// such as 万 are applied when the text is parsed (2万个 is 20000 <see cref="MeasureWord.Units"/>).</para>
/// <para>Equality is numeric on the value and exact on the measure word: 100 and 100.0 名 are equal
/// (as <see cref="decimal"/> compares), 100名 and 100人 are not.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Quantity
{
    private Quantity(decimal value, MeasureWord unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The number, never negative.</summary>
    public decimal Value { get; }

    /// <summary>The measure word (量词).</summary>
    public MeasureWord Unit { get; }

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The number; must not be negative.</param>
    /// <param name="unit">The measure word.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a defined measure word.</exception>
    public static Quantity Of(decimal value, MeasureWord unit)
    {
        Preconditions.CheckNonNegative(value);
        Preconditions.CheckArgument(Enum.IsDefined(unit), nameof(unit), "Unknown measure word.");
        return new Quantity(value, unit);
    }

    /// <summary>
    /// Creates a quantity from a floating-point number, as produced by the aggregation engine.
    /// </summary>
    /// <param name="value">The number; must be finite and not negative.</param>
    /// <param name="unit">The measure word.</param>
    /// <returns>The quantity, with the value converted to <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite, negative or too large for <see cref="decimal"/>.</exception>
    public static Quantity FromDouble(double value, MeasureWord unit)
    {
        Preconditions.CheckFinite(value);
        if (value is > (double)decimal.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Value is too large for a quantity.");
        }

        return Of((decimal)value, unit);
    }

    /// <summary>A short invariant form such as "100名", "20000个" or "90%".</summary>
    /// <returns>The number followed by the measure word.</returns>
    public override string ToString()
        => Value.ToString(CultureInfo.InvariantCulture) + MeasureWords.ToChinese(Unit);
}

using System.Globalization;
using NodaTime;

namespace Zhuzhou.Education.Domain.Utility;

/// <summary>How dates are written in messages and formulas: ISO 8601, invariant.</summary>
internal static class Dates
{
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

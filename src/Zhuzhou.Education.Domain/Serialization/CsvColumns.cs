using System.Data.Common;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>The one way a CSV reader of this library finds a column by its header name.</summary>
internal static class CsvColumns
{
    /// <summary>The index of the column named <paramref name="name"/> (trimmed, any case), or −1 when absent.</summary>
    /// <remarks>Takes the reader as a <see cref="DbDataReader"/>: Sylvan's <c>CsvDataReader</c> holds SIMD vectors, whose
    /// layout ReadyToRun does not fix outside the framework, so a method with it in its signature is never compiled
    /// ahead of time (it is compiled at run time, unoptimised first).</remarks>
    public static int Find(DbDataReader csv, string name)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

using Sylvan.Data.Csv;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>The one way a CSV reader of this library finds a column by its header name.</summary>
internal static class CsvColumns
{
    /// <summary>The index of the column named <paramref name="name"/> (trimmed, any case), or −1 when absent.</summary>
    public static int Find(CsvDataReader csv, string name)
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

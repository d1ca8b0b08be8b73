using System.Data.Common;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>Where the columns of a progress CSV are.</content>
public static partial class ProgressCsv
{
    /// <summary>Where each column is (−1 when absent).</summary>
    internal sealed class Columns
    {
        public Columns(DbDataReader csv)
        {
            int Find(string name) => CsvColumns.Find(csv, name);

            Target = Find("target");
            OrgUnit = Find("orgUnit");
            Date = Find("date");
            Value = Find("value");
            Numerator = Find("numerator");
            Denominator = Find("denominator");
            Revision = Find("revision");
            Submitted = Find("submitted");
            Reason = Find("reason");
        }

        public int Target { get; }

        public int OrgUnit { get; }

        public int Date { get; }

        public int Value { get; }

        public int Numerator { get; }

        public int Denominator { get; }

        public int Revision { get; }

        public int Submitted { get; }

        public int Reason { get; }

        public List<string> Missing()
            => [.. new[] { ("target", Target), ("orgUnit", OrgUnit), ("date", Date), ("value", Value) }.Where(c => c.Item2 < 0).Select(c => c.Item1)];
    }
}

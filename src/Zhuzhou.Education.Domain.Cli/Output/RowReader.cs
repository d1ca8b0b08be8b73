using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// Rows of text handed to Sylvan's CSV writer one at a time, as they are produced: what it writes is never held
/// whole in memory (a report by school has a row per school and target).
/// </summary>
internal sealed class RowReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly string[] names;
    private readonly IEnumerator<string[]> rows;
    private bool closed;

    public RowReader(string[] names, IEnumerable<string[]> rows)
    {
        this.names = names;
        this.rows = rows.GetEnumerator();
    }

    public override int FieldCount => names.Length;

    public override int Depth => 0;

    public override bool HasRows => true;

    public override bool IsClosed => closed;

    public override int RecordsAffected => -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        if (closed || !rows.MoveNext())
        {
            return false;
        }

        if (rows.Current.Length != names.Length)
        {
            throw new InvalidOperationException($"A row has {rows.Current.Length} fields where {names.Length} are named.");
        }

        return true;
    }

    public override bool NextResult() => false;

    public override void Close()
    {
        closed = true;
        rows.Dispose();
    }

    public ReadOnlyCollection<DbColumn> GetColumnSchema() => new([.. names.Select((name, i) => new TextColumn(name, i))]);

    public override string GetName(int ordinal) => names[ordinal];

    public override int GetOrdinal(string name) => Array.IndexOf(names, name);

    // As DbDataReader declares it, so the tool compiles to native code (Native AOT) without a trimming warning.
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => typeof(string);

    public override string GetDataTypeName(int ordinal) => "string";

    public override string GetString(int ordinal) => rows.Current[ordinal];

    public override object GetValue(int ordinal) => rows.Current[ordinal];

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, names.Length);
        Array.Copy(rows.Current, values, count);
        return count;
    }

    public override bool IsDBNull(int ordinal) => false;

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = rows.Current[ordinal];
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public override bool GetBoolean(int ordinal) => throw NotText();

    public override byte GetByte(int ordinal) => throw NotText();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw NotText();

    public override char GetChar(int ordinal) => throw NotText();

    public override DateTime GetDateTime(int ordinal) => throw NotText();

    public override decimal GetDecimal(int ordinal) => throw NotText();

    public override double GetDouble(int ordinal) => throw NotText();

    public override float GetFloat(int ordinal) => throw NotText();

    public override Guid GetGuid(int ordinal) => throw NotText();

    public override short GetInt16(int ordinal) => throw NotText();

    public override int GetInt32(int ordinal) => throw NotText();

    public override long GetInt64(int ordinal) => throw NotText();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !closed)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    /// <summary>A column of text that may not be null, as the writer asks of the reader's schema.</summary>
    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = true;
        }
    }

    private static NotSupportedException NotText() => new("Every field is text.");
}

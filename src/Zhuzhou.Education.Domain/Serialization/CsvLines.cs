using System.Data.Common;
using Sylvan.Data.Csv;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Where the records of a CSV text are, counted on as the reader takes them: the 1-based line each record starts on,
/// with the line breaks inside quoted fields counted (a record holding one starts on one line and ends on another) —
/// <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> each one break, as the reader ends records on them. When the text is
/// held, the line and column of a field are found too (<see cref="Locate"/>).
/// </summary>
/// <remarks>
/// Every count moves forward only: a record's lines from its raw text once, a field's column from the record's start
/// or from the field located before it — never again from the line's start for each diagnostic, so locating costs
/// linear time on any line length.
/// <para>The reader is taken as a <see cref="DbDataReader"/> (a <see cref="CsvDataReader"/>): Sylvan's reader holds SIMD
/// vectors, whose layout ReadyToRun does not fix outside the framework, so a method with it in its signature is never
/// compiled ahead of time — the per-record <see cref="Read"/> would start unoptimised in every cold process.</para>
/// </remarks>
internal sealed class CsvLines
{
    private readonly string? text;
    private readonly List<(int Offset, int Line)> starts = [];
    private int nextOffset;

    /// <summary>Starts counting after the header that <paramref name="csv"/> has read.</summary>
    /// <param name="csv">The reader, its header read.</param>
    /// <param name="text">The whole text the reader reads, to locate fields in; null when it is streamed.</param>
    public CsvLines(DbDataReader csv, string? text = null)
    {
        this.text = text;
        var breaks = 0;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            breaks += Breaks(csv.GetName(i));
        }

        NextLine = breaks + 2;
        if (text is not null)
        {
            var cursor = new Cursor(0, 1, 1);
            Walk(text, ref cursor, int.MaxValue);
            nextOffset = cursor.Offset;
        }
    }

    /// <summary>The line the next record starts on; the line to name when the next record cannot be read.</summary>
    public int NextLine { get; private set; }

    /// <summary>
    /// Reads the next record with <paramref name="csv"/> and takes it (<see cref="Next"/>): the one read loop of the
    /// CSV readers, so each names a record that cannot be read at the same line.
    /// </summary>
    /// <param name="csv">The reader, a <see cref="CsvDataReader"/>.</param>
    /// <param name="line">The line the record read starts on; at the end or on a malformed record, <see cref="NextLine"/>.</param>
    /// <param name="malformed">Null, or the reader's description of a record it cannot read.</param>
    /// <returns>True when a record was read; false at the end of the text or on a malformed record.</returns>
    public bool Read(DbDataReader csv, out int line, out string? malformed)
    {
        malformed = null;
        try
        {
            if (!csv.Read())
            {
                line = NextLine;
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            (line, malformed) = (NextLine, e.Message);
            return false;
        }

        line = Next(csv);
        return true;
    }

    /// <summary>Takes the record <paramref name="csv"/> has just read.</summary>
    /// <returns>The line it starts on.</returns>
    public int Next(DbDataReader csv)
    {
        var line = NextLine;
        var raw = ((CsvDataReader)csv).GetRawRecordSpan(); // with its line break
        NextLine += Breaks(raw);
        if (text is not null)
        {
            starts.Add((nextOffset, line));
            nextOffset += raw.Length;
        }

        return line;
    }

    /// <summary>
    /// The line and column (1-based) where each field asked for starts: a field is (record, field), the record's index
    /// in the order read (0 for the first after the header), the field's 0-based. A field not found (the text not
    /// held, the record not read, fewer fields) is left out.
    /// </summary>
    public Dictionary<(int Record, int Field), (int Line, int Column)> Locate(IEnumerable<(int Record, int Field)> fields)
    {
        var found = new Dictionary<(int Record, int Field), (int Line, int Column)>();
        if (text is null)
        {
            return found;
        }

        var cursor = new Cursor(-1, 0, 0);
        var (record, field) = (-1, 0);
        foreach (var wanted in fields.Where(f => f.Record >= 0 && f.Record < starts.Count && f.Field >= 0).Distinct().Order())
        {
            if (wanted.Record != record)
            {
                (record, field) = (wanted.Record, 0);
                cursor = new Cursor(starts[record].Offset, starts[record].Line, 1);
            }

            // On from the field before, in the same record: each character is walked once.
            if (cursor.Offset >= 0 && Walk(text, ref cursor, wanted.Field - field))
            {
                field = wanted.Field;
                found[wanted] = (cursor.Line, cursor.Column);
            }
            else
            {
                cursor = cursor with { Offset = -1 };
            }
        }

        return found;
    }

    /// <summary>The number of line breaks in <paramref name="span"/> (<c>\r\n</c> one, a lone <c>\r</c> one).</summary>
    private static int Breaks(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = span.IndexOfAny('\r', '\n'); i >= 0; i = span.IndexOfAny('\r', '\n'))
        {
            count++;
            var skip = span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            span = span[(i + skip)..];
        }

        return count;
    }

    /// <summary>
    /// Moves <paramref name="cursor"/> over <paramref name="count"/> field separators of its record (quotes respected),
    /// to the start of the field after them; or, when the record ends first, past its line break.
    /// </summary>
    /// <returns>Whether the fields were passed (false: the record ended).</returns>
    private static bool Walk(string text, ref Cursor cursor, int count)
    {
        var (i, line, column) = cursor;
        var quoted = false;
        var passed = 0;
        while (passed < count && i < text.Length)
        {
            var c = text[i++];
            column++;
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                passed++;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                if (!quoted)
                {
                    cursor = new Cursor(i, line + 1, 1);
                    return false;
                }

                (line, column) = (line + 1, 1);
            }
        }

        cursor = new Cursor(i, line, column);
        return passed == count;
    }

    private readonly record struct Cursor(int Offset, int Line, int Column);
}

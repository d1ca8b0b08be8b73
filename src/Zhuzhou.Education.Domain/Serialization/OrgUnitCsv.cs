using System.Text;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads org unit trees (单位名录) from CSV with the header <c>code,name,parent[,kind]</c> (columns in any order,
/// names in any case), as a bureau keeps its list of districts and schools in a spreadsheet: one unit per record,
/// the root with an empty parent.
/// </summary>
/// <remarks>
/// <para>The columns mean what the properties of <see cref="OrgUnitJson"/>'s "zedu.orgunits/1" do: a code (GB/T 2260
/// for divisions, e.g. 370212), a name (崂山区), the parent's code, and a kind — <c>province</c>, <c>city</c>,
/// <c>county</c> or <c>school</c> — which, when the column is absent or the field empty, is the kind below the
/// parent's (the root a city).</para>
/// <para>Loading never throws for bad input: it returns the tree, or every problem with its line and column, and
/// never half a tree. The CSV itself is checked with <see cref="CsvDiagnosticCodes"/>; what it says — codes that are
/// not codes or repeat, a parent that is not in the file, no root or two, a cycle of parents, an empty name, a kind
/// that is not one or not below its parent's — with <see cref="OrgUnitDiagnosticCodes"/>, as the JSON reader does.
/// Built on Sylvan.Data.Csv.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// using var file = File.OpenRead("qingdao-org-units.csv");
/// var result = OrgUnitCsv.Load(file);
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.Format("qingdao-org-units.csv", Language.Chinese));
/// </code>
/// </example>
public static partial class OrgUnitCsv
{
    /// <summary>The header, with the optional kind column.</summary>
    public const string Header = "code,name,parent,kind";

    /// <summary>Loads a tree from an untrusted UTF-8 stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8Csv">The stream, read to its end; left open.</param>
    /// <returns>The tree, or the problems found (with their lines and columns) and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<OrgUnitTree> Load(Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var text = new StreamReader(utf8Csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(text);
    }

    /// <summary>Loads a tree from untrusted CSV text.</summary>
    /// <param name="csv">The text, read to its end; left open.</param>
    /// <returns>The tree, or the problems found (with their lines and columns) and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="IOException">The text could not be read.</exception>
    public static ParseResult<OrgUnitTree> Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return Parse(csv.ReadToEnd());
    }

    /// <summary>Loads a tree from untrusted CSV text held in a string.</summary>
    private static ParseResult<OrgUnitTree> Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var rows = new OrgUnitRows();
        var places = new List<int>();
        Columns columns;
        CsvLines lines;
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (CsvFormatException e)
        {
            return Failed(CsvDiagnosticCodes.NotCsv, CsvDiagnosticCodes.NotCsv, 1, e.Message);
        }

        using (csv)
        {
            columns = new Columns(csv);
            if (columns.Missing() is { Count: > 0 } missing)
            {
                return Failed(CsvDiagnosticCodes.MissingColumns, CsvDiagnosticCodes.MissingColumns + ".orgUnits" + (missing.Count > 1 ? string.Empty : ".one"), 1, string.Join(", ", missing));
            }

            lines = new CsvLines(csv, text);
            int line;
            string? malformed;
            while (lines.Read(csv, out line, out malformed))
            {
                ReadRecord(csv, columns, rows, places.Count);
                places.Add(line);
            }

            if (malformed is not null)
            {
                diagnostics.Add(new Diagnostic(CsvDiagnosticCodes.MalformedCsv, DiagnosticSeverity.Error, CsvDiagnosticCodes.MalformedCsv, [malformed], line));
                rows.Unread();
            }
        }

        var tree = diagnostics.Count == 0 ? rows.Build() : null;
        var located = lines.Locate(rows.Problems.Where(p => p.Place >= 0 && p.Field is not null).Select(p => (p.Place, columns.Of(p.Field!))));
        foreach (var (place, field, diagnostic) in rows.Problems)
        {
            int? line = place >= 0 ? places[place] : null;
            int? column = null;
            if (line is not null && field is not null && located.TryGetValue((place, columns.Of(field)), out var at))
            {
                (line, column) = at;
            }

            diagnostics.Add(new Diagnostic(diagnostic, line, column, null));
        }

        var sorted = diagnostics.OrderBy(d => d.Line ?? int.MaxValue).ThenBy(d => d.Column ?? int.MaxValue).ToList();
        return tree is not null && sorted.Count == 0 ? ParseResult.Succeeded(tree) : ParseResult.Failed<OrgUnitTree>(sorted);
    }

    private static void ReadRecord(CsvDataReader csv, Columns columns, OrgUnitRows rows, int place)
    {
        string Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : string.Empty;

        var code = rows.Code(Field(columns.Code), place, "code");
        var name = rows.Name(Field(columns.Name), code, place);
        var parentText = Field(columns.Parent);
        var parent = parentText.Length == 0 ? null : rows.Code(parentText, place, "parent");
        var kindText = Field(columns.Kind);
        OrgUnitLevel? level = kindText.Length > 0 && rows.Kind(kindText, place, out var kind) ? kind : null;
        if (code is null || (parentText.Length > 0 && parent is null))
        {
            rows.Unread();
            return;
        }

        rows.Add(code.Value, name, parent, level, place);
    }

    private static ParseResult<OrgUnitTree> Failed(string code, string key, int line, string argument)
        => ParseResult.Failed<OrgUnitTree>([new Diagnostic(code, DiagnosticSeverity.Error, key, [argument], line)]);

    /// <summary>Where each column is (−1 when absent).</summary>
    private sealed class Columns
    {
        public Columns(CsvDataReader csv)
        {
            int Find(string name) => CsvColumns.Find(csv, name);

            Code = Find("code");
            Name = Find("name");
            Parent = Find("parent");
            Kind = Find("kind");
        }

        public int Code { get; }

        public int Name { get; }

        public int Parent { get; }

        public int Kind { get; }

        public int Of(string field) => field switch
        {
            "code" => Code,
            "name" => Name,
            "parent" => Parent,
            _ => Kind,
        };

        public List<string> Missing()
            => [.. new[] { ("code", Code), ("name", Name), ("parent", Parent) }.Where(c => c.Item2 < 0).Select(c => c.Item1)];
    }
}

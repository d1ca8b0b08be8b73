using System.Text.Json;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads and writes org unit trees (单位名录: a city, its county-level divisions, their schools) as "zedu.orgunits/1"
/// JSON documents (schema: <c>schemas/zedu.orgunits-1.schema.json</c>), so that another city's districts can be
/// reported on.
/// </summary>
/// <remarks>
/// <para>The document lists the units flat, each naming its parent by code, as the CSV form does
/// (<see cref="OrgUnitCsv"/>): <c>{"schema": "zedu.orgunits/1", "units": [{"code": "370200", "name": "青岛市",
/// "kind": "city"}, {"code": "370202", "name": "市南区", "parent": "370200", "kind": "county"}]}</c>. The root has no
/// parent. <c>"kind"</c> is <c>province</c>, <c>city</c>, <c>county</c> or <c>school</c>; where it is left out a
/// unit is the kind below its parent's (the root a city). Units may be listed in any order.</para>
/// <para>Loading never throws for bad input: it returns the tree, or every problem found with its JSON path, line and
/// column, and never half a tree. The JSON itself is checked with <see cref="JsonDiagnosticCodes"/>; what it says —
/// codes that are not codes or repeat, a parent that is not in the file, no root or two, a cycle of parents, an empty
/// name, a kind that is not one or not below its parent's — with <see cref="OrgUnitDiagnosticCodes"/>, the same as
/// the CSV reader. Writing is deterministic (units in the tree's order, two-space indent, LF, Chinese unescaped, a
/// final line feed), and every kind is written.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = OrgUnitJson.Load(File.OpenRead("qingdao-org-units.json"));
/// if (result.Success) { var laoshan = result.Value.FindByName("崂山区"); }   // 370212
/// </code>
/// </example>
public static partial class OrgUnitJson
{
    /// <summary>The value of the "schema" property: the document kind and its format version.</summary>
    public const string Schema = "zedu.orgunits/1";

    /// <summary>Writes a tree as indented UTF-8 JSON (LF line ends, Chinese unescaped), ending with a line feed.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(OrgUnitTree tree, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = new OrgUnitDocument
        {
            Schema = Schema,
            Units = [.. tree.Units.Select(u => (OrgUnitWire?)new OrgUnitWire
            {
                Code = u.Code.Value,
                Name = u.Name,
                Parent = u.Parent?.Value,
                Kind = WireNames.OrgUnitKinds.Name(u.Level),
            })],
        };
        using (var writer = new Utf8JsonWriter(utf8Json, ZeduJson.WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, ZeduJson.Context.OrgUnitDocument);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a tree as an indented JSON string.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public static string Serialize(OrgUnitTree tree)
    {
        using var stream = new MemoryStream();
        Serialize(tree, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Loads a tree from an untrusted UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream, read to its end (or refused unread when it says it is too long); left open.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The tree, or every problem found and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<OrgUnitTree> Load(Stream utf8Json, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.ReadAll(utf8Json, options, problems);
        return bytes is null ? Failed(problems, default) : LoadChecked(bytes, options, problems);
    }

    /// <summary>Loads a tree from untrusted UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The tree, or every problem found and no tree.</returns>
    public static ParseResult<OrgUnitTree> LoadUtf8(ReadOnlySpan<byte> utf8Json, JsonLoadOptions? options = null)
    {
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        return JsonInput.WithinLimit(utf8Json, options, problems) ? LoadChecked(utf8Json, options, problems) : Failed(problems, default);
    }

    /// <summary>Loads a tree from an untrusted JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>The tree, or every problem found and no tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<OrgUnitTree> Parse(string json, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= JsonLoadOptions.Default;
        var problems = new Problems();
        var bytes = JsonInput.FromString(json, options, problems);
        return bytes is null ? Failed(problems, default) : LoadChecked(bytes, options, problems);
    }

    private static ParseResult<OrgUnitTree> LoadChecked(ReadOnlySpan<byte> utf8, JsonLoadOptions options, Problems problems)
    {
        utf8 = JsonInput.WithoutBom(utf8);
        var document = JsonInput.Deserialize(utf8, ZeduJson.Context.OrgUnitDocument, options, problems);
        if (document is null)
        {
            return Failed(problems, utf8);
        }

        var reader = new WireReader(options, problems);
        if (!reader.Schema(document.Schema, Schema))
        {
            return Failed(problems, utf8);
        }

        reader.Unknown(document, At.Root);
        if (document.Units is null)
        {
            problems.Error(JsonDiagnosticCodes.MissingProperty, "$", "ZJ0006", ["units"]);
            return Failed(problems, utf8);
        }

        var rows = new OrgUnitRows();
        for (var i = 0; i < document.Units.Count; i++)
        {
            ReadUnit(reader, rows, document.Units[i], i);
        }

        var tree = problems.HasErrors ? null : rows.Build();
        foreach (var (place, field, diagnostic) in rows.Problems)
        {
            var at = place < 0 ? At.Root : At.Root.Element("units", place);
            problems.Add(diagnostic, field is null ? at.Path : at.Property(field));
        }

        var diagnostics = problems.ToDiagnostics(utf8).OrderBy(d => d.Line ?? int.MaxValue).ThenBy(d => d.Column ?? int.MaxValue);
        return tree is not null && !problems.HasErrors ? ParseResult.Succeeded(tree, diagnostics) : ParseResult.Failed<OrgUnitTree>(diagnostics);
    }

    /// <summary>Reads one unit's JSON, listing why it cannot be one; what the units say together is checked by <see cref="OrgUnitRows"/>.</summary>
    private static void ReadUnit(WireReader reader, OrgUnitRows rows, OrgUnitWire? wire, int index)
    {
        var at = At.Root.Element("units", index);
        if (!reader.Present(wire, at))
        {
            rows.Unread();
            return;
        }

        reader.Unknown(wire!, at);
        var codeText = reader.String(wire!.Code, at, "code", required: true, allowBlank: true);
        var code = codeText is null ? null : rows.Code(codeText, index, "code");
        var nameText = reader.String(wire.Name, at, "name", required: true, allowBlank: true);
        var name = nameText is null ? null : rows.Name(nameText, code, index);
        var parentText = reader.String(wire.Parent, at, "parent", required: false, allowBlank: true);
        var parent = parentText is null ? null : rows.Code(parentText, index, "parent");
        OrgUnitLevel? level = null;
        if (reader.String(wire.Kind, at, "kind", required: false, allowBlank: true) is { } kindText)
        {
            level = rows.Kind(kindText, index, out var kind) ? kind : null;
        }

        if (code is null || (parentText is not null && parent is null))
        {
            rows.Unread();
            return;
        }

        rows.Add(code.Value, name, parent, level, index);
    }

    private static ParseResult<OrgUnitTree> Failed(Problems problems, ReadOnlySpan<byte> utf8)
        => ParseResult.Failed<OrgUnitTree>(problems.ToDiagnostics(utf8));
}

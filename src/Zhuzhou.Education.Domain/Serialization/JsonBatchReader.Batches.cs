using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>A batch's small document begun, loaded (as rows, or as objects by <see cref="ProgressJson"/>) and its diagnostics placed in the whole document.</content>
internal sealed partial class JsonBatchReader
{
    /// <summary>The start of a small document: the schema and other properties (once), then the reports array.</summary>
    private void Begin()
    {
        batchBase = reportIndex;
        document.Clear();
        starts.Clear();
        miniLines = 1;
        Write("{\"schema\":"u8);
        var written = schemaChecked || schema is null ? Placeholder : schema;
        Write(written);
        schemaChecked |= schema is not null;
        BeginRows(written, withProperties: !batchWritten && before.WrittenCount > 0);
        if (!batchWritten)
        {
            Write(before.WrittenSpan);
        }

        Write(",\"reports\":["u8);
    }

    /// <summary>Loads the batch (or, at the end, whatever of the document is still unchecked) and places its diagnostics.</summary>
    private void Flush(Plan plan, bool last)
    {
        if (inBatch > 0)
        {
            Write("]}"u8);
            Load(plan);
            batchWritten = true;
            inBatch = 0;
        }

        if (last && (!batchWritten || !schemaChecked || after.WrittenCount > 0))
        {
            // What no batch checked: the schema, properties after the reports, or a document without reports.
            var parts = new ArrayBufferWriter<byte>();
            if (schema is not null)
            {
                parts.Write(",\"schema\":"u8);
                parts.Write(schema);
            }

            if (!batchWritten)
            {
                parts.Write(before.WrittenSpan);
            }

            parts.Write(after.WrittenSpan);
            if (reportsSeen)
            {
                parts.Write(",\"reports\":[]"u8);
            }

            var body = parts.WrittenSpan;
            byte[] text = [(byte)'{', .. body.IsEmpty ? body : body[1..], (byte)'}'];
            var result = ProgressJson.LoadUtf8(text, plan, treeFor([]), options);
            failed |= !result.Success;
            diagnostics.AddRange(result.Diagnostics.Select(d => new Diagnostic(d, null, null, d.Path)));
        }
    }

    private void Load(Plan plan)
    {
        var text = document.WrittenSpan;
        // Once the file has listed all the warnings it lists, a batch's warnings are only counted: never located.
        var listWarnings = warnings < ProgressIngest.MaxWarningsListed;
        ImmutableArray<Diagnostic> found;
        bool refused;
        ProgressBatch? read = null;
        int unlisted;
        if (asRows)
        {
            found = ProgressJson.CheckBatchRows(text, CollectionsMarshal.AsSpan(rows), plan, treeFor(named), held, listWarnings, out unlisted, out refused);
        }
        else
        {
            var result = ProgressJson.LoadBatchUtf8(text, plan, treeFor(OrgUnitsNamed(text)), options, held, listWarnings, out unlisted);
            (found, refused) = (result.Diagnostics, !result.Success);
            read = result.Success ? result.Value : null;
        }

        warnings += unlisted;
        foreach (var d in found)
        {
            // Warnings beyond those listed are counted, not kept (a large file may have many).
            if (d.IsError || ++warnings <= ProgressIngest.MaxWarningsListed)
            {
                diagnostics.Add(Placed(d));
            }
        }

        failed |= refused;
        if (!failed)
        {
            sink(read is null ? CollectionsMarshal.AsSpan(rows) : RowsOf(read));
        }
    }

    /// <summary>A diagnostic of a small document, in the whole document: report numbers, lines and columns.</summary>
    private Diagnostic Placed(Diagnostic d)
    {
        var path = d.Path;
        if (path is not null && path.StartsWith("$.reports[", StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(path.AsSpan(10, close - 10), CultureInfo.InvariantCulture);
            path = "$.reports[" + (index + batchBase).ToString(CultureInfo.InvariantCulture) + path[close..];
        }

        int? line = null;
        int? column = null;
        if (d.Line is { } miniLine && starts.Count > 0 && miniLine >= starts[0].MiniLine)
        {
            var k = starts.FindLastIndex(s => s.MiniLine <= miniLine);
            var start = starts[k];
            line = start.Line + (miniLine - start.MiniLine);
            column = miniLine == start.MiniLine && d.Column is { } c ? start.Column + c - 1 : d.Column;
        }

        return new Diagnostic(d, line, column, path);
    }

    private void Error(string code, string? path, string key, ImmutableArray<string> arguments, int lineNumber, int column)
    {
        failed = true;
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, key, arguments, lineNumber, column, path));
    }
}

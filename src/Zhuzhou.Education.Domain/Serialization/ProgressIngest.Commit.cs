using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>The commit: staged rows into a store's indices, chunk by chunk, published together or not at all.</content>
public sealed partial class ProgressIngest
{
    /// <summary>One commit into one store.</summary>
    private sealed class Commit(ProgressIngest ingest, ReportStore store)
    {
        private readonly StagedRows staged = ingest.staged;
        private readonly StoreLayout layout = store.Layout;

        public ImmutableArray<Diagnostic> Run()
        {
            if (staged.Count == 0)
            {
                return [];
            }

            // The ingest's numbers of org units become the store's indices; days shift to the store's range.
            var map = ingest.units.Select(u => layout.UnitIndex.TryGetValue(u.Code, out var index) ? index : -1).ToArray();
            var shift = Period.DaysBetween(layout.Range.Start, ingest.start);
            for (long i = 0; i < staged.Count; i++)
            {
                var row = staged[i];
                if (map[row.OrgUnit] < 0)
                {
                    return Placed(i, new ReportAdmission(ingest.Plan, store.Tree).UnknownOrgUnit(0, ingest.units[row.OrgUnit].Code.Value));
                }

                if ((uint)(row.Day + shift) >= (uint)layout.DayCount)
                {
                    return Placed(i, ReportAdmission.OutsideStoreRange(0, ingest.start.PlusDays(row.Day), layout.Range));
                }
            }

            var chunks = staged.Chunks;
            var refused = store.TryAppendChunks(chunks, c =>
            {
                if (c > 0)
                {
                    staged.Release(c - 1); // in a segment now
                }

                var (rows, denominators) = staged.Chunk(c);
                var span = rows.Span;
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = span[i] with { OrgUnit = map[span[i].OrgUnit], Day = span[i].Day + shift };
                }

                return (rows, denominators);
            });

            if (refused is not { } fault)
            {
                staged.Release(chunks - 1);
                return [];
            }

            // The rows before the faulty chunk's are gone; the faulty row is in the store's indices.
            var at = ((long)fault.Chunk * StagedRows.ChunkRows) + fault.Fault.Row;
            var bad = staged[at];
            if (fault.Fault.Kind is not (RowFaultKind.RepeatedInBatch or RowFaultKind.AlreadyStored))
            {
                // Admission checked every report before it was staged: the store finds only repeated keys.
                throw new InvalidOperationException("The store refused an admitted report: " + fault.Fault.Message);
            }

            return Placed(at, ReportAdmission.Repeated(0, layout.Targets[bad.Target].Id, layout.Units[bad.OrgUnit].Code, layout.DateOf(bad.Day), store.Holds(bad.Target, bad.OrgUnit, bad.Day)));
        }

        /// <summary>A problem of staged row <paramref name="row"/>, placed in its file: its line, or its JSON path.</summary>
        private ImmutableArray<Diagnostic> Placed(long row, ReportProblem problem)
        {
            var source = ingest.sources.FindLast(s => s.Start <= row)!;
            var inFile = row - source.Start;
            Diagnostic diagnostic;
            if (source.Json)
            {
                var path = "$.reports[" + inFile.ToString(CultureInfo.InvariantCulture) + "]";
                diagnostic = problem.ToDiagnostic(path: problem.Field is null ? path : path + "." + problem.Field);
            }
            else
            {
                diagnostic = problem.ToDiagnostic(line: source.LineOf(inFile));
            }

            return [diagnostic with { Source = source.Name }];
        }
    }
}

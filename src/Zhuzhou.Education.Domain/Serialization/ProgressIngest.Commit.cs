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
                return AppendRare();
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
                return AppendRare();
            }

            // The rows before the faulty chunk's are gone; the faulty row is in the store's indices.
            var at = ((long)fault.Chunk * StagedRows.ChunkRows) + fault.Fault.Row;
            var bad = staged[at];
            if (fault.Fault.Kind is not (RowFaultKind.RepeatedInBatch or RowFaultKind.AlreadyStored))
            {
                // Admission checked every report before it was staged: the store finds only repeated keys.
                throw new InvalidOperationException("The store refused an admitted report: " + fault.Fault.Message);
            }

            // Admission says what a repeat is, on every path: an unmarked duplicate (ZR0010), in the batch or held.
            var repeated = new ProgressReport(layout.Targets[bad.Target].Id, layout.Units[bad.OrgUnit].Code, layout.DateOf(bad.Day), 0m);
            return Placed(at, ReportAdmission.Duplicate(0, repeated));
        }

        /// <summary>
        /// Revisions and corrections, after the first reports: asked of admission with all the store holds (a revision
        /// revises a report held, a correction draws on the increments held), then appended as the store keeps them.
        /// </summary>
        private ImmutableArray<Diagnostic> AppendRare()
        {
            if (ingest.rare.Count == 0)
            {
                return [];
            }

            List<ProgressReport> reports = [.. ingest.rare.Select(r => r.Report)];
            if (store.Admission.Check(reports).FirstOrDefault(p => p.IsError) is { } problem)
            {
                var (_, file, place) = ingest.rare[problem.Index];
                var diagnostic = file.Json
                    ? problem.ToDiagnostic(path: Path(place, problem.Field))
                    : problem.ToDiagnostic(line: place);
                return [diagnostic with { Source = file.Name }];
            }

            store.Append(reports);
            return [];
        }

        private static string Path(long report, string? field)
        {
            var path = "$.reports[" + report.ToString(CultureInfo.InvariantCulture) + "]";
            return field is null ? path : path + "." + field;
        }

        /// <summary>A problem of staged row <paramref name="row"/>, placed in its file: its line, or its JSON path.</summary>
        private ImmutableArray<Diagnostic> Placed(long row, ReportProblem problem)
        {
            var source = ingest.sources.FindLast(s => s.Start <= row)!;
            var inFile = row - source.Start;
            Diagnostic diagnostic;
            if (source.Json)
            {
                diagnostic = problem.ToDiagnostic(path: Path(source.LineOf(inFile) - 2, problem.Field));
            }
            else
            {
                diagnostic = problem.ToDiagnostic(line: source.LineOf(inFile));
            }

            return [diagnostic with { Source = source.Name }];
        }
    }
}

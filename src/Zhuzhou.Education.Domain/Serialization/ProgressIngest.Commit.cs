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
    // Of the files staged: the rows of each target, and the first and last day (from the plan period's start) of any.
    private long[] ofTarget = [];
    private (int Min, int Max) days = (int.MaxValue, int.MinValue);

    /// <summary>A file read without error: what it staged joins what the commit is told of the staged rows.</summary>
    private void Noted(StagedSource file)
    {
        ofTarget = ofTarget.Length == 0 ? new long[Plan.Targets.Length] : ofTarget;
        for (var t = 0; t < ofTarget.Length; t++)
        {
            ofTarget[t] += file.OfTarget(t);
        }

        days = (Math.Min(days.Min, file.Days.Min), Math.Max(days.Max, file.Days.Max));
    }

    /// <summary>One commit into one store.</summary>
    private sealed class Commit(ProgressIngest ingest, ReportStore store)
    {
        private readonly StagedRows staged = ingest.staged;
        private readonly StoreLayout layout = store.Layout;

        public ImmutableArray<Diagnostic> Run()
        {
            if (staged.Count == 0)
            {
                return CheckRare() is { IsEmpty: false } refusedRare ? refusedRare : AppendRare();
            }

            // The ingest's numbers of org units become the store's indices; days shift to the store's range.
            var map = ingest.units.Select(u => layout.UnitIndex.TryGetValue(u.Code, out var index) ? index : -1).ToArray();
            var shift = Period.DaysBetween(layout.Range.Start, ingest.start);
            var ratio = staged.HasDenominators ? layout.IsRatio : new bool[layout.TargetCount];
            long ratioRows = 0;
            for (var t = 0; t < ratio.Length; t++)
            {
                ratioRows += ratio[t] ? ingest.ofTarget[t] : 0;
            }

            // What the staging noted (the days staged, each unit's number) says whether a row falls outside the store;
            // only then are the rows scanned, for the first that does.
            if ((Array.IndexOf(map, -1) >= 0 || (uint)(ingest.days.Min + shift) >= (uint)layout.DayCount || (uint)(ingest.days.Max + shift) >= (uint)layout.DayCount)
                && FirstOutside(map, shift) is { IsEmpty: false } outside)
            {
                return outside;
            }

            // Revisions and corrections are asked before anything goes in, with what the store holds and the first
            // reports staged, so a refused one leaves the store as it was.
            if (CheckRare() is { IsEmpty: false } problems)
            {
                return problems;
            }

            var feed = new ChunkFeed(staged, ratio, ratioRows, map, shift);
            var refused = store.TryAppendChunks(feed.Chunks, _ => feed.Next());
            if (refused is not { } fault)
            {
                staged.Release(staged.Chunks - 1);
                return AppendRare();
            }

            // The faulty row is still staged.
            var at = feed.StagedIndex(fault.Chunk, fault.Fault.Row);
            var bad = staged[at];
            if (fault.Fault.Kind is not (RowFaultKind.RepeatedInBatch or RowFaultKind.AlreadyStored))
            {
                // Admission checked every report before it was staged: the store finds only repeated keys.
                throw new InvalidOperationException("The store refused an admitted report: " + fault.Fault.Message);
            }

            // Admission says what a repeat is, on every path: an unmarked duplicate (ZR0010), in the batch or held.
            // The staged row is as read: the ingest's number of its unit, its day from the plan period's start.
            var repeated = new ProgressReport(layout.Targets[bad.Target].Id, ingest.units[bad.OrgUnit].Code, ingest.start.PlusDays(bad.Day), 0m);
            return Placed(at, ReportAdmission.Duplicate(0, repeated));
        }

        /// <summary>The problem of the first staged row of an org unit the store's tree lacks or dated outside its range; empty when there is none.</summary>
        private ImmutableArray<Diagnostic> FirstOutside(int[] map, int shift)
        {
            var cursor = staged.At(0);
            for (long i = 0; i < staged.Count; i++)
            {
                cursor.Next(out var row, out _);
                if (map[row.OrgUnit] < 0)
                {
                    return Placed(i, new ReportAdmission(ingest.Plan, store.Tree).UnknownOrgUnit(0, ingest.units[row.OrgUnit].Code.Value));
                }

                if ((uint)(row.Day + shift) >= (uint)layout.DayCount)
                {
                    return Placed(i, ReportAdmission.OutsideStoreRange(0, ingest.start.PlusDays(row.Day), layout.Range));
                }
            }

            return [];
        }

        /// <summary>
        /// Revisions and corrections, before anything goes in: asked of admission with all the store holds and the first
        /// reports staged (a revision revises a report held or staged, a correction draws on the increments of both).
        /// </summary>
        private ImmutableArray<Diagnostic> CheckRare()
        {
            if (ingest.rare.Count == 0)
            {
                return [];
            }

            var admission = new ReportAdmission(ingest.Plan, store.Tree) { Store = new StoreAndStaged(ingest, store) };
            if (admission.Check([.. ingest.rare.Select(r => r.Report)]).FirstOrDefault(p => p.IsError) is { } problem)
            {
                var (_, file, place) = ingest.rare[problem.Index];
                var diagnostic = file.Json
                    ? problem.ToDiagnostic(path: Path(place, problem.Field))
                    : problem.ToDiagnostic(line: place);
                return [diagnostic with { Source = file.Name }];
            }

            return [];
        }

        /// <summary>Revisions and corrections, after the first reports, checked already: appended as the store keeps them.</summary>
        private ImmutableArray<Diagnostic> AppendRare()
        {
            if (ingest.rare.Count > 0)
            {
                store.Append([.. ingest.rare.Select(r => r.Report)]);
            }

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

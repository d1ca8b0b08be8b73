using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// What admission is asked with when a batch has revisions or corrections: the reports staged so far (every earlier
/// batch of the file and the files staged before), and at the commit what the store holds too — so a revision may
/// come in any batch after the report it revises, and a correction after the increments it draws on.
/// </content>
public sealed partial class ProgressIngest
{
    // Staged rows and kept reports by (target, org unit), indexed lazily up to what was staged when first asked.
    private readonly Dictionary<(int Target, int Unit), List<long>> rowsOf = [];
    private readonly Dictionary<(TargetId Target, OrgUnitCode Unit), List<ProgressReport>> rareOf = [];
    private long rowsIndexed;
    private int rareIndexed;

    /// <summary>Forgets the index (a refused file's rows and kept reports are dropped).</summary>
    private void ForgetHeldIndex()
    {
        rowsOf.Clear();
        rareOf.Clear();
        rowsIndexed = 0;
        rareIndexed = 0;
    }

    /// <summary>Every staged report of a target at an org unit; the kept revisions and corrections too when <paramref name="withRare"/>.</summary>
    private List<ProgressReport> HeldStaged(TargetId target, OrgUnitCode orgUnit, bool withRare)
    {
        var cursor = rowsIndexed < staged.Count ? staged.At(rowsIndexed) : default;
        for (; rowsIndexed < staged.Count; rowsIndexed++)
        {
            cursor.Next(out var row, out _);
            var key = (row.Target, row.OrgUnit);
            if (!rowsOf.TryGetValue(key, out var list))
            {
                rowsOf[key] = list = [];
            }

            list.Add(rowsIndexed);
        }

        for (; rareIndexed < rare.Count; rareIndexed++)
        {
            var report = rare[rareIndexed].Report;
            var key = (report.Target, report.OrgUnit);
            if (!rareOf.TryGetValue(key, out var list))
            {
                rareOf[key] = list = [];
            }

            list.Add(report);
        }

        var held = new List<ProgressReport>();
        if (TargetIndex.TryGetValue(target, out var t) && ordinals.TryGetValue(orgUnit, out var u) && rowsOf.TryGetValue((t, u), out var rows))
        {
            var of = Plan.Targets[t];
            foreach (var i in rows)
            {
                staged.At(i).Next(out var row, out var denominator);
                held.Add(ReportStore.ReportOf(of, orgUnit, start.PlusDays(row.Day), row.Value, denominator));
            }
        }

        if (withRare && rareOf.TryGetValue((target, orgUnit), out var kept))
        {
            held.AddRange(kept);
        }

        return held;
    }

    /// <summary>
    /// While reading a file: everything staged so far, revisions and corrections included; and what its earlier batches
    /// carry to the checks across reports, so its diagnostics do not depend on where batches end.
    /// </summary>
    private sealed class StagedHeld(ProgressIngest ingest) : IHeldReports
    {
        public ReportCarry Carried { get; } = new();

        public IEnumerable<ProgressReport> Held(TargetId target, OrgUnitCode orgUnit) => ingest.HeldStaged(target, orgUnit, withRare: true);
    }

    /// <summary>At the commit, before anything goes in: what the store holds and the first reports staged (the kept ones are the batch asked).</summary>
    private sealed class StoreAndStaged(ProgressIngest ingest, IHeldReports store) : IHeldReports
    {
        public IEnumerable<ProgressReport> Held(TargetId target, OrgUnitCode orgUnit)
            => [.. store.Held(target, orgUnit), .. ingest.HeldStaged(target, orgUnit, withRare: false)];
    }
}

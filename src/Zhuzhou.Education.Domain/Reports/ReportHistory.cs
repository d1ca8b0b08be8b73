using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// Progress reports (进度报送) over time: what was known on a date (bitemporal), and which revision of each report
/// counts.
/// </summary>
/// <remarks>
/// <para>A report is keyed by target, org unit and date. A second report with the same key is a revision only when it
/// says so (<see cref="ProgressReport.Revision"/>); the latest revision counts and the earlier ones stay in the
/// history. An unmarked duplicate — the same key and revision — is refused on every path (<see cref="ReportAdmission"/>),
/// never resolved by order.</para>
/// <para>"As known on" a date: a report is known from the day it was <see cref="ProgressReport.Submitted"/>, else the
/// day it was <see cref="ProgressReport.Received"/>, else its own date, and never before its own date (a figure for
/// 30 June received on 28 June is known from 30 June) — what the bureau knew on 10 July about 30 June leaves out a
/// revision submitted on 12 July, and the July report. A revision known before the report it revises (a paper report
/// entered late) counts from the day it is known: the latest revision known on the date counts.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class ReportHistory
{
    /// <summary>The reports known on a date: those submitted (else received, else dated), and dated, on or before it.</summary>
    /// <param name="reports">The reports, revisions included, in any order.</param>
    /// <param name="knownOn">The date of knowledge.</param>
    /// <returns>The reports known then, in their order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static IEnumerable<ProgressReport> KnownOn(IEnumerable<ProgressReport> reports, LocalDate knownOn)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports.Where(r => r is not null && r.KnownFrom <= knownOn);
    }

    /// <summary>The latest revision of each report (target, org unit, date): the reports that can count.</summary>
    /// <param name="reports">The reports, revisions included, in any order.</param>
    /// <returns>For each key its highest revision, in the order of the reports' first appearance of the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, or two repeat a key and a revision (an unmarked duplicate).</exception>
    public static IEnumerable<ProgressReport> Latest(IEnumerable<ProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var latest = new Dictionary<(Plans.TargetId, OrgUnits.OrgUnitCode, LocalDate), int>();
        var list = new List<ProgressReport>();
        foreach (var report in reports)
        {
            Preconditions.CheckArgument(report is not null, nameof(reports), "A report must not be null.");
            var key = (report!.Target, report.OrgUnit, report.Date);
            if (!latest.TryGetValue(key, out var at))
            {
                latest[key] = list.Count;
                list.Add(report);
            }
            else
            {
                list[at] = Later(list[at], report, nameof(reports));
            }
        }

        return list;
    }

    /// <summary>Of two reports with one key, the later revision; an unmarked duplicate is refused.</summary>
    internal static ProgressReport Later(ProgressReport a, ProgressReport b, string paramName)
    {
        if (a.Revision == b.Revision)
        {
            throw new ArgumentException(
                $"Reports '{a}' and '{b}' have the same target, org unit, date and revision: an unmarked duplicate is refused, never resolved by order (a revision gives a higher revision number).",
                paramName);
        }

        return a.Revision > b.Revision ? a : b;
    }
}

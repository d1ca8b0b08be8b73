using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>
/// The deterministic generator of seeds/zhuzhou-2017-progress-sample.json (invented, realistic reports), and of large
/// synthetic CSV files for load tests. Run through the hidden command <c>zedu sample</c>.
/// </summary>
internal static class SampleProgress
{
    public const string ResourceName = "zhuzhou-2017-progress-sample.json";

    /// <summary>The note every sample report carries, so that nobody takes the file for real data.</summary>
    public const string Note = "虚构示例数据 invented sample data, not real reports";

    public const string Description =
        "INVENTED sample progress reports (进度报送) for the 株洲市教育局2017年工作要点, not real data: the nine county-level units "
        + "of 2017 report every measurable target at each month end from January to June 2017, some ahead of schedule, some "
        + "behind, some months missing — the targets of the sample 任务分解 (seeds/zhuzhou-2017-allocations-sample.csv: 8.1, 14.2 "
        + "and 19.1) against each county's part; every county reports 13.1, which every county owes, and six have done it; the "
        + "city meets one milestone, has not started another, and has not yet done the one due 2017-09-01 (overdue from 2 "
        + "September); 醴陵市 revises its May report of 14.2 on 5 July, and 攸县 corrects 21.1 by −120 (冲减). Generated "
        + "deterministically by `zedu sample` (seed 20170630).";

    /// <summary>When 醴陵市's revision of its May report of 14.2 is submitted: after the as-of date, so that a report as known on 1 July shows the figure before it.</summary>
    public static readonly LocalDateTime RevisionSubmitted = new(2017, 7, 5, 10, 30);

    private static readonly LocalDate AsOf = new(2017, 6, 30);

    private enum Profile
    {
        OnTrack,
        Behind,
        Achieved,
        Exceeded,
        NotStarted,
        MilestoneMet,
        Overdue,
    }

    /// <summary>The sample reports for a plan, in a stable order.</summary>
    public static List<ProgressReport> Generate(Plan plan, OrgUnitTree tree)
    {
        var random = new SplitMix64(20170630);
        var counties = tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
        var months = Enumerable.Range(1, 6).Select(m => new LocalDate(2017, m, 1).With(DateAdjusters.EndOfMonth)).ToList();
        var profiles = Assign(plan);
        var reports = new List<ProgressReport>();
        foreach (var target in plan.Targets)
        {
            var profile = profiles[target.Id];
            if (target.Scope.Kind == MilestoneScopeKind.EveryUnit)
            {
                // Every county owes it: six have done it (in March to May), the others report not yet.
                for (var c = 0; c < counties.Count; c++)
                {
                    var done = c % 3 != 2;
                    reports.Add(new ProgressReport(target.Id, counties[c].Code, done ? months[2 + (c % 3)] : months[^1], done ? 1m : 0m) { Note = Note });
                }

                continue;
            }

            switch (profile)
            {
                case Profile.NotStarted:
                    continue;
                case Profile.MilestoneMet:
                    reports.Add(new ProgressReport(target.Id, tree.Root.Code, new LocalDate(2017, 5, 31), 1m) { Stage = target.Stages.IsDefaultOrEmpty ? null : target.Stages[^1].Name, Note = Note });
                    continue;
                case Profile.Overdue when target.Comparison.Kind == ComparisonKind.Milestone:
                    // Not done yet: overdue once its due date has passed.
                    reports.Add(new ProgressReport(target.Id, tree.Root.Code, new LocalDate(2017, 6, 30), 0m) { Note = Note });
                    continue;
            }

            var required = target.Comparison.Kind switch
            {
                ComparisonKind.Between or ComparisonKind.Exactly when profile == Profile.Exceeded => target.Comparison.Maximum!.Value + 1,
                ComparisonKind.AtLeast when profile == Profile.Exceeded => Math.Ceiling(target.Comparison.Minimum!.Value * 1.1m),
                _ => target.Comparison.Required,
            };
            var pace = profile switch
            {
                Profile.Achieved or Profile.Exceeded => 1m,
                Profile.Behind => 0.25m + (random.Next(10) / 100m),
                Profile.Overdue => 0.5m,
                _ => 0.55m + (random.Next(15) / 100m),
            };
            var exact = profile is Profile.Achieved or Profile.Exceeded;

            if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
            {
                foreach (var county in counties)
                {
                    var pupils = 20000m + (random.Next(40) * 1000m);
                    var share = Math.Min(1m, target.Comparison.Required * pace * (0.7m + (random.Next(60) / 100m)));
                    for (var m = 0; m < months.Count; m++)
                    {
                        if (!exact && random.Next(100) < 8)
                        {
                            continue;
                        }

                        var numerator = Math.Round(pupils * share * (m + 1) / months.Count);
                        reports.Add(new ProgressReport(target.Id, county.Code, months[m], Math.Round(numerator / pupils, 4)) { Numerator = numerator, Denominator = pupils, Note = Note });
                    }
                }

                continue;
            }

            // The amount reached by the as-of date, split among the counties in whole numbers: by each county's part
            // where the 任务分解 gives one (some ahead, some behind), else by uneven weights.
            var total = Math.Round(required * pace);
            var weights = counties.Select(_ => 0.4m + (random.Next(120) / 100m)).ToList();
            if (target.Allocation is not null)
            {
                weights = [.. counties.Select((c, i) => (Apportionment.OwedBy(target, tree, c.Code)?.Comparison.Required ?? 0m) * (0.5m + (weights[i] / 2m)))];
            }

            var shares = Split(total, weights);
            for (var c = 0; c < counties.Count; c++)
            {
                decimal previous = 0;
                for (var m = 0; m < months.Count; m++)
                {
                    var level = m == months.Count - 1 ? shares[c] : Math.Round(shares[c] * (m + 1) / months.Count, MidpointRounding.AwayFromZero);
                    var increment = level - previous;
                    var skip = !exact && m < months.Count - 1 && random.Next(100) < 8;
                    if (!skip)
                    {
                        var value = target.TimeAggregation == TimeAggregation.Increment ? increment : level;
                        reports.Add(new ProgressReport(target.Id, counties[c].Code, months[m], value) { Note = Note });
                        previous = level;
                    }
                }
            }
        }

        Revise(reports);
        return reports;
    }

    /// <summary>醴陵市 revises its May report of 14.2 (new school places) after the as-of date; 攸县 corrects 21.1 (students aided) by −120.</summary>
    private static void Revise(List<ProgressReport> reports)
    {
        var liling = OrgUnitCode.Parse("430281");
        var may = reports.FirstOrDefault(r => r.Target == TargetId.Parse("14.2") && r.OrgUnit == liling && r.Date == new LocalDate(2017, 5, 31));
        if (may is not null)
        {
            reports.Insert(reports.IndexOf(may) + 1, new ProgressReport(may.Target, may.OrgUnit, may.Date, Math.Max(0m, may.Value - 150m))
            {
                Revision = 1,
                Submitted = RevisionSubmitted,
                Reason = "核减重复统计的学位",
                Note = Note,
            });
        }

        var you = OrgUnitCode.Parse("430223");
        var aided = reports.Where(r => r.Target == TargetId.Parse("21.1") && r.OrgUnit == you && r.Date < new LocalDate(2017, 6, 15)).Sum(r => r.Value);
        var last = reports.FindLastIndex(r => r.Target == TargetId.Parse("21.1") && r.OrgUnit == you);
        if (aided > 0 && last >= 0)
        {
            reports.Insert(last, ProgressReport.Correction(TargetId.Parse("21.1"), you, new LocalDate(2017, 6, 15), -Math.Min(120m, aided), "重复资助，冲减") with
            {
                Submitted = new LocalDateTime(2017, 6, 16, 9, 0),
                Note = Note,
            });
        }
    }

    /// <summary>The most reports <see cref="WriteLargeCsv"/> writes: every cell (target, county, school) reports once a day at most.</summary>
    public static long MaxLargeCsvRows(Plan plan, OrgUnitTree tree) =>
        (long)LargeCsvTargets(plan).Count * tree.UnitsAt(OrgUnitLevel.County).Count() * MaxSchools * DaysOfYear;

    /// <summary>
    /// Writes <paramref name="rows"/> random reports as CSV: targets × counties × schools (200, more where the rows need
    /// them), each cell reporting once a week from 1 January 2017 (up to 52 rounds: 1,872,000 rows of the 2017 plan), or
    /// in rounds spread over the year, no two on one day.
    /// </summary>
    public static void WriteLargeCsv(TextWriter writer, Plan plan, OrgUnitTree tree, long rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, MaxLargeCsvRows(plan, tree));
        var random = new SplitMix64(20170222);
        var targets = LargeCsvTargets(plan);
        var counties = tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
        writer.WriteLine("target,orgUnit,date,value,numerator,denominator");
        var start = new LocalDate(2017, 1, 1);
        var perSchool = (long)targets.Count * counties.Count;
        var schools = (int)Math.Max(200, (rows + (perSchool * DaysOfYear) - 1) / (perSchool * DaysOfYear));
        var cells = perSchool * schools;
        var rounds = (int)((rows + cells - 1) / cells);
        const int Weekly = 52;
        for (long i = 0; i < rows; i++)
        {
            // Row i is cell i mod cells (target, county, school) in round r = i / cells, on a day of the round's own
            // stretch of the year (week r, or [r·365/rounds, (r+1)·365/rounds), never empty), so no report of a cell
            // repeats another's date.
            var cell = i % cells;
            var round = (int)(i / cells);
            var target = targets[(int)(cell % targets.Count)];
            var county = counties[(int)(cell / targets.Count % counties.Count)];
            var school = (int)(cell / targets.Count / counties.Count) + 1;
            var first = rounds <= Weekly ? round * 7 : (int)((long)round * DaysOfYear / rounds);
            var next = rounds <= Weekly ? first + 7 : (int)((long)(round + 1) * DaysOfYear / rounds);
            var date = start.PlusDays(first + random.Next(next - first));
            var id = target.Id.ToString();
            var unit = string.Create(CultureInfo.InvariantCulture, $"{county.Code}-{school:000}");
            var day = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            // A level (the latest report counts) never falls from one round to the next, as a real stock does not: round
            // r's value is drawn from a range that starts where round r − 1's ends (a ratio's numerator from
            // [r·step, r·step + step − 1] over a denominator fixed for the cell; a count ⌊(r + 0 or 1) / 2⌋ up to 4, as
            // the increments' 0–4, since one school's report of more than ten times a target is warned of).
            var level = target.TimeAggregation == TimeAggregation.Level;
            if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
            {
                // A cell's denominator is the same every round (its pupils), drawn from the cell, not the stream.
                var denominator = level ? 200 + (int)((((ulong)cell * 0x9E3779B97F4A7C15UL) >> 32) % 800) : 200 + random.Next(800);
                var step = Math.Max(1, denominator / 60);
                var numerator = level ? Math.Min(denominator, (round * step) + random.Next(step)) : random.Next(denominator + 1);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{unit},{day},{Math.Round((decimal)numerator / denominator, 4)},{numerator},{denominator}"));
            }
            else
            {
                var value = level ? Math.Min(4, (round + random.Next(2)) / 2) : random.Next(5);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{unit},{day},{value},,"));
            }
        }
    }

    private const int MaxSchools = 999;
    private const int DaysOfYear = 365;

    private static List<Target> LargeCsvTargets(Plan plan) => plan.Targets.Where(t => t.Comparison.Kind != ComparisonKind.Milestone).ToList();

    private static Dictionary<TargetId, Profile> Assign(Plan plan)
    {
        var profiles = new Dictionary<TargetId, Profile>();
        // Milestones are reported by the city itself: the one with a due date is not done (overdue once the date
        // has passed: as of 2017-06-30 only if it was due by then), the first other one is met, the rest not started.
        foreach (var owedByAll in plan.Targets.Where(t => t.Scope.Kind == MilestoneScopeKind.EveryUnit))
        {
            // Reported by every unit that owes it (see Generate), not by a profile.
            profiles[owedByAll.Id] = Profile.NotStarted;
        }

        var milestones = plan.Targets.Where(t => t.Comparison.Kind == ComparisonKind.Milestone && t.Scope.Kind == MilestoneScopeKind.Issuer).ToList();
        var overdue = milestones.Where(t => t.Deadline is not null).OrderBy(t => t.Deadline).FirstOrDefault();
        if (overdue is not null)
        {
            profiles[overdue.Id] = Profile.Overdue;
        }

        foreach (var milestone in milestones.Where(m => !profiles.ContainsKey(m.Id)))
        {
            profiles[milestone.Id] = profiles.ContainsValue(Profile.MilestoneMet) ? Profile.NotStarted : Profile.MilestoneMet;
        }

        var rest = plan.Targets.Where(t => !profiles.ContainsKey(t.Id)).ToList();
        if (rest.Count == 0)
        {
            return profiles;
        }

        var exceeded = rest.FirstOrDefault(t => t.Comparison.Kind == ComparisonKind.Between) ?? rest[0];
        profiles[exceeded.Id] = Profile.Exceeded;

        if (rest.FirstOrDefault(t => !profiles.ContainsKey(t.Id) && t.Comparison.Kind == ComparisonKind.AtLeast && t.Comparison.Required <= 20) is { } achieved)
        {
            profiles[achieved.Id] = Profile.Achieved;
        }

        var next = 0;
        foreach (var target in rest.Where(t => !profiles.ContainsKey(t.Id)))
        {
            profiles[target.Id] = next++ % 2 == 0 ? Profile.OnTrack : Profile.Behind;
        }

        return profiles;
    }

    /// <summary>Splits a whole amount by weights into whole shares that add up to it (largest remainder).</summary>
    private static List<decimal> Split(decimal total, List<decimal> weights)
    {
        var sum = weights.Sum();
        var raw = weights.Select(w => total * w / sum).ToList();
        var shares = raw.Select(Math.Floor).ToList();
        var left = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, raw.Count).OrderByDescending(i => raw[i] - shares[i]).ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }

            shares[i]++;
            left--;
        }

        return shares;
    }

    /// <summary>SplitMix64, as in the benchmark workload: the same numbers on every machine and runtime.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong state = seed;

        public int Next(int bound)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)((z >> 33) % (ulong)bound);
        }
    }
}

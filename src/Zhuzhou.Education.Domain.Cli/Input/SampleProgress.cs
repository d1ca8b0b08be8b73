using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;

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
        + "behind, some months missing; a milestone is met, others have no report yet, and the milestone due 2017-09-01 is not "
        + "done (overdue from then on). Generated deterministically by `zedu sample` (seed 20170630).";

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

            // The amount reached by the as-of date, split among the counties by uneven weights, in whole numbers.
            var total = Math.Round(required * pace);
            var weights = counties.Select(_ => 0.4m + (random.Next(120) / 100m)).ToList();
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

        return reports;
    }

    /// <summary>Writes <paramref name="rows"/> random reports as CSV: targets × counties × schools, dates through 2017.</summary>
    public static void WriteLargeCsv(TextWriter writer, Plan plan, OrgUnitTree tree, long rows)
    {
        var random = new SplitMix64(20170222);
        var targets = plan.Targets.Where(t => t.Comparison.Kind != ComparisonKind.Milestone).ToList();
        var counties = tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
        writer.WriteLine("target,orgUnit,date,value,numerator,denominator");
        var start = new LocalDate(2017, 1, 1);
        const int Schools = 200;
        var cells = (long)targets.Count * counties.Count * Schools;
        for (long i = 0; i < rows; i++)
        {
            // Row i is cell i mod cells (target, county, school) on its own day, so no report repeats another's date.
            var cell = i % cells;
            var round = (int)(i / cells);
            var target = targets[(int)(cell % targets.Count)];
            var county = counties[(int)(cell / targets.Count % counties.Count)];
            var school = (int)(cell / targets.Count / counties.Count) + 1;
            var date = start.PlusDays(Math.Min(364, (round * 7) + random.Next(7)));
            var id = target.Id.ToString();
            var unit = string.Create(CultureInfo.InvariantCulture, $"{county.Code}-{school:000}");
            var day = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
            {
                var denominator = 200 + random.Next(800);
                var numerator = random.Next(denominator + 1);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{unit},{day},{Math.Round((decimal)numerator / denominator, 4)},{numerator},{denominator}"));
            }
            else
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},{unit},{day},{random.Next(5)},,"));
            }
        }
    }

    private static Dictionary<TargetId, Profile> Assign(Plan plan)
    {
        var profiles = new Dictionary<TargetId, Profile>();
        // Milestones are reported by the city itself: the one with a due date is not done (overdue once the date
        // has passed: as of 2017-06-30 only if it was due by then), the first other one is met, the rest not started.
        var milestones = plan.Targets.Where(t => t.Comparison.Kind == ComparisonKind.Milestone).ToList();
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

// Workload W1 (../shared/bench/WORKLOAD.md): the data generator, the reference single-pass loop and the mapping
// of W1 onto the library's plan, tree and engine. Compiled into the benchmarks and, linked, into the tests, so
// the checksum test and the benchmark run exactly the same code.
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Benchmarks.W1;

/// <summary>SplitMix64 exactly as WORKLOAD.md gives it (all unsigned 64-bit, wrapping).</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public int Rand(long n) => (int)((Next() >> 33) % (ulong)n);
}

/// <summary>The parameters of W1 (defaults as in WORKLOAD.md).</summary>
internal sealed record W1Parameters(int Targets = 32, int Counties = 9, int Schools = 1000, int Reports = 35, int AsOfDay = 180)
{
    public int Units => Counties * Schools;

    public long Rows => (long)Targets * Units * Reports;

    public double Goal(int target) => Units * (20d + (2d * target));

    public int Items => (Targets + 1) / 2;

    public int Sections => (Items + 3) / 4;
}

/// <summary>W1's data, reference loop and its mapping onto the library.</summary>
internal static class W1Workload
{
    public const ulong Seed = 20170222;

    public static DateInterval Range { get; } = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));

    public static LocalDate AsOfDate(W1Parameters p) => Range.Start.PlusDays(p.AsOfDay);

    /// <summary>Generates the rows in nested order (target, unit, report), then shuffles them (Fisher–Yates).</summary>
    public static ReportRow[] Generate(W1Parameters p)
    {
        var rng = new SplitMix64(Seed);
        var rows = new ReportRow[checked((int)p.Rows)];
        var n = 0;
        for (var t = 0; t < p.Targets; t++)
        {
            for (var u = 0; u < p.Units; u++)
            {
                var value = 0;
                for (var k = 0; k < p.Reports; k++)
                {
                    var day = (10 * k) + rng.Rand(10);
                    value += rng.Rand(5);
                    rows[n++] = new ReportRow(t, u, day, value);
                }
            }
        }

        for (var i = rows.Length - 1; i >= 1; i--)
        {
            var j = rng.Rand(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }

        return rows;
    }

    /// <summary>
    /// The reference loop: one pass keeping, per (target, unit) cell, the greatest day on or before D and its
    /// value; then the roll-up of Q1.
    /// </summary>
    public static (double Plan, double Checksum) Reference(ReadOnlySpan<ReportRow> rows, W1Parameters p)
    {
        var cells = p.Targets * p.Units;
        var bestDay = new int[cells];
        var bestValue = new double[cells];
        Array.Fill(bestDay, -1);
        var d = p.AsOfDay;
        foreach (var row in rows)
        {
            var cell = (row.Target * p.Units) + row.OrgUnit;
            if (row.Day <= d && row.Day > bestDay[cell])
            {
                bestDay[cell] = row.Day;
                bestValue[cell] = row.Value;
            }
        }

        var byCounty = new double[p.Targets * p.Counties];
        for (var t = 0; t < p.Targets; t++)
        {
            for (var u = 0; u < p.Units; u++)
            {
                byCounty[(t * p.Counties) + (u / p.Schools)] += bestValue[(t * p.Units) + u];
            }
        }

        return RollUp(byCounty, p);
    }

    /// <summary>Q1 steps 2 to 5 from S(t, c).</summary>
    public static (double Plan, double Checksum) RollUp(double[] byCounty, W1Parameters p)
    {
        var completion = new double[p.Targets];
        var checksum = 0d;
        for (var t = 0; t < p.Targets; t++)
        {
            var goal = p.Goal(t);
            var city = 0d;
            for (var c = 0; c < p.Counties; c++)
            {
                var s = byCounty[(t * p.Counties) + c];
                city += s;
                checksum += Math.Min(1d, s / (goal / p.Counties));
            }

            completion[t] = Math.Min(1d, city / goal);
            checksum += completion[t];
        }

        return (MeanOfMeans(completion, p), checksum);
    }

    /// <summary>Item = mean of its targets, section = mean of its items, plan = mean of sections.</summary>
    public static double MeanOfMeans(IReadOnlyList<double> targetCompletion, W1Parameters p)
    {
        var items = new double[p.Items];
        for (var i = 0; i < p.Items; i++)
        {
            var members = Enumerable.Range(2 * i, 2).Where(t => t < p.Targets).ToList();
            items[i] = members.Average(t => targetCompletion[t]);
        }

        var sections = new double[p.Sections];
        for (var s = 0; s < p.Sections; s++)
        {
            sections[s] = Enumerable.Range(4 * s, 4).Where(i => i < p.Items).Average(i => items[i]);
        }

        return sections.Average();
    }

    /// <summary>
    /// Target t is id (t/2 + 1).(t%2 + 1) with goal U(20 + 2t), which the plan splits over the counties in equal
    /// parts (each owes goal / C, a whole number: U = C × S); item i is in section i/4.
    /// </summary>
    public static Plan BuildPlan(W1Parameters p)
    {
        var counties = Allocation.Proportional(Enumerable.Range(0, p.Counties).Select(c => new AllocationPart(CountyCode(c), 1m)));
        var sections = new List<Section>();
        for (var s = 0; s < p.Sections; s++)
        {
            var items = new List<Item>();
            for (var i = 4 * s; i < Math.Min(p.Items, 4 * (s + 1)); i++)
            {
                var targets = Enumerable.Range(2 * i, 2).Where(t => t < p.Targets)
                    .Select(t => new Target(TargetId.Create(i + 1, (t % 2) + 1), "W1 target " + t, Comparison.AtLeast((decimal)p.Goal(t)), MeasureWord.Units) { Allocation = counties });
                items.Add(new Item(i + 1, "W1 item " + i, [new Commitment("W1 commitment " + i, targets)]));
            }

            sections.Add(new Section(s + 1, "W1 section " + s, items));
        }

        return new Plan("W1", "Workload W1", Range, null, string.Empty, sections);
    }

    public static TargetId TargetIdOf(int t) => TargetId.Create((t / 2) + 1, (t % 2) + 1);

    public static OrgUnitCode CityCode { get; } = OrgUnitCode.Parse("W1");

    public static OrgUnitCode CountyCode(int c) => OrgUnitCode.Parse("C" + c.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Schools first (so a school's index in the tree is its W1 unit number), then counties, then the city.</summary>
    public static OrgUnitTree BuildTree(W1Parameters p)
    {
        var units = new List<OrgUnit>(p.Units + p.Counties + 1);
        for (var u = 0; u < p.Units; u++)
        {
            units.Add(new OrgUnit(OrgUnitCode.Parse("S" + u.ToString(System.Globalization.CultureInfo.InvariantCulture)), "School " + u, OrgUnitLevel.School, CountyCode(u / p.Schools)));
        }

        for (var c = 0; c < p.Counties; c++)
        {
            units.Add(new OrgUnit(CountyCode(c), "County " + c, OrgUnitLevel.County, CityCode));
        }

        units.Add(new OrgUnit(CityCode, "City", OrgUnitLevel.City, null));
        return OrgUnitTree.Create(units);
    }

    /// <summary>Opens a store for W1 (no rows yet).</summary>
    public static ReportStore OpenStore(W1Parameters p) => ReportStore.Open(BuildPlan(p), BuildTree(p), Range);

    /// <summary>
    /// Q1 through the engine: the as-of query, then the rules' evaluation (layer 2) per target for the city and
    /// each county, and their roll-up (layer 3) for the plan.
    /// </summary>
    public static (double Plan, double Checksum) Engine(ReportStore store, W1Parameters p) => Q1(store.AsOf(AsOfDate(p)), p);

    /// <summary>Q1 from an as-of result (of one store, or of partials merged from many): the plan and the checksum.</summary>
    public static (double Plan, double Checksum) Q1(AsOfResult result, W1Parameters p)
    {
        var city = result.EvaluatePlan();
        var checksum = city.Targets.Sum(e => (double)e.Completion);
        for (var c = 0; c < p.Counties; c++)
        {
            for (var t = 0; t < p.Targets; t++)
            {
                checksum += (double)result.Evaluate(TargetIdOf(t), CountyCode(c)).Completion;
            }
        }

        return ((double)city.Completion!.Value, checksum);
    }

    /// <summary>The naive LINQ a typical developer would write.</summary>
    public static (double Plan, double Checksum) NaiveLinq(ReportRow[] rows, W1Parameters p)
    {
        var latest = rows.Where(r => r.Day <= p.AsOfDay)
            .GroupBy(r => (r.Target, r.OrgUnit))
            .Select(g => g.MaxBy(r => r.Day));
        var byCounty = new double[p.Targets * p.Counties];
        foreach (var g in latest.GroupBy(r => (r.Target, County: r.OrgUnit / p.Schools)))
        {
            byCounty[(g.Key.Target * p.Counties) + g.Key.County] = g.Sum(r => r.Value);
        }

        return RollUp(byCounty, p);
    }
}

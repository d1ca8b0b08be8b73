using Zhuzhou.Education.Domain.Benchmarks.W1;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>
/// Workload W1 on small parameters: the generator and reference loop against WORKLOAD.md's reference values,
/// and the engine (and the naive LINQ baseline) against the reference loop, so the benchmark cannot silently
/// compute something else.
/// </summary>
public class W1WorkloadTests
{
    // parameters (T, C, S, R, D) → plan, checksum, from WORKLOAD.md
    public static TheoryData<int, int, int, int, int, double, double> ReferenceValues => new()
    {
        { 32, 9, 10, 5, 180, 0.230967956, 73.909746067 },
        { 7, 3, 20, 30, 5, 0.044098436, 1.261149961 },
        { 9, 4, 15, 20, 100, 0.666963898, 33.600344135 },
    };

    [Theory]
    [MemberData(nameof(ReferenceValues))]
    public void Reference_SmallParameters_MatchesWorkloadValues(int t, int c, int s, int r, int d, double plan, double checksum)
    {
        var p = new W1Parameters(t, c, s, r, d);

        var result = W1Workload.Reference(W1Workload.Generate(p), p);

        Math.Round(result.Plan, 9).Should().Be(plan);
        Math.Round(result.Checksum, 9).Should().Be(checksum);
    }

    [Theory]
    [MemberData(nameof(ReferenceValues))]
    public void Engine_SmallParameters_MatchesReferenceLoopAndWorkloadValues(int t, int c, int s, int r, int d, double plan, double checksum)
    {
        var p = new W1Parameters(t, c, s, r, d);
        var rows = W1Workload.Generate(p);
        var store = W1Workload.OpenStore(p);

        store.Append(rows);
        var engine = W1Workload.Engine(store, p);

        var reference = W1Workload.Reference(rows, p);
        engine.Plan.Should().BeApproximately(reference.Plan, 1e-12);
        engine.Checksum.Should().BeApproximately(reference.Checksum, 1e-9);
        Math.Round(engine.Plan, 9).Should().Be(plan);
        Math.Round(engine.Checksum, 9).Should().Be(checksum);
    }

    [Theory]
    [MemberData(nameof(ReferenceValues))]
    public void Engine_BatchesOnTwoCores_MatchesReferenceLoop(int t, int c, int s, int r, int d, double plan, double checksum)
    {
        var p = new W1Parameters(t, c, s, r, d);
        var rows = W1Workload.Generate(p);
        var store = W1Workload.OpenStore(p);
        store.ParallelThreshold = 1000;

        // Three batches of unequal size, each laid out on two cores into one segment.
        var third = rows.Length / 3;
        store.Append(rows.AsMemory(0, third));
        store.Append(rows.AsMemory(third, third + 17));
        store.Append(rows.AsMemory((2 * third) + 17));
        var engine = W1Workload.Engine(store, p);

        store.Segments.Length.Should().Be(3);
        store.Count.Should().Be(rows.Length);
        Math.Round(engine.Plan, 9).Should().Be(plan);
        Math.Round(engine.Checksum, 9).Should().Be(checksum);
    }

    [Theory]
    [MemberData(nameof(ReferenceValues))]
    public void NaiveLinq_SmallParameters_MatchesReferenceLoop(int t, int c, int s, int r, int d, double plan, double checksum)
    {
        var p = new W1Parameters(t, c, s, r, d);

        var result = W1Workload.NaiveLinq(W1Workload.Generate(p), p);

        Math.Round(result.Plan, 9).Should().Be(plan);
        Math.Round(result.Checksum, 9).Should().Be(checksum);
    }

    [Fact]
    public void Generate_SmallParameters_DaysUniquePerCellAndValuesCumulative()
    {
        var p = new W1Parameters(3, 2, 4, 6, 30);

        var rows = W1Workload.Generate(p);

        rows.Should().HaveCount((int)p.Rows);
        foreach (var cell in rows.GroupBy(row => (row.Target, row.OrgUnit)))
        {
            var ordered = cell.OrderBy(row => row.Day).ToList();
            ordered.Select(row => row.Day).Should().OnlyHaveUniqueItems();
            ordered.Select(row => row.Value).Should().BeInAscendingOrder();
        }
    }
}

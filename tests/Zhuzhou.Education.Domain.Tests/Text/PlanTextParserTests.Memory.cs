using System.Text;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public partial class PlanTextParserTests
{
    // Allocation, not time: what a parse allocates is deterministic. From a file's stream the bytes are held once (not
    // through a buffer that doubles as it grows and a copy of it), and a large plan's texts are not each named on
    // the chance that one is too long.
    [Fact]
    public void Parse_StreamOfAHundredPlans_AllocatesAtMostFifteenAndAHalfTimesItsBytes()
    {
        var seed = File.ReadAllText(SeedPath);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(seed, 100)));
        PlanTextParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(seed), writable: false)); // JIT and lookups warmed up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PlanTextParser.Parse(new MemoryStream(bytes, writable: false));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Value.Items.Should().HaveCount(2500);
        ((double)allocated / bytes.Length).Should().BeLessThanOrEqualTo(15.5, $"{allocated:N0} bytes were allocated for {bytes.Length:N0} bytes of input");
    }
}

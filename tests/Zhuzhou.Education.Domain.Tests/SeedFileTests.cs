using System.Security.Cryptography;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests;

public class SeedFileTests
{
    [Fact]
    public void WorkPlanText_IsTheSourceDocumentByteForByte()
    {
        // Its defects ((20162020), 《36岁…》, ASCII commas, breadcrumbs) are real input: nobody may "fix" it.
        var bytes = File.ReadAllBytes(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.txt"));

        Convert.ToHexStringLower(SHA256.HashData(bytes))
            .Should().Be("e418a17a4239e0a5b989299110698f3fddd557942748c0b8bc2290f200a02b4d");
        bytes.Length.Should().Be(8929);
    }
}

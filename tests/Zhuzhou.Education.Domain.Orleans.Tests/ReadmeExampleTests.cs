using System.Text.RegularExpressions;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Client;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Orleans.Tests;

/// <summary>The README's "Beyond one machine" example, compiled and run here on the test cluster.</summary>
[Collection(ClusterDefinition.Name)]
public class ReadmeExampleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ClusterExample_CompilesRunsAndIsTheOneInTheReadme()
    {
        var catalog = TestCatalog.Instance;   // the silos' catalog: the built-in plan under "zhuzhou-2017", among others
        var client = fixture.Cluster.Client;
        var reports = ProgressJson.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-progress-sample.json")), ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).Value!.Reports;

        // README-BEGIN
        var store = new ClusterReportStore(client, catalog, "zhuzhou-2017");   // client: an IClusterClient
        var receipt = await store.AppendAsync(reports);     // routed by county; whole or not at all; a retry adds nothing
        var result = await store.AsOfAsync(new LocalDate(2017, 6, 30));       // an AsOfResult, as ReportStore.AsOf gives
        Console.WriteLine($"{receipt.Added} added, {receipt.AlreadyHeld} already held; plan {result.EvaluatePlan().Completion:0.0%}");
        // README-END

        (receipt.Added + receipt.AlreadyHeld).Should().Be(reports.Length);
        var inProcess = Aggregation.ReportStore.Open(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);
        inProcess.Append(reports);
        result.EvaluatePlan().Figure.Should().Be(inProcess.AsOf(new LocalDate(2017, 6, 30)).EvaluatePlan().Figure);
        AssertReadmeShows("README");
    }

    private static void AssertReadmeShows(string marker)
    {
        var source = File.ReadAllText(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Orleans.Tests", "ReadmeExampleTests.cs"));
        var snippet = Regex.Match(source, $@"// {marker}-BEGIN\r?\n(.*?)\s*// {marker}-END", RegexOptions.Singleline).Groups[1].Value;
        snippet.Should().NotBeEmpty();
        var unindented = string.Join('\n', snippet.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        readme.Should().Contain(unindented.TrimEnd(), "the README shows exactly the example this test compiles and runs");
    }
}

using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>Schools a resolver joins batch by batch: checked as a tree each time, a faulty one refusing the file.</content>
public partial class ProgressIngestTests
{
    [Fact]
    public void ReadCsv_FaultyUnitJoinedInALaterBatch_RefusedAsTheTreeRefusesItAndNothingStaged()
    {
        // The first batch joins a school beneath 荷塘区; the second, a unit beneath that school at the same level.
        var school = new OrgUnit(OrgUnitCode.Parse("430202-0001"), "430202-0001", OrgUnitLevel.School, Hetang);
        var beneath = new OrgUnit(OrgUnitCode.Parse("430202-0002"), "430202-0002", OrgUnitLevel.School, school.Code);
        OrgUnit? Resolve(string text) => text == school.Code.Value ? school : text == beneath.Code.Value ? beneath : null;
        var csv = ProgressCsv.Header + $"\n1.2,{school.Code},2017-01-02,12,,\n1.2,{beneath.Code},2017-01-02,9,,\n";
        var expected = FluentActions.Invoking(() => OrgUnitTree.Create([.. Tree.Units, school, beneath])).Should().Throw<ArgumentException>().Which.Message;
        var ingest = new ProgressIngest(TestPlan, Tree, Resolve) { BatchSize = 1 };

        FluentActions.Invoking(() => ingest.ReadCsv(Utf8(csv), "reports.csv")).Should().Throw<ArgumentException>().Which.Message.Should().Be(expected);
        ingest.Count.Should().Be(0);
    }

    [Fact]
    public void ReadCsv_SchoolsJoinedInEveryBatch_AllAdmitted()
    {
        OrgUnit? Resolve(string text) => text.StartsWith(Hetang.Value + "-", StringComparison.Ordinal) ? new OrgUnit(OrgUnitCode.Parse(text), text, OrgUnitLevel.School, Hetang) : null;
        var csv = ProgressCsv.Header + "\n" + string.Concat(Enumerable.Range(1, 5).Select(s => $"1.2,{Hetang.Value}-{s:D4},2017-01-02,{s},,\n"));
        var ingest = new ProgressIngest(TestPlan, Tree, Resolve) { BatchSize = 2 };

        var diagnostics = ingest.ReadCsv(Utf8(csv), "reports.csv");

        diagnostics.Should().NotContain(d => d.IsError);
        ingest.Count.Should().Be(5);
    }
}

using CsCheck;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Tests.Support;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Cli.Tests.Input;

/// <summary>The progress CSV reader on hostile input (the fuzzing harness's progress-csv target, in the normal test run).</summary>
public partial class ProgressInputTests
{
    private static readonly IReadOnlyList<byte[]> CsvSeeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "progress-csv"));

    [Fact]
    public void ReadCsv_AnyInputNearAFile_GivesReportsOrProblemsWithALineAndNeverThrows()
        => HostileInput.Near(CsvSeeds, HostileInput.CsvTokens).Sample(input =>
        {
            var reader = NewReader();
            reader.ReadCsv(new MemoryStream(input), "p.csv");
            return reader.Problems.Concat(reader.Warnings).All(p => p.Diagnostic.Line is >= 1)
                && (reader.Problems.Count > 0 || reader.MoreProblems == 0);
        }, iter: 2000);

    [Fact]
    public void ReadCsv_Seeds_RefuseTheFileWholeAndNameEachBadRowsLine()
    {
        var reader = NewReader();
        reader.ReadCsv(new MemoryStream("target,orgUnit,date,value\n99.1,430281,2017-03-31,5\n8.1,430281,2017-03-31,5\n8.1,430281,yesterday,5\n"u8.ToArray()), "p.csv");

        reader.Reports.Should().BeEmpty("a batch is accepted or refused whole");
        reader.Problems.Select(p => (p.Diagnostic.Code, p.Diagnostic.Line)).Should().Equal(("ZR0001", 2), ("ZC0010", 4));
    }

    [Fact]
    public void ReadCsv_GoodFile_ReadsEveryReport()
    {
        var reader = NewReader();
        reader.ReadCsv(new MemoryStream("target,orgUnit,date,value\n8.1,醴陵市,2017-03-31,5\n8.1,430281-001,2017-04-30,6\n"u8.ToArray()), "p.csv");

        reader.Problems.Should().BeEmpty();
        reader.Reports.Select(r => r.OrgUnit.Value).Should().Equal("430281", "430281-001");
        reader.Tree.Find(OrgUnitCode.Parse("430281-001"))!.Parent.Should().Be(OrgUnitCode.Parse("430281"), "a school joins its county");
    }

    private static ProgressInput NewReader()
        => new(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, CliContext.ForWriters(TextWriter.Null, TextWriter.Null));
}

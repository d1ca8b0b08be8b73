using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class ProgressCsvTests
{
    private static readonly Plan Plan = SerializationSamples.PlanWithShare();
    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;

    private static ParseResult<ProgressBatch> Read(string csv, ProgressCsvOptions? options = null)
        => ProgressCsv.Read(new StringReader(csv), Plan, Tree, options);

    [Fact]
    public void Read_CodesNamesAndShares_GivesTheReports()
    {
        var result = Read("target,orgUnit,date,value,numerator,denominator\n8.1,430281,2017-03-31,12,,\n9.1,荷塘区,2017-03-31,0.8,80,100\n");

        result.Success.Should().BeTrue();
        result.Value.Reports.Should().Equal(
            new ProgressReport(TargetId.Parse("8.1"), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 31), 12m),
            new ProgressReport(TargetId.Parse("9.1"), OrgUnitCode.Parse("430202"), new LocalDate(2017, 3, 31), 0.8m) { Numerator = 80m, Denominator = 100m });
    }

    [Fact]
    public void Load_Utf8WithByteOrderMarkAndColumnsInAnyOrder_Reads()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. "VALUE,date,orgUnit,target\n5,2017-01-31,430281,8.1\n"u8.ToArray()]);

        var result = ProgressCsv.Load(stream, Plan, Tree);

        result.Value.Reports.Should().ContainSingle().Which.Value.Should().Be(5m);
    }

    [Theory]
    [InlineData("target,orgUnit,date\n8.1,430281,2017-03-31\n", "ZC0002", 1, "Missing column value: the header must be target,orgUnit,date,value[,numerator,denominator].")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-02-30,1\n", "ZC0010", 2, "The date '2017-02-30' is not of the form YYYY-MM-DD, such as 2017-06-30.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,many\n", "ZC0011", 2, "The value 'many' is not a number.")]
    [InlineData("target,orgUnit,date,value\neight,430281,2017-03-31,1\n", "ZC0012", 2, "The target 'eight' is not a target id such as 14.2.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,\"1,0,0\"\n", "ZC0011", 2, "The value '1,0,0' is not a number.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,5\0\n", "ZC0011", 2, "The value '5\\u0000' is not a number.")]
    [InlineData("target,orgUnit,date,value\n8.1\0,430281,2017-03-31,1\n", "ZC0012", 2, "The target '8.1\\u0000' is not a target id such as 14.2.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,\u001b[2J,1\n", "ZC0010", 2, "The date '\\u001B[2J' is not of the form YYYY-MM-DD, such as 2017-06-30.")]
    [InlineData("target,orgUnit,date,value\n8.1,430281,2017-03-31,\"1\n", "ZC0003", 2, null)]
    public void Read_BadCsv_OneLocatedErrorAndNoBatch(string csv, string code, int line, string? message)
    {
        var result = Read(csv);

        result.Success.Should().BeFalse();
        var error = result.Errors.Single();
        (error.Code, error.Line).Should().Be((code, line));
        if (message is not null)
        {
            error.Message.Should().Be(message);
        }
    }

    [Fact]
    public void Read_ResolveOrgUnit_AdmitsUnitsTheTreeDoesNotName()
    {
        var school = new OrgUnit(OrgUnitCode.Parse("430281-001"), "430281-001", OrgUnitLevel.School, OrgUnitCode.Parse("430281"));
        var options = new ProgressCsvOptions { ResolveOrgUnit = text => text == "430281-001" ? school : null };

        var result = Read("target,orgUnit,date,value\n8.1,430281-001,2017-03-31,3\n8.1,430281-001,2017-04-30,4\n", options);

        result.Value.Reports.Select(r => r.OrgUnit).Should().Equal(school.Code, school.Code);
        Read("target,orgUnit,date,value\n8.1,430281-001,2017-03-31,3\n").Errors.Single().Code.Should().Be(ReportDiagnosticCodes.UnknownOrgUnit);
    }

    [Fact]
    public void Read_MoreErrorsThanListed_CountsTheRest()
    {
        var csv = "target,orgUnit,date,value\n" + string.Concat(Enumerable.Repeat("8.1,430281,2017-02-30,1\n", 5));

        var result = Read(csv, new ProgressCsvOptions { MaxErrors = 2 });

        result.Errors.Select(e => e.Code).Should().Equal("ZC0010", "ZC0010", CsvDiagnosticCodes.TooManyErrors);
        result.Errors.Last().Message.Should().Be("3 more errors are not listed.");
    }

    [Fact]
    public void Read_OneMoreErrorThanListed_SaysErrorInTheSingularAndInChinese()
    {
        var csv = "target,orgUnit,date,value\n" + string.Concat(Enumerable.Repeat("8.1,430281,2017-02-30,1\n", 3));

        var result = Read(csv, new ProgressCsvOptions { MaxErrors = 2 });

        result.Errors.Last().Message.Should().Be("1 more error is not listed.");
        result.Errors.Last().MessageIn(Language.Chinese).Should().Be("另有1个错误未列出。");
    }

    [Fact]
    public void Read_WarningsOfAdmission_KeepTheBatch()
    {
        var result = Read("target,orgUnit,date,value\n8.1,430281,2017-03-31,1001\n");

        result.Success.Should().BeTrue();
        result.Warnings.Single().Should().Be(new Diagnostic(ReportDiagnosticCodes.ValueFarAboveTarget, DiagnosticSeverity.Warning,
            "The value 1001 is more than 10 times what target 8.1 requires (100).", 2));
    }

    [Fact]
    public void Options_MaxErrorsBelowOne_Throws()
    {
        var act = () => new ProgressCsvOptions { MaxErrors = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxErrors");
    }
}

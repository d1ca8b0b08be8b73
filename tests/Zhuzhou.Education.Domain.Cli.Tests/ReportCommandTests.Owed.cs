using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>Who owes what and reports over time on the command line: --allocations and --known-on.</summary>
public partial class ReportCommandTests
{
    [Fact]
    public void Report_Default_ShowsTheRevisedFigureAndKnownOnBeforeTheRevisionTheOld()
    {
        // 醴陵市 revised its May report of 14.2 (新增学位) from 1,453 to 1,303 places on 5 July.
        var now = ZeduRunner.Run("report", "--format", "csv");
        var before = ZeduRunner.Run("report", "--format", "csv", "--known-on", "2017-07-01");

        now.ExitCode.Should().Be(0, now.Error);
        before.ExitCode.Should().Be(0, before.Error);
        now.Out.Should().Contain("orgUnit,14.2,新增学位2万个,430281,1303,3400,").And.Contain("target,14.2,新增学位2万个,,10850,20000,");
        before.Out.Should().Contain("orgUnit,14.2,新增学位2万个,430281,1453,3400,").And.Contain("target,14.2,新增学位2万个,,11000,20000,");
    }

    [Fact]
    public void Report_Default_ShowsNotAssignedUnitsWithTheirContributionAndAStepMilestone()
    {
        var run = ZeduRunner.Run("report", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Out.Split('\n');
        rows.Should().Contain(r => r.StartsWith("orgUnit,21.1,", StringComparison.Ordinal) && r.Contains(",NotAssigned,", StringComparison.Ordinal));
        rows.Should().NotContain(r => r.StartsWith("orgUnit,21.1,", StringComparison.Ordinal) && r.Contains(",Behind,", StringComparison.Ordinal));

        // 16.1 is due 2017-09-01: a step, so on 30 June nothing is expected yet and it is not behind.
        rows.Single(r => r.StartsWith("target,16.1,", StringComparison.Ordinal)).Should().EndWith(",0.0000,OnTrack,");
    }

    [Fact]
    public void Report_AllocationsFile_IsWhatTheCountiesOwe()
    {
        using var folder = new TempFolder();
        var file = folder.File("allocations.csv");
        File.WriteAllText(file, "target,orgUnit,required\n21.1,攸县,1000\n");

        var run = ZeduRunner.Run("report", "--format", "csv", "--allocations", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Split('\n').Single(r => r.StartsWith("orgUnit,21.1,", StringComparison.Ordinal) && r.Contains(",430223,", StringComparison.Ordinal))
            .Should().Contain(",940,1000,0.9400,");
    }

    [Fact]
    public void ReportAndValidate_AllocationsWithAnUnknownUnit_AreRefusedWithTheFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("allocations.csv");
        File.WriteAllText(file, "target,orgUnit,required\n8.1,醴陵,60\n");

        var report = ZeduRunner.Run("report", "--allocations", file);
        var validate = ZeduRunner.Run("validate", "--allocations", file);

        report.ExitCode.Should().Be(2);
        report.Error.Should().Contain("allocations.csv(2): ZA0002: Org unit \"醴陵\" is not in the org unit tree of 株洲市.");
        validate.ExitCode.Should().Be(2);
        validate.Out.Should().Contain("allocations.csv(2): ZA0002:").And.Contain("1 problem(s)");
    }

    [Fact]
    public void Report_KnownOnNotADate_IsRefused()
    {
        var run = ZeduRunner.Run("report", "--known-on", "July");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--known-on: 'July' is not a date");
    }
}

using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Validation;

namespace Zhuzhou.Education.Domain.Testing.Tests;

/// <summary>
/// The README's section "Testing your own plans and services": its three tests are these, compiled and run here, and
/// <see cref="Readme_ShowsTheseTests"/> checks the README shows them as they are.
/// </summary>
public class ReadmeExampleTests
{
    // The plan file a bureau checks in: here the canonical JSON of the built-in plan.
    private static readonly string PlanFile = RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.json");

    // README-KIT-BEGIN
    [Fact]
    public void PlanFile_PassesTheCheck_AndStatesItsTargets()
    {
        ParseResult<Plan> result = PlanCheck.File(File.ReadAllBytes(PlanFile));   // plan JSON or plan text
        result.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Warning);
        result.Value.Should().HaveTarget("14.2").RequiringAtLeast(20000, MeasureWord.Units);
        result.Value.Should().HaveTarget("16.1").BeingAMilestone().DueBy(new LocalDate(2017, 9, 1));
    }

    [Fact]
    public void Report_ShowsWhatTheSupervisorsExpect()
    {
        ProgressReport[] reports =
        [
            new(TargetId.Parse("8.1"), OrgUnitCode.Parse("430281"), new LocalDate(2017, 3, 31), 30),   // 醴陵市 trained 30 counsellors
            new(TargetId.Parse("8.1"), OrgUnitCode.Parse("430223"), new LocalDate(2017, 5, 31), 28),   // 攸县 28
            new(TargetId.Parse("6.1"), OrgUnitCode.Parse("430281"), new LocalDate(2017, 6, 30), 0.95m) { Numerator = 950, Denominator = 1000 },
            new(TargetId.Parse("6.1"), OrgUnitCode.Parse("430223"), new LocalDate(2017, 6, 30), 0.3m) { Numerator = 300, Denominator = 1000 },
        ];
        reports.Should().BeAdmissibleFor(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);

        var report = PlanReport.Build(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, reports, new LocalDate(2017, 6, 30));
        report.Should().ShowTarget("8.1").HaveCompletion(0.58m).And.HaveStatus(EvaluationStatus.OnTrack);
        report.Should().ShowCounty("醴陵市").OnTarget("6.1").HaveCompletion(0.95m);
        report.Should().ShowCountiesBehindOn("6.1", "攸县");
    }

    [Fact]
    public void MyService_AnyPlanAndReports_GivesTheLibrarysFigures()
        => PlanGen.PlanFor2017
            .SelectMany(plan => ReportGen.Stream(plan, ZhuzhouOrgUnits.Tree2017).Select(reports => (plan, reports)))
            .Sample(t =>
            {
                var asOf = new LocalDate(2017, 6, 30);
                var library = PlanReport.Build(t.plan, ZhuzhouOrgUnits.Tree2017, t.reports, asOf);
                MyService.CityCompletion(t.plan, t.reports, asOf).Should().Be(library.Whole.Completion);
            });
    // README-KIT-END

    [Fact]
    public void Readme_ShowsTheseTests()
    {
        var source = File.ReadAllText(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Testing.Tests", "ReadmeExampleTests.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var snippet = Regex.Match(source, @"// README-KIT-BEGIN\n(.*?)\n\s*// README-KIT-END", RegexOptions.Singleline).Groups[1].Value;
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        snippet.Should().Contain("[Fact]");
        readme.Should().Contain(snippet, "the README shows exactly the tests compiled and run here");
        readme.Should().Contain("## Testing your own plans and services");
    }

    /// <summary>A stand-in for a consumer's service built on the engine: it keeps the reports in a store and asks it.</summary>
    private static class MyService
    {
        public static decimal? CityCompletion(Plan plan, IEnumerable<ProgressReport> reports, LocalDate asOf)
        {
            var store = ReportStore.Open(plan, ZhuzhouOrgUnits.Tree2017);
            store.Append(reports.ToList());
            return store.AsOf(asOf).EvaluatePlan().Completion;
        }
    }
}

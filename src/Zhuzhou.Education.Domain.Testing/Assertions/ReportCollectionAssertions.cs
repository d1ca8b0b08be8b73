using FluentAssertions;
using FluentAssertions.Collections;
using FluentAssertions.Execution;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>Assertions on progress reports (进度报送) as a batch, through the library's one admission rule (<see cref="ReportAdmission"/>).</summary>
public static class ReportCollectionAssertions
{
    /// <summary>
    /// Asserts every report of the batch is admissible for a plan and an org-unit tree, as the JSON and CSV readers, the
    /// evaluator and the engine all decide it; warnings do not fail. Fails listing each error with the report's
    /// position, target, org unit and date, its code and message.
    /// </summary>
    /// <param name="assertions">The reports' assertions (<c>reports.Should()</c>).</param>
    /// <param name="plan">The plan.</param>
    /// <param name="orgUnits">The org units that may report; null to admit any.</param>
    /// <param name="because">Why the assertion holds, with <paramref name="becauseArgs"/> as its arguments.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>The reports' assertions, to go on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertions"/> or <paramref name="plan"/> is null.</exception>
    public static AndConstraint<GenericCollectionAssertions<ProgressReport>> BeAdmissibleFor(
        this GenericCollectionAssertions<ProgressReport> assertions, Plan plan, OrgUnitTree? orgUnits, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(plan);
        var reports = assertions.Subject?.ToList();
        if (Execute.Assertion.BecauseOf(because, becauseArgs).ForCondition(reports is not null)
            .FailWith(AssertionText.Pick("预期报送{reason}，但为 null。", "Expected reports{reason}, but found <null>.")))
        {
            var errors = new ReportAdmission(plan, orgUnits).Check(reports!).Where(p => p.IsError).ToList();
            var list = string.Join("\n", errors.Select(e => $"  [{e.Index}] {reports![e.Index].Target} {reports[e.Index].OrgUnit} {Iso(reports[e.Index].Date)}: {e.ToDiagnostic().Format(null, AssertionText.Language)}"));
            Execute.Assertion
                .BecauseOf(because, becauseArgs)
                .ForCondition(errors.Count == 0)
                .FailWith(AssertionText.Pick(
                    $"预期 {reports!.Count} 条报送均可为《{plan.Title}》接收{{reason}}，但有 {errors.Count} 处错误：\n{list}",
                    $"Expected all {reports!.Count} reports to be admissible for {plan.Title}{{reason}}, but found {errors.Count} error(s):\n{list}"));
        }

        return new AndConstraint<GenericCollectionAssertions<ProgressReport>>(assertions);
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

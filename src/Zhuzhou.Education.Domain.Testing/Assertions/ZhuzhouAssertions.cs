using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;

namespace Zhuzhou.Education.Domain.Testing;

/// <summary>
/// The entry points of the domain's assertions: <c>Should()</c> on a plan (工作要点), the result of reading one, a
/// target's evaluation and a whole report. Reports as a batch use FluentAssertions' own <c>Should()</c> and
/// <see cref="ReportCollectionAssertions.BeAdmissibleFor"/>.
/// </summary>
/// <remarks>Failure messages are in Chinese where the current UI culture is Chinese (zh-CN…), in English otherwise.</remarks>
public static class ZhuzhouAssertions
{
    /// <summary>Assertions on a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The assertions.</returns>
    public static PlanAssertions Should(this Plan? plan) => new(plan!);

    /// <summary>Assertions on the result of reading or checking a plan.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assertions.</returns>
    public static ParseResultAssertions Should(this ParseResult<Plan>? result) => new(result!);

    /// <summary>Assertions on a target's evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The assertions.</returns>
    public static TargetEvaluationAssertions Should(this TargetEvaluation? evaluation) => new(evaluation!);

    /// <summary>Assertions on a whole report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The assertions.</returns>
    public static PlanReportAssertions Should(this PlanReport? report) => new(report!);
}

using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public partial class TargetArithmeticTests
{
    // Averages per unit that do not terminate in decimal (1634 / 3, 1370 / 3 …): added up in the order the
    // reports came in, the city total differed in its last digit with the order (found by the order property).
    private static readonly (OrgUnitCode Unit, int DayOfYear, int Value)[] NonTerminatingAverages =
    [
        (Lusong, 9, 691), (Hetang, 211, 676), (Liling, 120, 287), (Lusong, 166, 615), (Liling, 204, 97), (Hetang, 148, 539),
        (Liling, 179, 289), (Hetang, 40, 772), (Hetang, 363, 591), (Lusong, 21, 660), (Hetang, 135, 143), (Liling, 321, 862),
    ];

    [Fact]
    public void Achieved_AveragesThatDoNotTerminate_SameTotalInEveryOrder()
    {
        var target = AtLeast(302m, TimeAggregation.Average);
        var reports = NonTerminatingAverages
            .Select(r => new ProgressReport(target.Id, r.Unit, Year2017.Start.PlusDays(r.DayOfYear), r.Value))
            .ToArray();
        var asOf = Year2017.Start.PlusDays(288);

        var totals = Enumerable.Range(0, reports.Length)
            .Select(shift => TargetArithmetic.Achieved(target, reports.Skip(shift).Concat(reports.Take(shift)), asOf).Amount)
            .Append(TargetArithmetic.Achieved(target, reports.Reverse(), asOf).Amount);

        totals.Distinct().Should().ContainSingle();
    }
}

using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reporting;

public partial class PlanReportTests
{
    // Every kind of target (sums, a level, a maximum, a milestone, a coverage share, an average, a minimum, a
    // quarterly increment), reported by schools, counties and the city on several dates.
    private static readonly ProgressReport[] Mixed =
    [
        .. Targets.SelectMany((t, i) => new[]
        {
            Report(t, Schools[0], new LocalDate(2017, 1, 31), 10 + i, 40),
            Report(t, Schools[0], new LocalDate(2017, 4, 30), 17 + i, 40),
            Report(t, Schools[3], new LocalDate(2017, 3, 31), 5 + i, 20),
            Report(t, Hetang, new LocalDate(2017, 5, 31), 3 + i, 10),
            Report(t, City, new LocalDate(2017, 6, 30), 1 + i, 5),
            Report(t, Schools[1], new LocalDate(2017, 8, 31), 30, 40), // after the as-of date
        }),
    ];

    [Fact]
    public void Explain_FromStore_GivesTheFiguresAndReportsOfBuild()
    {
        var built = PlanReport.Build(TestPlan, Tree, Mixed, June30);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(Mixed);
        var fromStore = PlanReport.FromStore(store, June30);

        foreach (var target in Targets)
        {
            foreach (var unit in new OrgUnitCode?[] { null, Hetang, Lusong, Schools[0] })
            {
                var expected = built.Explain(target.Id, unit);
                var actual = fromStore.Explain(target.Id, unit);

                actual.Figure.Should().Be(expected.Figure, $"{target.Id} at {unit} is the same figure");
                actual.Achievement.Numerator.Should().Be(expected.Achievement.Numerator);
                actual.Achievement.Denominator.Should().Be(expected.Achievement.Denominator);
                actual.Achievement.Reports.Select(r => (r.OrgUnit, r.Date, r.Value, r.Numerator, r.Denominator))
                    .Should().Equal(expected.Achievement.Reports.Select(r => (r.OrgUnit, r.Date, r.Value, r.Numerator, r.Denominator)));
            }
        }
    }

    [Fact]
    public void Explain_FromStoreUnknownTarget_IsAnArgumentError()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(Reports);

        var explain = () => PlanReport.FromStore(store, June30).Explain(Zhuzhou.Education.Domain.Plans.TargetId.Create(7, 7));

        explain.Should().Throw<ArgumentException>();
    }
}

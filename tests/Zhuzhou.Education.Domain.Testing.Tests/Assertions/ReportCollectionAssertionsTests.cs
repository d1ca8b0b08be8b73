using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Assertions;

public class ReportCollectionAssertionsTests
{
    [Fact]
    public void BeAdmissibleFor_TheFixturesReports_Passes()
        => KitReports.Should().BeAdmissibleFor(KitPlan, ZhuzhouOrgUnits.Tree2017);

    [Fact]
    public void BeAdmissibleFor_AReportOutsideThePeriodAndAnUnknownUnit_FailsNamingEach()
    {
        ProgressReport[] reports =
        [
            .. KitReports,
            new(Counsellors.Id, Liling, new LocalDate(2018, 1, 31), 5m),
            new(Counsellors.Id, OrgUnitCode.Parse("430100"), new LocalDate(2017, 3, 31), 5m),
        ];

        InCulture("en", () =>
        {
            var message = FailureOf(() => reports.Should().BeAdmissibleFor(KitPlan, ZhuzhouOrgUnits.Tree2017));

            message.Should().StartWith("Expected all 8 reports to be admissible for 株洲市教育局2017年工作要点, but found 2 error(s):")
                .And.Contain("[6] 1.1 430281 2018-01-31:").And.Contain("ZR0003")
                .And.Contain("[7] 1.1 430100 2017-03-31:").And.Contain("ZR0002");
        });
    }
}

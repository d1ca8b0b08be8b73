using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>Reporting completeness as known on a date: a period counts as received once a report of it was known.</summary>
public partial class ReportStoreTests
{
    [Theory]
    [InlineData(null, 3)]
    [InlineData("2017-06-30", 3)]
    [InlineData("2017-06-10", 2)]
    [InlineData("2017-04-15", 1)]
    [InlineData("2016-12-31", 0)]
    public void Completeness_AsKnownOnADate_CountsOnlyPeriodsWithAReportKnownThen(string? knownOnText, int received)
    {
        // A school's March report known from its date, its April report entered on 1 June and revised on 5 June, its May
        // report entered on 20 June.
        var store = ReportStore.Open(TestPlan, Tree);
        var places = Targets[1];
        store.Append(
        [
            Report(places, Schools[0], new LocalDate(2017, 3, 31), 5, 1),
            Report(places, Schools[0], new LocalDate(2017, 4, 30), 6, 1) with { Received = new LocalDate(2017, 6, 1) },
            Report(places, Schools[0], new LocalDate(2017, 4, 30), 7, 1) with { Revision = 1, Submitted = new LocalDateTime(2017, 6, 5, 9, 0) },
            Report(places, Schools[0], new LocalDate(2017, 5, 31), 8, 1) with { Received = new LocalDate(2017, 6, 20) },
        ]);
        LocalDate? knownOn = knownOnText is null ? null : LocalDate.FromDateTime(DateTime.Parse(knownOnText, System.Globalization.CultureInfo.InvariantCulture));

        var completeness = store.Completeness(new LocalDate(2017, 6, 30), knownOn);

        completeness.Expected(places.Id, Schools[0]).Should().Be(6, "January to June have ended");
        completeness.Received(places.Id, Schools[0]).Should().Be(received);
    }
}

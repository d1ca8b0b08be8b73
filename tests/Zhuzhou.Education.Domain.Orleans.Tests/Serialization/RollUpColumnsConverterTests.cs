using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Serialization;

[Collection(ClusterDefinition.Name)]
public class RollUpColumnsConverterTests(ClusterFixture fixture)
{
    private static readonly LocalDate March = new(2017, 3, 31);

    [Fact]
    public void RoundTrip_PartialWithAShare_SameCells()
    {
        var partial = RollUpPartial.FromCells(SmallPlan, March,
        [
            new RollUpCell(Places.Id, Schools[0], 5d, 0d, 2),
            new RollUpCell(Arts.Id, Schools[1], 20d, 40d, 1),
            new RollUpCell(Places.Id, Hetang, 0.1d, 0d, 1),
        ]);

        var back = Serializer().Deserialize<RollUpColumns>(Serializer().SerializeToArray(partial.ToColumns()));

        RollUpPartial.FromColumns(SmallPlan, March, back!).Cells.Should().Equal(partial.Cells);
    }

    [Fact]
    public void RoundTrip_SubtreeTotals_SameTotalsAndCells()
    {
        var columns = new RollUpColumns([Hetang], [0], [12d], [0d], [3], [Hetang]);

        var back = Serializer().Deserialize<RollUpColumns>(Serializer().SerializeToArray(columns));

        back!.Totals.Should().Equal(Hetang);
        RollUpPartial.FromColumns(SmallPlan, March, back).Cells.Should().Equal(new RollUpCell(Places.Id, Hetang, 12d, 0d, 3));
        new RollUpColumnsConverter().ConvertToSurrogate(RollUpPartial.Empty(SmallPlan, March).ToColumns()).Totals.Should().BeNull("a partial of units' own reports sends no totals");
    }

    [Fact]
    public void ConvertToSurrogate_NoShare_CodesOnceAndNoDenominators()
    {
        var partial = RollUpPartial.FromCells(SmallPlan, March, [new RollUpCell(Places.Id, Schools[0], 5d, 0d, 2), new RollUpCell(Counsellors.Id, Schools[0], 1d, 0d, 1)]);

        var wire = new RollUpColumnsConverter().ConvertToSurrogate(partial.ToColumns());

        wire.OrgUnits.Should().Equal(Schools[0].Value);
        (wire.Cells.Length, wire.Numerators.Length, wire.Denominators.Length, wire.Reports.Length).Should().Be((8, 16, 0, 8));
        new RollUpColumnsConverter().ConvertFromSurrogate(wire).Denominators.Should().Equal(0d, 0d);
    }

    [Fact]
    public void ConvertFromSurrogate_ColumnOfBrokenLength_ThrowsNamingIt()
    {
        var wire = new RollUpColumnsSurrogate { OrgUnits = ["H1"], Cells = [0, 0, 0, 0], Numerators = [1, 2, 3], Denominators = [], Reports = [1, 0, 0, 0] };

        var act = () => new RollUpColumnsConverter().ConvertFromSurrogate(wire);

        act.Should().Throw<ArgumentException>().WithMessage("*column Numerators has 3 bytes*");
    }

    private Serializer Serializer() => fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
}

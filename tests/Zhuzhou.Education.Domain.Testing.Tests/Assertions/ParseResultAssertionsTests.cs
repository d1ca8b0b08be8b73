using System.Text;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Text;
using Zhuzhou.Education.Domain.Validation;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Assertions;

public class ParseResultAssertionsTests
{
    [Fact]
    public void HaveNoDiagnosticsAbove_ThePlansOwnJson_Passes()
        => PlanCheck.File(Encoding.UTF8.GetBytes(PlanJson.Serialize(KitPlan))).Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Info);

    [Fact]
    public void HaveDiagnostic_AMalformedFile_GivesTheDiagnosticWithItsLine()
        => PlanJson.Parse("{\n  \"schema\": 7\n}").Should().HaveDiagnostic(JsonDiagnosticCodes.UnknownSchema).Which.Line.Should().Be(2);

    [Fact]
    public void HaveNoDiagnosticsAbove_TextWithWarnings_FailsListingThem()
    {
        var result = PlanTextParser.Parse("株洲市教育局2017年工作要点\n\n一、质量\n\n1.心理。培训100名心理咨询师。\n\n三、发展\n\n2.城乡。新增学位2万个。\n");

        FailureOf(() => result.Should().HaveNoDiagnosticsAbove(DiagnosticSeverity.Info)).Should().Contain("ZP0201");
    }

    [Fact]
    public void HaveDiagnostic_Absent_FailsListingWhatThereIs()
        => FailureOf(() => PlanJson.Parse(PlanJson.Serialize(KitPlan)).Should().HaveDiagnostic("ZV0001")).Should().Contain("ZV0001");
}

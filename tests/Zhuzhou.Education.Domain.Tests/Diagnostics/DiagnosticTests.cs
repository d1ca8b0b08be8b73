using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void ToString_WithLineAndColumn_ReadsLikeACompilerMessage()
        => new Diagnostic("ZP0201", DiagnosticSeverity.Warning, "year range without separator, read as 2016-2020", 23, 24)
            .ToString().Should().Be("(23,24): warning ZP0201: year range without separator, read as 2016-2020");

    [Fact]
    public void ToString_WithPath_NamesThePath()
        => new Diagnostic("ZJ0003", DiagnosticSeverity.Error, "date 2017-02-30 does not exist", path: "$.reports[3].date")
            .ToString().Should().Be("error ZJ0003: date 2017-02-30 does not exist (at $.reports[3].date)");

    [Theory]
    [InlineData(0, null, "line")]
    [InlineData(1, 0, "column")]
    public void Constructor_PositionBelowOne_Throws(int? line, int? column, string parameter)
    {
        var act = () => new Diagnostic("X", DiagnosticSeverity.Info, "m", line, column);

        act.Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Fact]
    public void Succeeded_KeepsValueAndWarnings()
    {
        var warning = new Diagnostic("W", DiagnosticSeverity.Warning, "odd");
        var result = ParseResult.Succeeded("plan", [warning]);

        result.Success.Should().BeTrue();
        result.Value.Should().Be("plan");
        result.Warnings.Should().Equal(warning);
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Failed_HasNoValue_AndValueThrowsListingTheErrors()
    {
        var error = new Diagnostic("E", DiagnosticSeverity.Error, "nothing usable", 1, 1);
        var result = ParseResult.Failed<string>([error]);

        result.Success.Should().BeFalse();
        result.ValueOrDefault.Should().BeNull();
        var act = () => result.Value;
        act.Should().Throw<InvalidOperationException>().WithMessage("*(1,1): error E: nothing usable*");
    }

    [Fact]
    public void Factories_RejectInconsistentDiagnostics()
    {
        var succeededWithError = () => ParseResult.Succeeded("x", [new Diagnostic("E", DiagnosticSeverity.Error, "bad")]);
        var failedWithoutError = () => ParseResult.Failed<string>([new Diagnostic("W", DiagnosticSeverity.Warning, "odd")]);

        succeededWithError.Should().Throw<ArgumentException>().WithParameterName("diagnostics");
        failedWithoutError.Should().Throw<ArgumentException>().WithParameterName("diagnostics");
    }
}

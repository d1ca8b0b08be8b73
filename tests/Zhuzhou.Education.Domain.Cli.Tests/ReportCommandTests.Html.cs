using System.Xml.Linq;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests;

/// <summary>The HTML report's cells as a reader hovering over them sees them.</summary>
public partial class ReportCommandTests
{
    [Theory]
    [InlineData("zh", "荷塘区 6.2：29.8% / 100.0%，状态：滞后", "荷塘区 13.1：已完成，状态：已完成")]
    [InlineData("en", "荷塘区 6.2: 29.8% / 100.0%, status: behind", "荷塘区 13.1: done, status: achieved")]
    public void Report_FormatHtml_CellTitlesAreWrittenInTheLanguagesPunctuation(string language, string share, string milestone)
    {
        var run = ZeduRunner.Run("report", "--format", "html", "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        var titles = XDocument.Parse(run.Out["<!DOCTYPE html>".Length..]).Descendants().Select(e => (string?)e.Attribute("title")).OfType<string>().ToList();
        titles.Should().Contain(share).And.Contain(milestone);
        if (language == "zh")
        {
            titles.Should().NotContain(t => t.Contains(": ", StringComparison.Ordinal) || t.Contains(", ", StringComparison.Ordinal), "Chinese takes ： and ，");
        }
    }
}

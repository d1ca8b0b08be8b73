using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class ParagraphTests
{
    // A paragraph a hard wrap cut into thousands of indented lines: each position is located on its own line and
    // column, in whatever order the readers report them.
    [Fact]
    public void Report_ParagraphOfManyWrappedLines_LocatesEveryPositionOnItsLine()
    {
        const int Lines = 3000;
        const string Indent = "  ";
        const string Line = "推进智能制造示范应用";
        var document = string.Join('\n', Enumerable.Repeat(Indent + Line, Lines));
        var stride = Indent.Length + Line.Length + 1;
        var bag = new DiagnosticBag();
        var paragraph = new Paragraph(document, bag, null);
        paragraph.Begin([.. Enumerable.Range(0, Lines).Select(k => new LinePiece(k * stride + Indent.Length, (k * stride) + stride - 1, k + 1, k * stride))]);
        var asked = Enumerable.Range(0, Lines).Select(k => (Piece: (k * 7919) % Lines, Offset: k % Line.Length)).Take(DiagnosticBag.Limit).ToList();

        foreach (var (piece, offset) in asked)
        {
            paragraph.Report("ZP0301", DiagnosticSeverity.Warning, "ZP0301.open", ["“"], (piece * Line.Length) + offset);
        }

        bag.Items.Select(d => (d.Line, d.Column)).Should().Equal(asked.Select(a => ((int?)a.Piece + 1, (int?)(Indent.Length + a.Offset + 1))));
    }
}

using System.Text;
using Zhuzhou.Education.Domain.Cli.Output;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

public sealed class TextWriterStreamTests
{
    [Fact]
    public void Write_CharactersCutBetweenWrites_GivesTheTextAsDecodedWhole()
    {
        var bytes = Encoding.UTF8.GetBytes("株洲市教育局 2017 — 😀 完成率55.0%");
        using var writer = new StringWriter();

        using (var stream = new TextWriterStream(writer))
        {
            // One byte at a time: every character of more than one byte is cut.
            foreach (var b in bytes)
            {
                stream.WriteByte(b);
            }
        }

        writer.ToString().Should().Be("株洲市教育局 2017 — 😀 完成率55.0%");
    }

    [Fact]
    public void Write_TextSoFar_ReachesTheWriterBeforeTheStreamIsClosed()
    {
        using var writer = new StringWriter();
        using var stream = new TextWriterStream(writer);

        stream.Write(Encoding.UTF8.GetBytes("{\"a\": 1,"));

        writer.ToString().Should().Be("{\"a\": 1,");
    }
}

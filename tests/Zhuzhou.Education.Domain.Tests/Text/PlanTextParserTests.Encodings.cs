using System.Text;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Bytes in the encodings government sites serve decode to the same plan.</summary>
public partial class PlanTextParserTests
{
    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ParseStream_SeedInEncoding_GivesTheSamePlan(string encoding)
    {
        var bytes = Encode(File.ReadAllText(SeedPath), encoding);

        var result = PlanTextParser.Parse(new MemoryStream(bytes));

        result.Value.Should().Be(Seed());
        result.Diagnostics.Any(d => d.Code == "ZP0005").Should().Be(encoding == "gb18030");
    }

    [Fact]
    public void ParseStream_ExplicitEncoding_IsUsed()
    {
        // UTF-16 without a byte-order mark cannot be detected; told the encoding, the parser reads it.
        var bytes = Encoding.Unicode.GetBytes(File.ReadAllText(SeedPath));

        PlanTextParser.Parse(new MemoryStream(bytes), Encoding.Unicode).Value.Should().Be(Seed());
    }

    [Fact]
    public void ParseTextReader_Seed_GivesTheSamePlan()
    {
        using var reader = new StreamReader(SeedPath);

        PlanTextParser.Parse(reader).Value.Should().Be(Seed());
    }

    [Fact]
    public void ParseStream_Utf8OfManyChunksFromAPosition_GivesThePlanOfItsText()
    {
        // Some 180 KB: read in chunks of 64 KB, each cut inside a character of three bytes; the stream starts at 5.
        var text = string.Join('\n', Enumerable.Repeat(File.ReadAllText(SeedPath), 20));
        var stream = new MemoryStream([.. "skip."u8, .. new UTF8Encoding(false).GetBytes(text)]) { Position = 5 };

        var result = PlanTextParser.Parse(stream);

        var expected = PlanTextParser.Parse(text);
        result.Value.Should().Be(expected.Value);
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)).Should().Equal(expected.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)));
    }

    [Fact]
    public void ParseStream_MarkedUtf8WithBytesThatAreNot_ReadsThemAsReplacementCharacters()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(SeedPath)), 0xFF, 0xE4, 0xB8, .. "\n一、结尾\n1. 新建学校10所。\n"u8];

        var result = PlanTextParser.Parse(new MemoryStream(bytes));

        var expected = PlanTextParser.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        result.Value.Should().Be(expected.Value);
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)).Should().Equal(expected.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message)));
        result.Diagnostics.Should().Contain(d => d.Code == "ZP0004", "the bytes that are not UTF-8 are read as U+FFFD, which is reported");
    }

    private static byte[] Encode(string text, string encoding)
    {
        // The provider's own GB18030, as the parser takes it: no test registers an encoding for the process.
        return encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        };
    }
}

using System.Text.Json;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Serialization.Wire;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization.Wire;

public class ProgressDocumentReaderTests
{
    private static readonly IReadOnlyList<byte[]> Seeds = HostileInput.Seeds(RepositoryPaths.Combine("tests", "Zhuzhou.Education.Domain.Fuzz", "corpus", "progress-json"));

    [Fact]
    public void TryRead_AWrittenBatch_ReadsItAsTheSerializerDoes()
    {
        var reports = Enumerable.Range(0, 50).Select(i => new ProgressReport(TargetId.Parse("1.2"), OrgUnitCode.Parse("430202"), new LocalDate(2017, 1, 1).PlusDays(i), i)
        {
            Numerator = i % 3 == 0 ? i : null,
            Denominator = i % 3 == 0 ? i + 1 : null,
            Note = i % 7 == 0 ? "说明 \"quoted\"" : null,
            Received = i % 5 == 0 ? new LocalDate(2017, 12, 31) : null,
        });
        var utf8 = System.Text.Encoding.UTF8.GetBytes(ProgressJson.Serialize(new ProgressBatch(reports)));

        var document = ProgressDocumentReader.TryRead(utf8);

        document.Should().NotBeNull();
        Leaves(document!).Should().Equal(Leaves(JsonSerializer.Deserialize(utf8, ZeduJson.Context.ProgressDocument)!));
    }

    [Theory]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":[{\"target\":\"1.2\",\"extra\":1}]}")]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":[{\"target\":\"1.2\",\"target\":\"1.3\"}]}")]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":[null]}")]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":[{\"evidence\":[]}]}")]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":{}}")]
    [InlineData("{\"schema\":\"zedu.progress/2\",\"reports\":null}")]
    [InlineData("[]")]
    public void TryRead_AShapeLeftToTheSerializer_IsNull(string json)
        => ProgressDocumentReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)).Should().BeNull();

    [Fact]
    public void TryRead_AnyInputNearABatch_ReadsWhatTheSerializerReadsOrLeavesIt()
        => HostileInput.Near(Seeds, HostileInput.JsonTokens, maxEdits: 3).Sample(input =>
        {
            ProgressDocument? direct;
            try
            {
                direct = ProgressDocumentReader.TryRead(input);
            }
            catch (JsonException)
            {
                return Throws(input);
            }
            catch (InvalidOperationException)
            {
                return Throws(input);
            }

            return direct is null || Leaves(direct).SequenceEqual(Leaves(JsonSerializer.Deserialize(input, ZeduJson.Context.ProgressDocument)!));
        }, iter: 3000);

    private static bool Throws(byte[] input)
    {
        try
        {
            JsonSerializer.Deserialize(input, ZeduJson.Context.ProgressDocument);
            return false;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Every leaf of the document, in order, with the marks of what it held.</summary>
    private static List<object?> Leaves(ProgressDocument document)
    {
        List<object?> leaves = [document.Schema, document.Unknown?.Count, document.Reports?.Count];
        foreach (var r in document.Reports ?? [])
        {
            leaves.AddRange(r is null ? [null] : [r.Target, r.OrgUnit, r.Date, r.Value, r.Numerator, r.Denominator, r.Stage, r.Reason, r.Revision, r.Submitted, r.Reporter, r.Note, r.Received, r.Evidence?.Count, r.Unknown?.Count]);
        }

        return leaves;
    }
}

using System.Text;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

public partial class ProgressJsonTests
{
    private static readonly Plan Plan = SerializationSamples.PlanWithShare();
    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;

    [Fact]
    public void Serialize_SampleBatch_WritesTheDocumentExactly()
    {
        var batch = new ProgressBatch(
        [
            new ProgressReport(TargetId.Create(8, 1), OrgUnitCode.Parse("430281"), new LocalDate(2017, 6, 30), 40m)
            {
                Reporter = "醴陵市教育局",
                Received = new LocalDate(2017, 7, 2),
                Evidence = [new EvidenceLink("培训名单", new Uri("https://example.org/8.1.pdf"))],
            },
            new ProgressReport(TargetId.Create(9, 1), ZhuzhouOrgUnits.City, new LocalDate(2017, 6, 30), 0.5m) { Numerator = 50m, Denominator = 100m },
        ]);

        ProgressJson.Serialize(batch).Should().Be(
            """
            {
              "schema": "zedu.progress/2",
              "reports": [
                {
                  "target": "8.1",
                  "orgUnit": "430281",
                  "date": "2017-06-30",
                  "value": 40,
                  "reporter": "醴陵市教育局",
                  "received": "2017-07-02",
                  "evidence": [
                    {
                      "title": "培训名单",
                      "uri": "https://example.org/8.1.pdf"
                    }
                  ]
                },
                {
                  "target": "9.1",
                  "orgUnit": "430200",
                  "date": "2017-06-30",
                  "value": 0.5,
                  "numerator": 50,
                  "denominator": 100
                }
              ]
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Parse_SerializedBatch_GivesTheSameBatchWithoutDiagnostics()
    {
        var batch = SerializationSamples.Batch();

        var result = ProgressJson.Parse(ProgressJson.Serialize(batch), Plan, Tree);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty();
        result.Value.Should().Be(batch);
    }

    [Fact]
    public void Load_Stream_GivesTheSameBatchAsParse()
    {
        var batch = SerializationSamples.Batch();
        using var stream = new MemoryStream();
        ProgressJson.Serialize(batch, stream);
        stream.Position = 0;

        ProgressJson.Load(stream, Plan, Tree).Value.Should().Be(batch);
    }

    [Theory]
    [MemberData(nameof(BadReports))]
    public void Parse_BadReport_ReportsTheExactError(string report, string code, string path, string message)
    {
        var json = "{\n  \"schema\": \"zedu.progress/1\",\n  \"reports\": [\n    " + report + "\n  ]\n}";

        var result = ProgressJson.Parse(json, Plan, Tree);

        result.Success.Should().BeFalse();
        result.ValueOrDefault.Should().BeNull();
        result.Errors.Select(d => (d.Code, d.Path, d.Message)).Should().Equal((code, path, message));
        result.Errors.Single().Line.Should().Be(4, "every report of the test is on line 4");
    }

    public static TheoryData<string, string, string, string> BadReports() => new()
    {
        {
            """{"target": "99.1", "orgUnit": "430281", "date": "2017-06-30", "value": 1}""",
            "ZR0001", "$.reports[0].target", "Target 99.1 is not in the plan \"株洲市教育局2017年工作要点\"."
        },
        {
            """{"target": "8.1", "orgUnit": "439999", "date": "2017-06-30", "value": 1}""",
            "ZR0002", "$.reports[0].orgUnit", "Org unit \"439999\" is not in the org unit tree of 株洲市."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-02-30", "value": 1}""",
            "ZJ0009", "$.reports[0].date", "\"date\" is \"2017-02-30\", which is not a date that exists; write an ISO date such as \"2017-02-22\"."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": -3}""",
            "ZR0011", "$.reports[0].value", "\"value\" must not be negative; found -3. A correction (冲减) of increments gives its reason."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": "NaN"}""",
            "ZJ0005", "$.reports[0].value", "\"value\" is \"NaN\": NaN and Infinity are not numbers here; write a finite number."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": "Infinity"}""",
            "ZJ0005", "$.reports[0].value", "\"value\" is \"Infinity\": NaN and Infinity are not numbers here; write a finite number."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 1e400}""",
            "ZJ0005", "$.reports[0].value", "\"value\" is 1e400, which is too large for a number here."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": "12"}""",
            "ZJ0004", "$.reports[0].value", "\"value\" must be a number, not a string."
        },
        {
            """{"target": "8.1", "orgUnit": 430281, "date": "2017-06-30", "value": 1}""",
            "ZJ0004", "$.reports[0].orgUnit", "\"orgUnit\" must be a string, not a number."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "value": 1}""",
            "ZJ0006", "$.reports[0]", "Property \"date\" is required."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": null, "value": 1}""",
            "ZJ0006", "$.reports[0].date", "Property \"date\" is required and must not be null."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 1, "vaule": 2}""",
            "ZJ0015", "$.reports[0].vaule", "Property \"vaule\" is not part of the format."
        },
        {
            """{"target": "8", "orgUnit": "430281", "date": "2017-06-30", "value": 1}""",
            "ZJ0010", "$.reports[0].target", "\"8\" is not a target id such as \"14.2\"."
        },
        {
            """{"target": "9.1", "orgUnit": "430281", "date": "2017-06-30", "value": 0.5}""",
            "ZR0005", "$.reports[0]", "Target 9.1 is a share: a report on it needs a numerator and a denominator."
        },
        {
            """{"target": "9.1", "orgUnit": "430281", "date": "2017-06-30", "value": 0, "numerator": 0, "denominator": 0}""",
            "ZR0011", "$.reports[0].denominator", "\"denominator\" must be positive; found 0."
        },
        {
            """{"target": "16.1", "orgUnit": "430281", "date": "2017-06-30", "value": 0.3, "stage": "已启动"}""",
            "ZR0008", "$.reports[0].stage", "Target 16.1 has no stages, so a report on it cannot name one."
        },
        {
            """{"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 1, "evidence": [{"title": "名单", "uri": "名单.pdf"}]}""",
            "ZJ0010", "$.reports[0].evidence[0].uri", "\"名单.pdf\" is not an absolute URI such as \"https://example.org/report.pdf\"."
        },
        {
            "null",
            "ZJ0004", "$.reports[0]", "Found null where an object belongs."
        },
    };

    [Fact]
    public void Parse_ErrorPosition_GivesLineAndColumnInCharacters()
    {
        const string json = "{\"schema\": \"zedu.progress/1\", \"reports\": [\n{\"target\": \"8.1\", \"orgUnit\": \"醴陵\", \"date\": \"2017-06-30\", \"value\": 1}]}";

        var error = ProgressJson.Parse(json, Plan, Tree).Errors.Single();

        error.Should().Be(new Diagnostic("ZJ0010", DiagnosticSeverity.Error, "\"醴陵\" is not an org unit code such as \"430281\".", 2, 30, "$.reports[0].orgUnit"));
    }

    [Fact]
    public void Parse_SeveralBadReports_ListsEveryProblemAndReturnsNoBatch()
    {
        const string json = """
            {
              "schema": "zedu.progress/1",
              "reports": [
                {"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 40},
                {"target": "99.1", "orgUnit": "430281", "date": "2017-06-30", "value": 1},
                {"target": "8.1", "orgUnit": "430281", "date": "2017-13-01", "value": -1},
                {"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 41}
              ]
            }
            """;

        var result = ProgressJson.Parse(json, Plan, Tree);

        result.ValueOrDefault.Should().BeNull();
        result.Errors.Select(d => (d.Code, d.Path, d.Line)).Should().Equal(
            ("ZR0001", "$.reports[1].target", 5),
            ("ZJ0009", "$.reports[2].date", 6),
            ("ZR0011", "$.reports[2].value", 6),
            ("ZR0010", "$.reports[3]", 7));
        result.Errors.Last().Message.Should().Be("This report repeats another with the same target 8.1, org unit 430281, date 2017-06-30 and revision 0: an unmarked duplicate is refused; a revision gives a higher revision number and when it was submitted.");
    }

    [Fact]
    public void Parse_SuspiciousReports_AcceptsTheBatchWithEveryWarning()
    {
        const string json = """
            {
              "schema": "zedu.progress/1",
              "reports": [
                {"target": "14.1", "orgUnit": "430281", "date": "2017-06-30", "value": 3000},
                {"target": "14.1", "orgUnit": "430281", "date": "2017-05-31", "value": 4000},
                {"target": "8.1", "orgUnit": "430202", "date": "2017-06-30", "value": 1001},
                {"target": "8.1", "orgUnit": "430203", "date": "2017-07-05", "value": 1, "received": "2017-07-01"}
              ]
            }
            """;

        var result = ProgressJson.Parse(json, Plan, Tree);

        result.Success.Should().BeTrue();
        result.Value.Reports.Should().HaveCount(4);
        result.Warnings.Select(d => (d.Code, d.Path, d.Line, d.Message)).Should().BeEquivalentTo(
        [
            ("ZR1003", "$.reports[3].date", 7, "The report is dated 2017-07-05, after the day it was received (2017-07-01)."),
            ("ZR1002", "$.reports[2].value", 6, "The value 1001 is more than 10 times what target 8.1 requires (100)."),
            ("ZR1001", "$.reports[0].value", 4, "Target 14.1 is a level, and at 430281 it falls from 4000 on 2017-05-31 to 3000 on 2017-06-30."),
        ]);
    }

    [Fact]
    public void Parse_LargestDecimalValue_WarnsWithoutOverflowing()
    {
        // Found by the round-trip property: 10 × required was computed before, and overflowed.
        const string json = """
            {"schema": "zedu.progress/1", "reports": [
              {"target": "8.1", "orgUnit": "430281", "date": "2017-05-31", "value": 79228162514264337593543950335}]}
            """;

        ProgressJson.Parse(json, Plan, Tree).Warnings.Single().Code.Should().Be(ReportDiagnosticCodes.ValueFarAboveTarget);
    }

    [Fact]
    public void Parse_NumeratorWithoutDenominator_IsAnError()
    {
        const string json = """
            {"schema": "zedu.progress/1", "reports": [
              {"target": "8.1", "orgUnit": "430281", "date": "2017-05-31", "value": 1, "numerator": 1}]}
            """;

        ProgressJson.Parse(json, Plan, Tree).Errors.Select(d => (d.Code, d.Path, d.Message)).Should().Equal(
            ("ZR0006", "$.reports[0]", "A numerator and a denominator go together: give both or neither."));
    }

    [Fact]
    public void Parse_IncrementsThatFall_GiveNoWarning()
    {
        const string json = """
            {"schema": "zedu.progress/1", "reports": [
              {"target": "8.1", "orgUnit": "430281", "date": "2017-05-31", "value": 40},
              {"target": "8.1", "orgUnit": "430281", "date": "2017-06-30", "value": 10}]}
            """;

        ProgressJson.Parse(json, Plan, Tree).Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"reports": []}""", "This library reads documents with \"schema\": \"zedu.progress/2\" (or \"zedu.progress/1\"); found none.")]
    [InlineData("""{"schema": "zedu.progress/3", "reports": []}""", "This library reads documents with \"schema\": \"zedu.progress/2\" (or \"zedu.progress/1\"); found \"zedu.progress/3\".")]
    [InlineData("""{"schema": "zedu.plan/1", "reports": []}""", "This library reads documents with \"schema\": \"zedu.progress/2\" (or \"zedu.progress/1\"); found \"zedu.plan/1\".")]
    public void Parse_UnknownSchema_ReportsItAlone(string json, string message)
    {
        var result = ProgressJson.Parse(json, Plan, Tree);

        result.Errors.Should().Equal(new Diagnostic("ZJ0007", DiagnosticSeverity.Error, message, result.Errors.Single().Line, result.Errors.Single().Column, "$.schema"));
    }

    [Theory]
    [InlineData("", "ZJ0002", "The document is empty: it must be a JSON object.", 1, 1)]
    [InlineData("{\"schema\": \"zedu.progress/1\",\n \"reports\": [", "ZJ0002", "The document ends before its arrays and objects are closed.", 2, 14)]
    [InlineData("{\"schema\": \"zedu.progress/1\",\n \"reports\": [}", "ZJ0002", "The text is not well-formed JSON here.", 2, 14)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": [\n{\"value\": NaN}]}", "ZJ0002", "NaN and Infinity are not JSON numbers: write a finite number.", 2, 11)]
    [InlineData("{\"schema\": \"zedu.progress/1\", \"reports\": {}}", "ZJ0004", "This value has the wrong JSON type: an object or an array, as the format says, is expected.", 1, 42)]
    [InlineData("[]", "ZJ0004", "This value has the wrong JSON type: an object is expected.", 1, 1)]
    [InlineData("null", "ZJ0004", "The document is null: it must be a JSON object.", 1, 1)]
    public void Parse_TextThatIsNotTheDocument_ReportsWhereAndWhy(string json, string code, string message, int line, int column)
    {
        var error = ProgressJson.Parse(json, Plan, Tree).Errors.Single();

        (error.Code, error.Message, error.Line, error.Column).Should().Be((code, message, line, column));
    }

    [Fact]
    public void Load_SeekableStreamLongerThanTheLimit_IsRefusedWithoutReading()
    {
        using var stream = new EndlessStream(canSeek: true, length: 100L * 1024 * 1024);

        var result = ProgressJson.Load(stream, Plan, Tree);

        result.Errors.Single().Should().Be(new Diagnostic("ZJ0001", DiagnosticSeverity.Error, "The document is 104857600 bytes; the limit is 67108864 bytes."));
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void Load_UnseekableStreamLongerThanTheLimit_IsReadNoFurtherThanTheLimit()
    {
        using var stream = new EndlessStream(canSeek: false, length: 100L * 1024 * 1024);

        var result = ProgressJson.Load(stream, Plan, Tree, new JsonLoadOptions { MaxDocumentBytes = 1024 * 1024 });

        result.Errors.Single().Should().Be(new Diagnostic("ZJ0001", DiagnosticSeverity.Error, "The document is larger than the limit of 1048576 bytes."));
        stream.BytesRead.Should().Be(1024 * 1024 + 1);
    }

    [Fact]
    public void Parse_DeeplyNestedDocument_IsRefusedAtTheDepthLimit()
    {
        var json = "{\"schema\": \"zedu.progress/1\", \"reports\": " + new string('[', 1_000_000) + new string(']', 1_000_000) + "}";

        var error = ProgressJson.Parse(json, Plan, Tree).Errors.Single();

        (error.Code, error.Message, error.Line, error.Column).Should().Be(("ZJ0003", "Arrays and objects are nested more than 64 deep.", 1, 105));
    }

    [Fact]
    public void Parse_StringLongerThanTheLimit_IsRefused()
    {
        var json = "{\"schema\": \"zedu.progress/1\", \"reports\": [{\"note\": \"" + new string('很', 101) + "\"}]}";

        var error = ProgressJson.Parse(json, Plan, Tree, new JsonLoadOptions { MaxStringLength = 100 }).Errors.Single();

        (error.Code, error.Message, error.Line, error.Column).Should().Be(("ZJ0014", "A string is longer than 100 characters.", 1, 52));
    }

    [Fact]
    public void LoadUtf8_BytesOverTheLimit_AreRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(ProgressJson.Serialize(SerializationSamples.Batch()));

        var result = ProgressJson.LoadUtf8(bytes, Plan, Tree, new JsonLoadOptions { MaxDocumentBytes = 100 });

        result.Errors.Single().Message.Should().Be($"The document is {bytes.Length} bytes; the limit is 100 bytes.");
    }

    [Fact]
    public void LoadUtf8_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ProgressJson.Serialize(SerializationSamples.Batch()))).ToArray();

        ProgressJson.LoadUtf8(bytes, Plan, Tree).Value.Should().Be(SerializationSamples.Batch());
    }

    /// <summary>A stream of spaces that says how long it is only when seekable, and counts what is read.</summary>
    private sealed class EndlessStream(bool canSeek, long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => canSeek;

        public override bool CanWrite => false;

        public override long Length => canSeek ? length : throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

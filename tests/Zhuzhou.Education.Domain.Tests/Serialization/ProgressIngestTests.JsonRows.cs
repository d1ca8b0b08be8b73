using System.Globalization;
using System.Text;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reporting;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>
/// A JSON file read straight into rows gives what the same file read as report objects gives: the same diagnostics
/// (codes, messages, paths, lines, columns) and the same figures, whatever the batch size and wherever the read
/// buffer's ends fall in a report.
/// </content>
public partial class ProgressIngestTests
{
    // A report's text: its target, org unit, date and amounts, and what is done to it (0–7 nothing; the rest make it
    // rare, wrong in its JSON, or refused by admission).
    private static readonly Gen<(int Target, int Unit, int Day, int Value, int Denominator, int Kind)> GenElement =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 40], Gen.Int[0, 30], Gen.Int[1, 30], Gen.Int[0, 29]);

    // A document: its reports, how wrong it may be (0 plain reports only, 1 valid rare ones besides, 2 anything), its
    // schema and where (0 first, 1 version 1 first, 2 after the reports, 3 none, 4 unknown), whether it is indented,
    // whether it has an unknown top-level property, and where it is cut short (0: not cut).
    private static readonly Gen<JsonFile> GenJsonFile =
        Gen.Select(GenElement.Array[0, 120], Gen.Int[0, 2], Gen.Int[0, 4], Gen.Bool, Gen.Int[0, 19], Gen.Int[0, 29])
            .Select(t => new JsonFile(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5 == 0 && t.Item2 == 2, t.Item2 == 2 && t.Item6 == 0 ? 0.3 + (t.Item1.Length % 7 / 10.0) : 0));

    [Fact]
    public void ReadJson_AnyDocumentAnyBatchAndBuffer_RowsGiveTheDiagnosticsAndFiguresOfTheObjects()
    {
        Gen.Select(GenJsonFile, Gen.Int[1, 50], Gen.Int[16, 600]).Sample((file, batch, buffer) =>
        {
            var json = file.Text();

            var objects = JsonOutcome(json, new ProgressIngest(TestPlan, Tree) { BatchSize = batch, JsonAsObjects = true });
            var rows = JsonOutcome(json, new ProgressIngest(TestPlan, Tree) { BatchSize = batch, JsonBufferBytes = buffer });

            rows.Should().Equal(objects, json);
        }, iter: 300);
    }

    [Fact]
    public void ReadJson_PlainReportsInASmallBuffer_RowsGiveTheFiguresOfTheWholeDocument()
    {
        Gen.Select(GenReports, Gen.Int[16, 300]).Sample((reports, buffer) =>
        {
            var json = ProgressJson.Serialize(new ProgressBatch(reports));
            var ingest = new ProgressIngest(TestPlan, Tree) { JsonBufferBytes = buffer };

            var diagnostics = ingest.ReadJson(Utf8(json), "reports.json");

            Describe(diagnostics).Should().Equal(Describe(ProgressJson.Parse(json, TestPlan, Tree).Diagnostics.Select(d => d with { Source = "reports.json" })));
            SameFigures(ingest.ToStore().Value, reports);
        }, iter: 40);
    }

    [Fact]
    public void ReadJson_DocumentOverTheOldLimitWithDefaultOptions_RowsGiveTheDiagnosticsAndFiguresOfTheObjects()
    {
        // 300 schools × 365 days of a level, each report padded to 700 bytes: about 77 MB, over the 64 MiB the whole
        // document was once held to, streamed from text made as it is read (never held whole here either).
        var file = new PaddedLevels(Schools: 300, Days: 365, Padding: 700);
        file.Length.Should().BeGreaterThan(64L << 20);

        var rows = new ProgressIngest(TestPlan, Tree, PaddedLevels.Resolve);
        var objects = new ProgressIngest(TestPlan, Tree, PaddedLevels.Resolve) { JsonAsObjects = true };
        var byRows = rows.ReadJson(file.Open(), "large.json");
        var byObjects = objects.ReadJson(file.Open(), "large.json");

        byRows.Should().BeEmpty();
        rows.Count.Should().Be(300 * 365);
        Describe(byRows).Should().Equal(Describe(byObjects));
        Json(PlanReport.FromStore(rows.ToStore().Value, AsOf)).Should().Be(Json(PlanReport.FromStore(objects.ToStore().Value, AsOf)));
    }

    [Fact]
    public void ReadJson_ReportsAcrossTheBufferEndsWithProblems_PlacedWhereTheObjectsPlaceThem()
    {
        // Every fifth report refused (an unknown org unit, a date out of the period, a duplicate): a buffer of 40 bytes
        // cuts every report, so each is read again from its start with more bytes.
        var reports = string.Join(",", Enumerable.Range(0, 60).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"\n  {{\"target\": \"1.2\", \"orgUnit\": \"{(i % 10 == 5 ? "430299" : AllUnits[i % AllUnits.Length].Value)}\", \"date\": \"{(i % 10 == 0 ? "2018-01-01" : $"2017-03-{1 + (i / AllUnits.Length):D2}")}\", \"value\": {i % 30}}}")));
        var json = "{\"schema\": \"zedu.progress/2\", \"reports\": [" + reports + "\n]}\n";

        var objects = JsonOutcome(json, new ProgressIngest(TestPlan, Tree) { BatchSize = 16, JsonAsObjects = true });
        var rows = JsonOutcome(json, new ProgressIngest(TestPlan, Tree) { BatchSize = 16, JsonBufferBytes = 40 });

        rows.Should().Equal(objects);
        rows.Count(d => d.Contains(" Error ", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(12);
    }

    /// <summary>A JSON document read by an ingest: its diagnostics, then the store's report and every report it reads back (or the commit's problems).</summary>
    private static List<string> JsonOutcome(string json, ProgressIngest ingest)
    {
        var outcome = Describe(ingest.ReadJson(Utf8(json), "reports.json"));
        var store = ingest.ToStore();
        outcome.Add(store.Success ? Json(PlanReport.FromStore(store.Value, AsOf)) : string.Join("\n", Describe(store.Diagnostics)));
        outcome.AddRange(store.Success ? Targets.SelectMany(t => store.Value.ReportsOf(t.Id)).Select(r => r.ToString() + " " + string.Join(" ", r.Evidence)) : []);
        return outcome;
    }

    /// <summary>A generated progress document (see <see cref="GenJsonFile"/>).</summary>
    private sealed record JsonFile((int Target, int Unit, int Day, int Value, int Denominator, int Kind)[] Elements, int Wrongness, int Schema, bool Indented, bool Extra, double Cut)
    {
        public string Text()
        {
            var json = new StringBuilder("{");
            var schema = Schema switch { 0 => "\"zedu.progress/2\"", 1 => "\"zedu.progress/1\"", 4 => "\"zedu.progress/9\"", _ => null };
            if (schema is not null && Schema != 2)
            {
                json.Append("\"schema\": ").Append(schema).Append(", ");
            }

            if (Extra)
            {
                json.Append("\"batch\": 1, ");
            }

            // Unique keys unless anything goes (a repeated key is a duplicate); a revision comes after the report it revises.
            json.Append("\"reports\": [");
            var elements = Wrongness < 2 ? [.. Elements.DistinctBy(e => (e.Target, e.Unit, e.Day))] : Elements;
            var texts = elements.SelectMany(e => Kind(e) == 15 ? [Element(e with { Kind = 0 }), Element(e)] : new[] { Element(e) }).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                json.Append(i == 0 ? string.Empty : ",").Append(Indented ? "\n    " : " ").Append(texts[i]);
            }

            json.Append(Indented ? "\n  ]" : "]");
            if (Schema == 2)
            {
                json.Append(", \"schema\": \"zedu.progress/2\"");
            }

            var text = json.Append("}\n").ToString();
            return Cut > 0 ? text[..(int)(text.Length * Cut)] : text;
        }

        private string Element((int Target, int Unit, int Day, int Value, int Denominator, int Kind) e)
        {
            var target = Targets[e.Target];
            var report = Report(target, AllUnits[e.Unit], Year2017.Start.PlusDays(e.Day), e.Value, e.Denominator);
            var kind = Kind(e);
            if (kind == 25)
            {
                return "null";
            }

            var properties = new List<(string Name, string Value)>
            {
                ("target", Quoted(kind switch { 8 => "9.9", 9 => "x", _ => report.Target.ToString() })),
                ("orgUnit", Quoted(kind == 10 ? "430299" : report.OrgUnit.Value)),
                ("date", Quoted(kind switch { 11 => "2017-02-30", 12 => "2018-01-05", _ => Iso(report.Date) })),
                ("value", kind switch { 13 => "-3", 14 => "-2", 21 => "\"3\"", 26 => "1e40", 27 => "2.5", _ => Number(report.Value) }),
            };
            if (kind == 23)
            {
                properties[0] = ("target", "\"\\u" + ((int)report.Target.ToString()[0]).ToString("X4", CultureInfo.InvariantCulture) + report.Target.ToString()[1..] + "\"");
            }

            if (kind == 22)
            {
                properties.RemoveAt(3);
            }

            if (report.Numerator is { } numerator && kind != 29)
            {
                properties.Add(("numerator", Number(numerator)));
                if (kind != 28)
                {
                    properties.Add(("denominator", Number(report.Denominator!.Value)));
                }
            }
            else if (kind == 29)
            {
                properties.Add(("numerator", "0"));
                properties.Add(("denominator", "0"));
            }

            properties.AddRange(kind switch
            {
                14 => [("reason", Quoted("更正"))],
                15 => [("revision", "1"), ("submitted", Quoted("2017-07-05T09:30:00"))],
                16 => [("revision", "2")],
                17 => [("stage", Quoted("x"))],
                18 => [("reporter", Quoted("张三")), ("note", Quoted("备注"))],
                19 => [("received", Quoted(Iso(report.Date.PlusDays(3))))],
                20 => [("extra", "1")],
                24 => [("evidence", "[{\"title\": \"t\", \"uri\": \"https://example.org/a.pdf\"}]")],
                _ => [],
            });
            var separator = Indented ? ",\n      " : ", ";
            return "{" + (Indented ? "\n      " : string.Empty) + string.Join(separator, properties.Select(p => $"\"{p.Name}\": {p.Value}")) + (Indented ? "\n    }" : "}");
        }

        private int Kind((int Target, int Unit, int Day, int Value, int Denominator, int Kind) e) => Wrongness switch
        {
            0 => 0,
            1 => e.Kind is 14 or 15 or 18 or 19 or 23 ? e.Kind : 0,
            _ => e.Kind,
        };

        private static string Quoted(string text) => "\"" + text + "\"";

        private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A level reported daily by many schools, each report padded with spaces: a large document made as it is read.</summary>
    private sealed record PaddedLevels(int Schools, int Days, int Padding)
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"schema\": \"zedu.progress/2\", \"reports\": [");
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("\n]}\n");

        public long Length => Head.Length + Tail.Length + (((long)Schools * Days * (Padding + 1)) - 1);

        public static OrgUnit? Resolve(string text)
            => text.StartsWith(Hetang.Value + "-", StringComparison.Ordinal) ? new OrgUnit(OrgUnitCode.Parse(text), text, OrgUnitLevel.School, Hetang) : null;

        public Stream Open() => new ChunkStream(Chunks());

        private IEnumerable<byte[]> Chunks()
        {
            yield return Head;
            var report = new byte[Padding + 1];
            for (var day = 0; day < Days; day++)
            {
                for (var school = 0; school < Schools; school++)
                {
                    var text = string.Create(CultureInfo.InvariantCulture,
                        $"{{\"target\": \"1.2\", \"orgUnit\": \"{Hetang.Value}-{school:D4}\", \"date\": \"{Year2017.Start.PlusDays(day):uuuu-MM-dd}\", \"value\": {day + (school % 3)}}}");
                    var first = day == 0 && school == 0;
                    Array.Fill(report, (byte)' ');
                    report[0] = first ? (byte)' ' : (byte)',';
                    Encoding.UTF8.GetBytes(text, report.AsSpan(report.Length - text.Length));
                    yield return first ? report[1..] : report;
                }
            }

            yield return Tail;
        }
    }

    /// <summary>A read-only stream of chunks made as they are read.</summary>
    private sealed class ChunkStream(IEnumerable<byte[]> chunks) : Stream
    {
        private readonly IEnumerator<byte[]> chunks = chunks.GetEnumerator();
        private byte[] current = [];
        private int at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (at == current.Length)
            {
                if (!chunks.MoveNext())
                {
                    return 0;
                }

                (current, at) = (chunks.Current, 0);
            }

            var n = Math.Min(count, current.Length - at);
            current.AsSpan(at, n).CopyTo(buffer.AsSpan(offset, n));
            at += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                chunks.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Zhuzhou.Education.Domain.Cli.Input;
using Zhuzhou.Education.Domain.Cli.Output;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reporting;

namespace Zhuzhou.Education.Domain.Cli.Tests.Input;

/// <summary>Progress read straight into the store, and the size limit applied while reading.</summary>
public partial class ProgressInputTests
{
    private const long SmallLimit = 1 << 20;

    [Theory]
    [InlineData(null, OrgUnitLevel.County)]
    [InlineData(null, OrgUnitLevel.School)]
    [InlineData("2017-07-01", OrgUnitLevel.County)]
    [InlineData("2017-05-15", OrgUnitLevel.School)]
    public void ToStore_BuiltInSample_SameBytesAsTheObjectPathInEveryFormat(string? knownOnText, OrgUnitLevel level)
    {
        LocalDate? knownOn = knownOnText is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(knownOnText).Value;
        var settings = new ReportSettings { Breakdown = level };

        var objects = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet());
        objects.ReadEmbeddedSample();
        var objectPlan = AllocationInput.ApplySample(ZhuzhouPlans.Education2017, objects.Tree, Quiet());
        var built = PlanReport.Build(objectPlan, objects.Tree, objects.Reports, Zedu.DefaultAsOf, settings, knownOn);

        var store = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet(), intoStore: true);
        store.ReadEmbeddedSample();
        var storePlan = AllocationInput.ApplySample(ZhuzhouPlans.Education2017, store.Tree, Quiet());
        var fromStore = PlanReport.FromStore(store.ToStore(storePlan), Zedu.DefaultAsOf, settings, knownOn);

        store.Count.Should().Be(objects.Reports.Count);
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            foreach (var (format, render) in Renderers(language))
            {
                render(fromStore).Should().Equal(render(built), "{0} in {1} is the same from the store", format, language);
            }
        }
    }

    [Fact]
    public void ReadCsv_EndlessStream_StopsAtTheLimitNamingTheFileAndTheLimit()
    {
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            foreach (var intoStore in new[] { false, true })
            {
                var endless = new EndlessCsv();
                var reader = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet(language), intoStore, SmallLimit);

                var read = () => reader.ReadCsv(endless, "endless.csv");

                var message = read.Should().Throw<CliException>().Which.Message;
                message.Should().Contain("endless.csv").And.Contain(CliText.N(SmallLimit));
                message.Should().Contain(language == Language.Chinese ? "上限" : "limit");
                endless.Given.Should().BeInRange(SmallLimit, SmallLimit + (1 << 16) + 1, "reading stops at the limit, not at the end of memory");
                reader.Count.Should().Be(0, "a refused file leaves nothing half-loaded");
            }
        }
    }

    [Fact]
    public void ReadJsonStream_EndlessDocument_StopsAtTheLimit()
    {
        var endless = new EndlessJson();
        var reader = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet(Language.English), intoStore: true, SmallLimit);

        var read = () => reader.ReadJsonStream(endless, "endless.json");

        read.Should().Throw<CliException>().WithMessage("endless.json: the file is larger than the limit of 1,048,576 bytes");
        endless.Given.Should().BeInRange(SmallLimit, SmallLimit + (1 << 16) + 1);
        reader.Count.Should().Be(0);
    }

    [Fact]
    public void ReadCsv_FileOverTheLimitAfterAGoodOne_KeepsTheGoodOneAlone()
    {
        var reader = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet(), intoStore: true, SmallLimit);
        reader.ReadCsv(new MemoryStream("target,orgUnit,date,value\n8.1,醴陵市,2017-03-31,5\n"u8.ToArray()), "good.csv");

        var read = () => reader.ReadCsv(new EndlessCsv(), "endless.csv");

        read.Should().Throw<CliException>();
        reader.Count.Should().Be(1);
        var store = reader.ToStore(ZhuzhouPlans.Education2017);
        store.Count.Should().Be(1, "the refused file's reports never reach the store");
    }

    [Fact]
    public void ReadCsv_StreamOfExactlyTheLimit_IsRead()
    {
        var row = "8.1,醴陵市,2017-03-31,5\n"u8.ToArray();
        var header = "target,orgUnit,date,value\n"u8.ToArray();
        var bytes = header.Concat(row).ToArray();
        var reader = new ProgressInput(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017, Quiet(), intoStore: true, bytes.Length);

        reader.ReadCsv(new MemoryStream(bytes), "exact.csv");

        reader.Problems.Should().BeEmpty();
        reader.Count.Should().Be(1);
    }

    private static CliContext Quiet(Language language = Language.Chinese)
    {
        var context = CliContext.ForWriters(TextWriter.Null, TextWriter.Null);
        context.Language = language;
        return context;
    }

    private static IEnumerable<(string Format, Func<PlanReport, byte[]> Render)> Renderers(Language language)
    {
        yield return ("json", r => Bytes(s => r.WriteJson(s, language)));
        yield return ("csv", r => Text(w => CsvRenderer.Render(r, w, language)));
        yield return ("html", r => Text(w => HtmlRenderer.Render(r, w, language)));
        yield return ("table", r => Text(w => TableRenderer.Render(r, CliContext.ForWriters(w, TextWriter.Null).Console, language)));
        yield return ("xlsx", r => Entries(Bytes(s => XlsxRenderer.Render(r, s, language))));
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A workbook's parts, each name and its text: the zip's own dates are the time it was written, and the parts'
    /// relationship ids (R and 16 hex digits) are drawn afresh for every workbook, so they are left out.
    /// </summary>
    private static byte[] Entries(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var all = new MemoryStream();
        foreach (var entry in zip.Entries)
        {
            all.Write(Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using var part = entry.Open();
            part.CopyTo(all);
        }

        return Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(all.ToArray()), "\"R[0-9a-f]{16}\"", "\"R\""));
    }

    private static byte[] Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <summary>A progress CSV that never ends: a header, then the same valid row for ever (a pipe from a runaway program).</summary>
    private sealed class EndlessCsv : Generator
    {
        protected override byte[] Head => "target,orgUnit,date,value\n"u8.ToArray();

        protected override byte[] Body => "8.1,醴陵市,2017-03-31,5\n"u8.ToArray();
    }

    /// <summary>A progress JSON document whose array of reports never closes.</summary>
    private sealed class EndlessJson : Generator
    {
        protected override byte[] Head => "{\"schema\":\"zedu.progress/2\",\"reports\":["u8.ToArray();

        protected override byte[] Body => "{\"target\":\"8.1\",\"orgUnit\":\"430281\",\"date\":\"2017-03-31\",\"value\":5},"u8.ToArray();
    }

    /// <summary>A read-only stream that generates its bytes as they are asked for, without end, counting what it gave.</summary>
    private abstract class Generator : Stream
    {
        private long position;

        /// <summary>The bytes given so far.</summary>
        public long Given => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        protected abstract byte[] Head { get; }

        protected abstract byte[] Body { get; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var (head, body) = (Head, Body);
            for (var i = 0; i < count; i++, position++)
            {
                buffer[offset + i] = position < head.Length ? head[position] : body[(position - head.Length) % body.Length];
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

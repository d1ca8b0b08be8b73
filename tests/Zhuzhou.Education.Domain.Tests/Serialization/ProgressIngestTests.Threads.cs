using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Serialization;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Serialization;

/// <content>A CSV's records are read on a thread of their own beside their admission: what either side throws comes back whole.</content>
public partial class ProgressIngestTests
{
    [Fact]
    public void ReadCsv_StreamFailsAfterSeveralBatches_ThrowsItsExceptionAndStagesNothing()
    {
        var csv = Csv(Many(1000));
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 16 };
        using var failing = new FailingStream(Utf8(csv), failAt: csv.Length / 2);

        FluentActions.Invoking(() => ingest.ReadCsv(failing, "reports.csv")).Should().Throw<IOException>().WithMessage(FailingStream.Message);

        ingest.Count.Should().Be(0);
        ingest.ReadCsv(Utf8(Csv(Many(100))), "again.csv").Should().BeEmpty();
        ingest.Count.Should().Be(100);
    }

    [Fact]
    public void ReadCsv_ProgressOfALargeFile_ToldInOrderOnTheCallersThread()
    {
        var reports = (from target in Targets
                       from unit in AllUnits
                       from day in Enumerable.Range(0, 365)
                       select Report(target, unit, Year2017.Start.PlusDays(day), 1, 20)).ToArray();
        var told = new List<(long Records, int Thread)>();
        var ingest = new ProgressIngest(TestPlan, Tree) { BatchSize = 1000 };

        ingest.ReadCsv(Utf8(Csv(reports)), "reports.csv", new ProgressCsvOptions { Progress = n => told.Add((n, Environment.CurrentManagedThreadId)) });

        reports.Length.Should().BeInRange(16384, 32767, "the file crosses one mark of 16,384 records");
        told.Select(t => t.Records).Should().Equal(16384L);
        told.Should().OnlyContain(t => t.Thread == Environment.CurrentManagedThreadId);
        ingest.Count.Should().Be(reports.Length);
    }

    [Fact]
    public void ReadBatches_SinkThrows_ThrownToTheCallerAndTheReadingStopsBehindIt()
    {
        var csv = Csv(Many(1000));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        using var text = new StreamReader(stream);
        var batches = 0;

        FluentActions.Invoking(() => ProgressCsv.ReadBatches(text, TestPlan, Tree, ProgressCsvOptions.Default, batchSize: 8, maxWarnings: 1000, (_, _) =>
            {
                if (++batches == 2)
                {
                    throw new InvalidOperationException("the sink refuses");
                }
            }))
            .Should().Throw<InvalidOperationException>().WithMessage("the sink refuses");

        batches.Should().Be(2);
    }

    /// <summary>A stream that fails once it has given <c>failAt</c> bytes.</summary>
    private sealed class FailingStream(Stream inner, int failAt) : Stream
    {
        public const string Message = "the disk went away";

        private int given;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (given >= failAt)
            {
                throw new IOException(Message);
            }

            var read = inner.Read(buffer, offset, Math.Min(Math.Min(count, 64), failAt - given));
            given += read;
            return read;
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
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

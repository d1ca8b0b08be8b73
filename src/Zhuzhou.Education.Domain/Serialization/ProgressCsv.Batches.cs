using System.Runtime.ExceptionServices;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>
/// A streamed reading's two halves, side by side: one thread reads the records of a batch while the caller's thread
/// admits the batch before it and hands it on, so a large file's parsing and its checks share two cores.
/// </content>
public static partial class ProgressCsv
{
    /// <summary>
    /// The records of one batch as the reader left them: the rows, their lines, the problems found in reading them
    /// (kept in their order, to be listed as a reading in one thread lists them), and how far the reading had got.
    /// </summary>
    internal sealed class Batch
    {
        public List<AdmissionRow> Reports { get; } = [];

        public List<int> Lines { get; } = [];

        /// <summary>The problems of the records themselves, in the order found.</summary>
        public List<Diagnostic> Found { get; } = [];

        /// <summary>How many units the resolver had joined when the batch ended.</summary>
        public int Joined { get; set; }

        /// <summary>How many records had been read when the batch ended.</summary>
        public long Records { get; set; }

        public void Clear()
        {
            Reports.Clear();
            Lines.Clear();
            Found.Clear();
        }
    }

    /// <summary>
    /// The batches between the reader's thread and the caller's: at most two wait, so the reader is never more than two
    /// batches ahead and the memory stays bounded; the caller's batches come back to be filled again.
    /// </summary>
    private sealed class BatchPipe
    {
        private const int MaxWaiting = 2;

        private readonly Queue<Batch> waiting = new(MaxWaiting);
        private readonly Stack<Batch> free = new();
        private bool done;
        private bool stopped;
        private ExceptionDispatchInfo? failure;

        /// <summary>The reader's side: hands a full batch on and takes an empty one; false when the caller stopped.</summary>
        public bool Put(Batch full, out Batch empty)
        {
            lock (waiting)
            {
                while (waiting.Count >= MaxWaiting && !stopped)
                {
                    Monitor.Wait(waiting);
                }

                empty = free.Count > 0 ? free.Pop() : new Batch();
                if (stopped)
                {
                    return false;
                }

                waiting.Enqueue(full);
                Monitor.PulseAll(waiting);
                return true;
            }
        }

        /// <summary>The reader's side: the reading ended, with the exception that ended it (null when it read to the end).</summary>
        public void Complete(Exception? exception)
        {
            lock (waiting)
            {
                failure = exception is null ? null : ExceptionDispatchInfo.Capture(exception);
                done = true;
                Monitor.PulseAll(waiting);
            }
        }

        /// <summary>The caller's side: the next batch in order; false once the reader has ended and none waits.</summary>
        public bool Take(out Batch batch)
        {
            lock (waiting)
            {
                while (waiting.Count == 0 && !done)
                {
                    Monitor.Wait(waiting);
                }

                var some = waiting.TryDequeue(out batch!);
                Monitor.PulseAll(waiting);
                return some;
            }
        }

        /// <summary>The caller's side: a batch handed on, to be filled again.</summary>
        public void Return(Batch batch)
        {
            batch.Clear();
            lock (waiting)
            {
                free.Push(batch);
            }
        }

        /// <summary>The caller's side: no more batches are wanted (the caller failed); the reader stops at its next batch.</summary>
        public void Stop()
        {
            lock (waiting)
            {
                stopped = true;
                Monitor.PulseAll(waiting);
            }
        }

        /// <summary>The caller's side, once the reader has ended: what stopped it, thrown again as it was thrown.</summary>
        public void ThrowIfFailed() => failure?.Throw();
    }

    /// <summary>The reader's thread stops here when the caller no longer takes its batches.</summary>
    private sealed class ReadingStopped : Exception
    {
    }

    /// <content>A reading in two threads.</content>
    internal sealed partial class Reading
    {
        private BatchPipe? pipe;

        /// <summary>
        /// Reads the records in a thread of their own while this thread admits each batch and hands it to the sink, in
        /// the file's order; what either thread throws ends both and is thrown here, once the reader has stopped.
        /// </summary>
        private void ReadInTwo(TextReader text)
        {
            var batches = pipe = new BatchPipe();
            var reader = new Thread(() =>
            {
                try
                {
                    ReadRecords(text);
                    batches.Complete(null);
                }
                catch (ReadingStopped)
                {
                    batches.Complete(null);
                }
#pragma warning disable CA1031 // Whatever the reading throws is thrown again on the caller's thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    batches.Complete(e);
                }
            })
            {
                IsBackground = true,
                Name = "zedu CSV records",
            };
            reader.Start();
            try
            {
                while (batches.Take(out var batch))
                {
                    Admit(batch);
                    batches.Return(batch);
                }
            }
            catch
            {
                batches.Stop();
                reader.Join();
                throw;
            }

            reader.Join();
            pipe = null;
            batches.ThrowIfFailed();
        }

        /// <summary>The batch being read is full: to the caller's thread when reading in two, else admitted here.</summary>
        internal void Hand()
        {
            current.Joined = JoinedCount;
            current.Records = records;
            if (pipe is null)
            {
                Admit(current);
                return;
            }

            if (!pipe.Put(current, out current))
            {
                throw new ReadingStopped();
            }
        }
    }
}

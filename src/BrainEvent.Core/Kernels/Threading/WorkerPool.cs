using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace BrainEvent.Kernels.Threading;

/// <summary>
/// Runs the chunks of a job on the calling thread and up to <see cref="BrainEventSettings.MaxDegreeOfParallelism"/>
/// - 1 dedicated workers, without allocating: the job stays on the caller's stack and workers reach it
/// through a function pointer. Chunks are claimed with one atomic counter, so which thread runs a chunk
/// varies but what each chunk computes does not. Calls from inside a job, or while another caller holds
/// the workers, run on the calling thread alone.
/// </summary>
/// <remarks>
/// <c>_state</c> packs a generation (high half; odd while a job is open) and the number of workers inside
/// the job (low half). Workers join only an open job, with a compare-and-swap; the caller closes the job
/// only when no worker is inside, with another. So no worker can touch a job's fields once
/// <see cref="Run{TJob}"/> has returned, and the caller's stack and pinned memory are safe to reuse. A chunk that
/// throws, on any thread, does not end the job early: the chunks not yet started are skipped, every thread leaves,
/// and then the first exception is thrown to the caller (a worker's would otherwise end the process).
/// </remarks>
internal static unsafe class WorkerPool
{
    private static readonly Lock Gate = new();
    private static readonly List<Worker> Workers = [];

    private static delegate*<void*, int, void> _invoke;
    private static void* _job;
    private static int _chunkCount;
    private static int _nextChunk;
    private static int _pendingChunks;
    private static long _state;
    private static ExceptionDispatchInfo? _failure;

    [ThreadStatic]
    private static bool _insideJob;

    public static void Run<TJob>(ref TJob job, int chunkCount)
        where TJob : struct, IChunkJob
    {
        int threads = Math.Min(BrainEventSettings.MaxDegreeOfParallelism, chunkCount);
        if (threads <= 1 || _insideJob || !Gate.TryEnter())
        {
            RunSerially(ref job, chunkCount);
            return;
        }

        try
        {
            EnsureWorkers(threads - 1);
            _invoke = &Invoke<TJob>;
            _job = Unsafe.AsPointer(ref job);
            _chunkCount = chunkCount;
            _nextChunk = 0;
            _pendingChunks = chunkCount;
            _failure = null;
            long closed = Volatile.Read(ref _state);
            Interlocked.Exchange(ref _state, closed + (1L << 32));
            for (int i = 0; i < threads - 1; i++)
            {
                Workers[i].Wake();
            }

            _insideJob = true;
            try
            {
                RunChunks();
            }
            finally
            {
                _insideJob = false;
            }

            Close(closed + (2L << 32));
            var failure = _failure;
            _failure = null;
            failure?.Throw();
        }
        finally
        {
            Gate.Exit();
        }
    }

    private static void RunSerially<TJob>(ref TJob job, int chunkCount)
        where TJob : struct, IChunkJob
    {
        for (int chunk = 0; chunk < chunkCount; chunk++)
        {
            job.Execute(chunk);
        }
    }

    private static void Invoke<TJob>(void* job, int chunk)
        where TJob : struct, IChunkJob => Unsafe.AsRef<TJob>(job).Execute(chunk);

    /// <summary>Claims and runs chunks until none is left; once one has thrown, claims the rest without running them.</summary>
    private static void RunChunks()
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref _nextChunk) - 1) < _chunkCount)
        {
            try
            {
                if (Volatile.Read(ref _failure) is null)
                {
                    _invoke(_job, chunk);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                Interlocked.Decrement(ref _pendingChunks);
            }
        }
    }

    /// <summary>Waits for every chunk and every worker inside the job, then moves to the next closed generation.</summary>
    private static void Close(long closedState)
    {
        var spinner = default(SpinWait);
        while (true)
        {
            long state = Volatile.Read(ref _state);
            if (Volatile.Read(ref _pendingChunks) == 0 && (int)state == 0
                && Interlocked.CompareExchange(ref _state, closedState, state) == state)
            {
                _job = null;
                return;
            }

            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Joins the open job, if there is one: one more worker inside.</summary>
    private static bool TryJoin()
    {
        while (true)
        {
            long state = Volatile.Read(ref _state);
            if (((state >> 32) & 1) == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _state, state + 1, state) == state)
            {
                return true;
            }
        }
    }

    private static void EnsureWorkers(int count)
    {
        while (Workers.Count < count)
        {
            Workers.Add(new Worker(Workers.Count + 1));
        }
    }

    /// <summary>A background thread that sleeps until woken (SemaphoreSlim spins briefly first), then helps.</summary>
    private sealed class Worker
    {
        private readonly SemaphoreSlim _signal = new(0);

        public Worker(int number)
        {
            var thread = new Thread(Loop) { IsBackground = true, Name = $"BrainEvent worker {number}" };
            thread.Start();
        }

        public void Wake() => _signal.Release();

        private void Loop()
        {
            _insideJob = true;
            while (true)
            {
                _signal.Wait();
                if (TryJoin())
                {
                    RunChunks();
                    Interlocked.Decrement(ref _state);
                }
            }
        }
    }
}
